import {
  Fragment,
  forwardRef,
  useMemo,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import { formatMessage } from '../../internal/format';
import { clampHeadingLevel, headingTag } from '../../internal/heading';
import { createIdRegistry } from '../../internal/slug';
import { safeImage, type SafeImageAttributes } from '../../internal/image';
import { hasText, toParagraphs } from '../../internal/text';
import type { Block, CalloutVariant, FAQItem, Image, Trend } from '../../model/types';
import { headerMessages, type Messages } from '../../messages/en';
import { useMessages } from '../../provider/context';
import { Callout } from '../Callout';
import { FAQAccordion } from '../FAQAccordion';
import { NumberedTrendList } from '../NumberedTrendList';
import { withTrendIds } from '../NumberedTrendList/NumberedTrendList';
import { ArticleBodyRoot } from './ArticleBody.styles';

/** A block of a type of the app's own, drawn by its `renderBlock`. */
export interface CustomBlock {
  type: string;
  [field: string]: unknown;
}

/** Any block the body may be given: one of the library's, or one of the app's own. */
export type ArticleBlock = Block | CustomBlock;

/**
 * Draws one block. Return undefined to fall back to the library's rendering (`defaultRender()`),
 * null to draw nothing, or anything else to draw that instead.
 */
export type RenderBlock = (
  block: ArticleBlock,
  index: number,
  defaultRender: () => ReactNode,
) => ReactNode;

export interface ArticleBodyProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The article's content, in reading order. */
  blocks: readonly ArticleBlock[];
  /** Overrides how a block type is drawn, or draws block types of the app's own. */
  renderBlock?: RenderBlock;
  /** Level of section headings and of trend and FAQ titles (default 2); their items sit one below. */
  headingLevel?: number;
  /** Words that replace the provider's, e.g. from a Server Component that no provider reaches. */
  messages?: Partial<Messages>;
}

/** The running text of an article: paragraphs, section headings, callouts, trends, FAQs, quotes and images. */
export const ArticleBody = forwardRef<HTMLDivElement, ArticleBodyProps>(function ArticleBody(
  { blocks, renderBlock, headingLevel = 2, messages: own, ...rest },
  ref,
) {
  const { messages } = useMessages(headerMessages, { messages: own });
  const level = clampHeadingLevel(headingLevel);
  // Every id in the body comes from one registry, so headings, trends and questions never clash.
  const plans = useMemo(() => planBlocks(blocks, level), [blocks, level]);

  return (
    <ArticleBodyRoot ref={ref} {...rest}>
      {plans.map((plan, index) => {
        const block = blocks[index];
        const defaultRender = () => renderPlan(plan, messages.imageCredit, own);
        const custom = renderBlock ? renderBlock(block, index, defaultRender) : undefined;
        const node = custom === undefined ? defaultRender() : custom;
        return <Fragment key={index}>{node}</Fragment>;
      })}
    </ArticleBodyRoot>
  );
});

type Plan =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string; id: string; level: number }
  | { type: 'callout'; variant: CalloutVariant; title?: string; text: string }
  | { type: 'trends'; title?: string; items: Trend[]; level: number }
  | { type: 'faq'; title?: string; items: FAQItem[]; level: number }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'image'; image: SafeImageAttributes; caption?: string; credit?: string }
  | { type: 'unknown'; name: string }
  | { type: 'nothing' };

const nothing: Plan = { type: 'nothing' };

/**
 * Reads every block once, in order: checks its shape, hands out its ids and picks its
 * heading levels. A trend list or FAQ with no title before any section heading has its
 * items one level up, so the page's outline never skips a level.
 */
