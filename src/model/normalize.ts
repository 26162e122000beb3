// Data enters the library here. Each normaliser keeps what is valid, drops what is not and
// never throws, whatever JSON it is given; render code after it trusts the types. Results are
// remembered per input object, so data checked by Article is not checked again by the
// ArticleBody, FAQAccordion or NumberedTrendList it renders.
import { createIdRegistry, withIds, type IdRegistry } from '../internal/ids';
import { safeImage } from '../internal/image';
import { safeUrl } from '../internal/safeUrl';
import { hasText, toParagraphs } from '../internal/text';
import type { Author, CalloutVariant, Image, RelatedLink } from './types';

/** A trend after checking: a title, and its body as paragraphs. */
export interface CheckedTrend {
  id?: string;
  title: string;
  body: string[];
}

/** A question after checking: its answer as paragraphs. */
export interface CheckedFAQItem {
  id?: string;
  question: string;
  answer: string[];
  disabled?: boolean;
}

/** A block of a type of the app's own, drawn by ArticleBody's `renderBlock`. */
export interface CustomBlock {
  type: string;
  [field: string]: unknown;
}

/** A block after checking. Library blocks have their text checked; others pass through. */
export type CheckedBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string; id?: string }
  | { type: 'callout'; variant: CalloutVariant; title?: string; text: string }
  | { type: 'trends'; title?: string; items: CheckedTrend[] }
  | { type: 'faq'; title?: string; items: CheckedFAQItem[] }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'image'; image: Image }
  | { type: 'custom'; block: CustomBlock };

/** An article after checking; `undefined` fields were missing or unusable. */
export interface CheckedArticle {
  id?: string;
  url?: string;
  language?: string;
  kicker?: string;
  headline?: string;
  standfirst?: string;
  authors: Author[];
  publishedAt?: string;
  updatedAt?: string;
  hero?: Image;
  body: CheckedBlock[];
  tags: string[];
  related: RelatedLink[];
}

type Record_ = Record<string, unknown>;

/** A normaliser that remembers its result per input object. */
interface Normaliser<T> {
  (value: unknown): T;
  /** Records a value built from checked data as checked, so it is not checked again. */
  trust<V extends T & object>(value: V): V;
}

/** A check remembered per input object; its own result counts as checked too. */
function once<T>(check: (value: unknown) => T): Normaliser<T> {
  const seen = new WeakMap<object, T>();
  const trust = <V extends T & object>(value: V) => (seen.set(value, value), value);
  const normalise = (value: unknown) => {
    if (!isObject(value)) return check(value);
    if (!seen.has(value)) {
      const result = check(value);
      seen.set(value, result);
      if (isObject(result)) trust(result);
    }
    return seen.get(value) as T;
  };
  return Object.assign(normalise, { trust });
}

/** True for the values a WeakMap can remember: objects, arrays and functions. */
function isObject(value: unknown): value is object {
  return Object(value) === value;
}

