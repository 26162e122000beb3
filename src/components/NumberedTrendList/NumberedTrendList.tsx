import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { clampHeadingLevel, headingTag } from '../../internal/heading';
import { createIdRegistry, type IdRegistry } from '../../internal/slug';
import { hasText, toParagraphs } from '../../internal/text';
import type { Trend } from '../../model/types';
import { TrendListRoot } from './NumberedTrendList.styles';

export interface NumberedTrendListProps extends Omit<ComponentPropsWithoutRef<'section'>, 'title'> {
  /** The trends, in order; each needs a title, and its id (or a slug of its title) is its anchor. */
  items: readonly Trend[];
  /** A heading above the list, which also names the list; none when left out. */
  title?: ReactNode;
  /** Level of the title heading (default 2); each trend's title is one level below, at most h6. */
  headingLevel?: number;
  /** The number of the first trend (default 1), for a list continued from elsewhere. */
  start?: number;
}

/** An ordered list of titled trends, each with a large visible number and its paragraphs. */
export const NumberedTrendList = forwardRef<HTMLElement, NumberedTrendListProps>(
  function NumberedTrendList({ items, title, headingLevel = 2, start = 1, ...rest }, ref) {
    const titleId = useId();
    const trends = withTrendIds(items, createIdRegistry('trend'));
    if (trends.length === 0) return null;

    const level = clampHeadingLevel(headingLevel);
    const Title = headingTag(level);
    const ItemTitle = headingTag(level + 1);
    const first = Number.isSafeInteger(start) ? start : 1;
    const titled = title !== undefined && title !== null && title !== '';

    return (
      <TrendListRoot ref={ref} {...rest}>
        {titled && <Title id={titleId}>{title}</Title>}
        {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- list-style: none drops the role in Safari */}
        <ol role="list" start={first} aria-labelledby={titled ? titleId : undefined}>
          {trends.map(({ trend, id }, index) => (
            <li key={id} id={id}>
              {/* The list already announces "1 of 4"; the big number is for the eye only. */}
              <span aria-hidden="true">{first + index}</span>
              <div>
                <ItemTitle>{trend.title}</ItemTitle>
                {toParagraphs(trend.body).map((paragraph, n) => (
                  <p key={n}>{paragraph}</p>
                ))}
              </div>
            </li>
          ))}
        </ol>
      </TrendListRoot>
    );
  },
);

/**
 * The trends that can be shown (those with a title), each with an id claimed from the
 * registry: its own id when it has one, else a slug of its title.
 */
export function withTrendIds(
  items: readonly Trend[] | null | undefined,
  registry: IdRegistry,
): { trend: Trend; id: string }[] {
  if (!Array.isArray(items)) return [];
  return items
    .filter((item): item is Trend => item != null && hasText(item.title))
    .map((trend) => ({
      trend,
      id: registry(hasText(trend.id) ? trend.id : undefined, trend.title),
    }));
}
