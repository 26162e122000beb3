import {
  forwardRef,
  useId,
  type ComponentPropsWithRef,
  type ComponentPropsWithoutRef,
  type ReactElement,
  type ReactNode,
} from 'react';
import { headingTag } from '../../internal/heading';
import { createIdRegistry, withIds } from '../../internal/ids';
import { normalizeTrends, type CheckedTrend } from '../../model/normalize';
import type { Trend } from '../../model/types';
import { TrendListRoot } from './NumberedTrendList.styles';

export interface NumberedTrendListProps extends Omit<ComponentPropsWithoutRef<'section'>, 'title'> {
  /** The trends, in order; each needs a title. A trend's `id` is its anchor, written as given. */
  items: readonly Trend[];
  /** A heading above the list, which also names the list; none when left out. */
  title?: ReactNode;
  /** Level of the title, 1 to 6 (default 2); each trend's title is one level below, at most h6. */
  headingLevel?: number;
  /** The number of the first trend (default 1), for a list continued from elsewhere. */
  start?: number;
}

// Pure, so a bundle that only draws the markup (ArticleBody) leaves the component out.
/** An ordered list of titled trends, each with a large visible number and its paragraphs. */
export const NumberedTrendList = /* @__PURE__ */ forwardRef<HTMLElement, NumberedTrendListProps>(
  function NumberedTrendList({ items, title, headingLevel = 2, start = 1, ...rest }, ref) {
    const uid = useId();
    // Ids made from titles take the root's id (or a unique one) first, so two lists never clash.
    const trends = withIds(
      normalizeTrends(items),
      createIdRegistry('trend', `${rest.id ?? uid}-`),
      (trend) => trend.title,
    );
    if (trends.length === 0) return null;
    const titleId = `${uid}-title`;
    return trendListMarkup(
      TrendListRoot,
      { ...rest, ref },
      trends,
      title,
      headingLevel,
      start,
      titleId,
    );
  },
);

/**
 * A trend list's markup on a root: NumberedTrendList's styled section, or a bare section in a
 * container that carries `trendListStyles` for it (ArticleBody), so that a page of many lists
 * ships their CSS once. The trends come checked, with their ids; `titleId` names the list.
 */
export function trendListMarkup(
  Root: typeof TrendListRoot | 'section',
  rootProps: ComponentPropsWithRef<'section'>,
  trends: readonly CheckedTrend[],
  title: ReactNode,
  headingLevel: number,
  start: number,
  titleId: string,
): ReactElement {
  const Title = headingTag(headingLevel);
  const ItemTitle = headingTag(Number(Title[1]) + 1);
  const first = Number.isSafeInteger(start) ? start : 1;
  const titled = title !== undefined && title !== null && title !== '';

  return (
    <Root {...rootProps}>
      {titled && (
        <Title data-part="title" id={titleId}>
          {title}
        </Title>
      )}
      {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- list-style: none drops the role in Safari */}
      <ol data-part="list" role="list" start={first} aria-labelledby={titled ? titleId : undefined}>
        {trends.map((trend, index) => (
          <li data-part="item" key={trend.id} id={trend.id}>
            {/* The list already announces "1 of 4"; the big number is for the eye only. */}
            <span data-part="number" aria-hidden="true">
              {first + index}
            </span>
            <div data-part="content">
              <ItemTitle data-part="item-title">{trend.title}</ItemTitle>
              {trend.body.map((paragraph, n) => (
                <p key={n}>{paragraph}</p>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </Root>
  );
}