function isRecord(value: unknown): value is Record_ {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The records in a list; anything that is not a list is an empty one. */
function records(value: unknown): Record_[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/**
 * Text with something in it, else undefined. U+0000 is taken out: an HTML parser drops it from
 * text, so the server HTML and the browser would disagree about it.
 */
export function text(value: unknown): string | undefined {
  const clean = typeof value === 'string' ? value.replace(/\0/g, '') : value;
  return hasText(clean) ? clean : undefined;
}

/** An image whose src is safe to load, with its caption and credit; else undefined. */
export const normalizeImage = /* @__PURE__ */ once((value): Image | undefined => {
  if (!isRecord(value)) return undefined;
  const image = safeImage(value as unknown as Image);
  return image && { ...image, caption: text(value.caption), credit: text(value.credit) };
});

// A name a root may take: not an article field or URL attribute, and either lower-case or one of
// the camelCase props React writes as attributes (any other camelCase key is data, not markup).
const ROOT_ATTRIBUTE =
  /^(?!(body|tags|related|href|src|action|cite|poster|background|ping)$)([^A-Z]*|className|tabIndex|accessKey|autoFocus|itemProp)$/;
const BOOLEAN_ATTRIBUTE = /^(hidden|inert|autoFocus|itemScope)$/;

/** A style entry React can set: a CSS property or custom property, with text or a number. */
function isStyleDeclaration([name, value]: [string, unknown]): boolean {
  return (
    /^(?!(length|parentRule|cssText)$)(--[\w-]+|[a-z][a-zA-Z]*)$/.test(name) &&
    (typeof value === 'string' || Number.isFinite(value))
  );
}

/**
 * The attributes for a root element from props that may hold an article spread from JSON
 * (`<ArticleHeader {...article} />`): the article's own data fields are taken out, and so is
 * anything React would run, write as HTML, warn about or crash on: a handler must be a
 * function, a `style` an object of CSS declarations, any other value text or a number
 * (`dangerouslySetInnerHTML`, `children` and unknown camelCase keys such as `createdAt` are
 * dropped), and no URL attribute passes. Other lower-case keys pass as text.
 */
export function rootAttributes<T extends object>(props: T): T {
  const attributes: Record_ = {};
  for (const [name, value] of Object.entries(props)) {
    const kept = /^on/i.test(name)
      ? typeof value === 'function' && /^on[A-Z]/.test(name)
      : name === 'style'
        ? isRecord(value) && Object.entries(value).every(isStyleDeclaration)
        : ROOT_ATTRIBUTE.test(name) &&
          (typeof value === 'string' ||
            Number.isFinite(value) ||
            (typeof value === 'boolean' && BOOLEAN_ATTRIBUTE.test(name)));
    if (kept) attributes[name] = value;
  }
  return attributes as T;
}

/** Authors with a name; a URL only when safe, an avatar only when its src is. */
export const normalizeAuthors = /* @__PURE__ */ once((value): Author[] =>
  records(value).flatMap((author) => {
    const name = text(author.name);
    if (!name) return [];
    return [
      {
        name,
        role: text(author.role),
        url: safeUrl(author.url),
        avatar: normalizeImage(author.avatar),
      },
    ];
  }),
);

/** Trends with a title; the body as paragraphs. */
export const normalizeTrends = /* @__PURE__ */ once((value): CheckedTrend[] =>
  records(value).flatMap((trend) => {
    const title = text(trend.title);
    return title ? [{ id: text(trend.id), title, body: toParagraphs(trend.body as string) }] : [];
  }),
);

/** Questions with text; the answer as paragraphs. */
export const normalizeFaqItems = /* @__PURE__ */ once((value): CheckedFAQItem[] =>
  records(value).flatMap((item) => {
    const question = text(item.question);
    if (!question) return [];
    return [
      {
        id: text(item.id),
        question,
        answer: toParagraphs(item.answer as string),
        disabled: item.disabled === true || undefined,
      },
    ];
  }),
);

const VARIANTS: readonly string[] = ['didYouKnow', 'tip', 'note', 'warning'];

/**
 * One block checked, or undefined when it has nothing to show. Section headings, trends and
 * questions claim their ids from `ids`: their own, else a slug of their text.
 */
function normalizeBlock(block: Record_, ids: IdRegistry): CheckedBlock | undefined {
  const body = text(block.text);
  const title = text(block.title);
  switch (block.type) {
    case 'paragraph':
      return body ? { type: 'paragraph', text: body } : undefined;
    case 'heading':
      return body ? { type: 'heading', text: body, id: ids(text(block.id), body) } : undefined;
    case 'callout': {
      const variant = (
        VARIANTS.includes(block.variant as string) ? block.variant : 'note'
      ) as CalloutVariant;
      return body ? { type: 'callout', variant, title, text: body } : undefined;
    }
    case 'trends': {
      const items = normalizeTrends(block.items);
      if (items.length === 0) return undefined;
      const withTheirIds = withIds(items, ids, (trend) => trend.title);
      return { type: 'trends', title, items: normalizeTrends.trust(withTheirIds) };
    }
    case 'faq': {
      const items = normalizeFaqItems(block.items);
      if (items.length === 0) return undefined;
      const withTheirIds = withIds(items, ids, (item) => item.question);
      return { type: 'faq', title, items: normalizeFaqItems.trust(withTheirIds) };
    }
    case 'quote':
      return body ? { type: 'quote', text: body, cite: text(block.cite) } : undefined;
    case 'image': {
      const image = normalizeImage(block.image);
      return image && { type: 'image', image };
    }
    default:
      return typeof block.type === 'string'
        ? { type: 'custom', block: block as CustomBlock }
        : undefined;
  }
}

/**
 * The blocks that can be drawn, in order. A library block with nothing to show is dropped; a
 * block of another type is kept for the app's `renderBlock`. Section headings, trends and
 * questions get ids unique across the body: their own, else a slug of their text.
 */
export const normalizeBlocks = /* @__PURE__ */ once((value): CheckedBlock[] => {
  const ids = createIdRegistry('section');
  return records(value).flatMap((block) => normalizeBlock(block, ids) ?? []);
});

/** Related links with a title and a safe URL; one with an unsafe URL is dropped whole. */
export const normalizeRelated = /* @__PURE__ */ once((value): RelatedLink[] =>
  records(value).flatMap((link) => {
    const title = text(link.title);
    const url = safeUrl(link.url);
    return title && url
      ? [{ title, url, kicker: text(link.kicker), image: normalizeImage(link.image) }]
      : [];
  }),
);

/** The fields of an article its header shows, checked. */
export type CheckedHeader = Omit<CheckedArticle, 'body' | 'tags' | 'related'>;

/** An article's header fields, checked; the rest of the article is not looked at. */
export const normalizeHeader = /* @__PURE__ */ once((value): CheckedHeader => {
  const article = isRecord(value) ? value : {};
  return {
    id: text(article.id),
    url: safeUrl(article.url),
    language: text(article.language),
    kicker: text(article.kicker),
    headline: text(article.headline),
    standfirst: text(article.standfirst),
    authors: normalizeAuthors(article.authors),
    publishedAt: text(article.publishedAt),
    updatedAt: text(article.updatedAt),
    hero: normalizeImage(article.hero),
  };
});

/** An article ready to render, or undefined when the value is not an article at all. */
export const normalizeArticle = /* @__PURE__ */ once((value): CheckedArticle | undefined => {
  if (!isRecord(value)) return undefined;
  // A checked article has checked header fields too.
  return normalizeHeader.trust({
    ...normalizeHeader(value),
    body: normalizeBlocks(value.body),
    tags: Array.isArray(value.tags) ? value.tags.filter(hasText) : [],
    related: normalizeRelated(value.related),
  });
});