function planBlocks(blocks: readonly ArticleBlock[] | null | undefined, level: number): Plan[] {
  if (!Array.isArray(blocks)) return [];
  const registry = createIdRegistry('section');
  let headed = false;

  return blocks.map((block): Plan => {
    if (block == null || typeof block !== 'object' || typeof block.type !== 'string') {
      return nothing;
    }
    const b = block as Record<string, unknown> & { type: string };
    switch (b.type) {
      case 'paragraph':
        return hasText(b.text) ? { type: 'paragraph', text: b.text } : nothing;
      case 'heading': {
        if (!hasText(b.text)) return nothing;
        headed = true;
        const id = registry(hasText(b.id) ? b.id : undefined, b.text);
        return { type: 'heading', text: b.text, id, level };
      }
      case 'callout':
        return hasText(b.text)
          ? {
              type: 'callout',
              variant: b.variant as CalloutVariant,
              title: hasText(b.title) ? b.title : undefined,
              text: b.text,
            }
          : nothing;
      case 'trends': {
        const title = hasText(b.title) ? b.title : undefined;
        const items = withTrendIds(b.items as Trend[], registry).map(({ trend, id }) => ({
          ...trend,
          id,
        }));
        if (items.length === 0) return nothing;
        const itemLevel = title || headed ? level + 1 : level;
        if (title) headed = true;
        return { type: 'trends', title, items, level: itemLevel };
      }
      case 'faq': {
        const title = hasText(b.title) ? b.title : undefined;
        const items = (Array.isArray(b.items) ? (b.items as FAQItem[]) : [])
          .filter((item) => item != null && hasText(item.question))
          .map((item) => ({
            ...item,
            id: registry(hasText(item.id) ? item.id : undefined, item.question),
          }));
        if (items.length === 0) return nothing;
        const itemLevel = title || headed ? level + 1 : level;
        if (title) headed = true;
        return { type: 'faq', title, items, level: itemLevel };
      }
      case 'quote':
        return hasText(b.text)
          ? { type: 'quote', text: b.text, cite: hasText(b.cite) ? b.cite : undefined }
          : nothing;
      case 'image': {
        const data = b.image as Image | undefined;
        const image = safeImage(data);
        if (!image) return nothing;
        const caption = hasText(data?.caption) ? data.caption : undefined;
        const credit = hasText(data?.credit) ? data.credit : undefined;
        return { type: 'image', image, caption, credit };
      }
      default:
        return { type: 'unknown', name: b.type };
    }
  });
}

function renderPlan(
  plan: Plan,
  creditTemplate: string,
  messages: Partial<Messages> | undefined,
): ReactNode {
  switch (plan.type) {
    case 'paragraph':
      return <p>{plan.text}</p>;
    case 'heading': {
      const Heading = headingTag(plan.level);
      return <Heading id={plan.id}>{plan.text}</Heading>;
    }
    case 'callout':
      return (
        <Callout variant={plan.variant} title={plan.title} messages={messages}>
          {toParagraphs(plan.text).map((paragraph, n) => (
            <p key={n}>{paragraph}</p>
          ))}
        </Callout>
      );
    case 'trends':
      // The title, when there is one, sits one level above the items.
      return (
        <NumberedTrendList items={plan.items} title={plan.title} headingLevel={plan.level - 1} />
      );
    case 'faq':
      return (
        <FAQAccordion
          items={plan.items}
          title={plan.title}
          headingLevel={plan.level}
          messages={messages}
        />
      );
    case 'quote':
      return (
        <figure data-block="quote">
          <blockquote>
            <p>{plan.text}</p>
          </blockquote>
          {plan.cite && <figcaption>— {plan.cite}</figcaption>}
        </figure>
      );
    case 'image':
      return (
        <figure data-block="image">
          <img {...plan.image} alt={plan.image.alt} loading="lazy" decoding="async" />
          {(plan.caption || plan.credit) && (
            <figcaption>
              {plan.caption}
              {plan.caption && plan.credit && ' '}
              {plan.credit && <span>{formatMessage(creditTemplate, { credit: plan.credit })}</span>}
            </figcaption>
          )}
        </figure>
      );
    case 'unknown':
      warnUnknown(plan.name);
      return null;
    default:
      return null;
  }
}

const warned = new Set<string>();

/** Tells the developer once per type that a block was skipped; silent in production. */
function warnUnknown(type: string): void {
  if (typeof process !== 'undefined' && process.env.NODE_ENV === 'production') return;
  if (warned.has(type)) return;
  warned.add(type);
  console.warn(
    `Broadsheet ArticleBody: no renderer for block type "${type}"; it was left out. Draw it with renderBlock.`,
  );
}
