import { Fragment, forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { formatMessage } from '../../internal/format';
import { clampHeadingLevel, headingTag } from '../../internal/heading';
import { createIdRegistry } from '../../internal/ids';
import { calloutMessages, imageMessages, type Messages } from '../../messages/en';
import { normalizeBlocks, type CheckedBlock, type CustomBlock } from '../../model/normalize';
import type { Block } from '../../model/types';
import { useMessages } from '../../provider/context';
import { CalloutRoot, calloutMarkup } from '../Callout';
import { FAQAccordion } from '../FAQAccordion';
import { TrendListRoot, trendListMarkup } from '../NumberedTrendList';
import { ArticleBodyRoot } from './ArticleBody.styles';

export type { CustomBlock };

/** Any block the body may be given: one of the library's, or one of the app's own. */
export type ArticleBlock = Block | CustomBlock;

/**
 * Draws one block. Return undefined to fall back to the library's rendering (`defaultRender()`),
 * null to draw nothing, or anything else to draw that instead. A library block arrives
 * checked (its text present, its ids given); a block of the app's own type arrives as given.
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

/** The words the body writes: image credits, and the titles of the boxes it draws itself. */
const bodyMessages = { ...imageMessages, ...calloutMessages };

/** The running text of an article: paragraphs, section headings, callouts, trends, FAQs, quotes and images. */
export const ArticleBody = forwardRef<HTMLDivElement, ArticleBodyProps>(function ArticleBody(
  { blocks, renderBlock, headingLevel, messages: own, ...rest },
  ref,
) {
  const { messages } = useMessages(bodyMessages, { messages: own });
  const uid = useId();
  const level = clampHeadingLevel(headingLevel);
  const keys = createIdRegistry('block');
  // Until the first section heading, an untitled list's items stand at the section level, so
  // the outline never skips one.
  let headed = false;

  return (
    <ArticleBodyRoot ref={ref} {...rest}>
      {normalizeBlocks(blocks).map((block, index) => {
        const titleLevel = 'title' in block && (block.title || headed) ? level : level - 1;
        if (block.type === 'heading' || ('title' in block && block.title)) headed = true;
        const context = { level, titleLevel, messages, own, id: `${uid}-${index}` };
        const defaultRender = () => renderDefault(block, context);
        const given = block.type === 'custom' ? block.block : block;
        const custom = renderBlock?.(given, index, defaultRender);
        return (
          // Keyed by content, so an FAQ keeps its open answers when blocks before it move.
          <Fragment key={keys(undefined, blockKey(block))}>
            {custom === undefined ? renderDefault(block, context, true) : custom}
          </Fragment>
        );
      })}
    </ArticleBodyRoot>
  );
});

/** What a block's key is made from: its id or the start of its text. */
function blockKey(block: CheckedBlock): string {
  switch (block.type) {
    case 'heading':
      return block.id!;
    case 'trends':
    case 'faq':
      return `${block.type} ${block.items[0].id}`;
    case 'image':
      return block.image.src;
    case 'custom': {
      // The app's own block: its id when it has a usable one (data may hold anything there).
      const { id } = block.block;
      return `${block.block.type} ${typeof id === 'string' || typeof id === 'number' ? id : ''}`;
    }
    default:
      return `${block.type} ${block.text.slice(0, 60)}`;
  }
}

interface RenderContext {
  level: number;
  titleLevel: number;
  messages: typeof bodyMessages;
  own: Partial<Messages> | undefined;
  /** An id for the block's own title, unique in the page. */
  id: string;
}

/**
 * Draws a library block. A callout or a trend list that stands in the body itself (`inBody`)
 * is plain markup that the body's one styled container styles, so a page of many boxes ships
 * their CSS once; one handed to the app by `defaultRender()`, which it may put anywhere,
 * styles itself, as the Callout and NumberedTrendList components do.
 */
function renderDefault(block: CheckedBlock, context: RenderContext, inBody?: boolean): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'heading': {
      const Heading = headingTag(context.level);
      return <Heading id={block.id}>{block.text}</Heading>;
    }
    case 'callout': {
      const { variant, title, text } = block;
      const props = { ...(inBody && plainCallout), variant, title, children: <p>{text}</p> };
      return calloutMarkup(inBody ? 'aside' : CalloutRoot, props, context.id, context.messages);
    }
    case 'trends':
      return trendListMarkup(
        inBody ? 'section' : TrendListRoot,
        { ...(inBody && plainTrends) },
        block.items,
        block.title,
        context.titleLevel,
        1,
        context.id,
      );
    case 'faq':
      return (
        <FAQAccordion
          data-part="faq"
          items={block.items}
          title={block.title}
          headingLevel={context.titleLevel}
          messages={context.own}
        />
      );
    case 'quote':
      return (
        <figure data-part="quote">
          <blockquote>
            <p>{block.text}</p>
          </blockquote>
          {block.cite && <figcaption>— {block.cite}</figcaption>}
        </figure>
      );
    case 'image': {
      // The caption and credit go under the image; the rest are attributes of its img.
      const { caption, credit, ...image } = block.image;
      return (
        <figure data-part="image">
          <img {...image} alt={image.alt} loading="lazy" decoding="async" />
          {(caption || credit) && (
            <figcaption>
              {caption}
              {caption && credit && ' '}
              {credit && (
                <span data-part="credit">
                  {formatMessage(context.messages.imageCredit, { credit })}
                </span>
              )}
            </figcaption>
          )}
        </figure>
      );
    }
    default:
      warnUnknown(block.block.type);
      return null;
  }
}

// The blocks the body styles itself carry their component's class name and no other, which is
// how the body's rules find them (an app's Callout has a generated class besides).
const plainCallout = { className: 'bs-callout' };
const plainTrends = { className: 'bs-trends' };

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
