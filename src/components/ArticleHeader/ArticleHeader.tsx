import { createElement, forwardRef, version, type ComponentPropsWithoutRef } from 'react';
import { DATE_TIME, parseDate, formatDate } from '../../internal/dates';
import { formatMessage } from '../../internal/format';
import { headingTag } from '../../internal/heading';
import { listParts } from '../../internal/locale';
import { JsonLd } from '../../jsonld/JsonLd';
import { newsArticleJsonLd } from '../../jsonld/newsArticle';
import { headerMessages, imageMessages, type Messages } from '../../messages/en';
import {
  normalizeAuthors,
  normalizeHeader,
  normalizeImage,
  text,
  rootAttributes,
} from '../../model/normalize';
import type { Article, Author, Image, ISODate } from '../../model/types';
import { useMessages } from '../../provider/context';
import { ArticleHeaderRoot } from './ArticleHeader.styles';

/** The fields of an article that its header shows; an Article has them all. */
export type ArticleHeaderData = Partial<
  Pick<
    Article,
    | 'headline'
    | 'kicker'
    | 'standfirst'
    | 'authors'
    | 'publishedAt'
    | 'updatedAt'
    | 'hero'
    | 'url'
    | 'language'
  >
>;

export interface ArticleHeaderProps extends ComponentPropsWithoutRef<'header'> {
  /** The article whose header this is; a field also given as its own prop takes the prop. */
  article?: ArticleHeaderData;
  /** The article's title, written as the page's heading. */
  headline?: string;
  /** The section label shown above the headline. */
  kicker?: string;
  /** The sub-headline under the headline; empty text renders nothing. */
  standfirst?: string;
  /** Who wrote it, shown as "By A, B and C"; roles show with one or two authors. */
  authors?: readonly Author[];
  /** When it was first published; an invalid date is not shown. */
  publishedAt?: ISODate;
  /** When it was last updated; shown only when valid and different from publishedAt. */
  updatedAt?: ISODate;
  /** The lead image, with caption and credit; an unsafe src shows no image. */
  hero?: Image;
  /** The article's canonical address, used by the structured data. */
  url?: string;
  /** The article's language, used by the structured data; the page root sets `lang`. */
  language?: string;
  /** The level of the headline's heading, 1 to 6; defaults to 1. */
  headingLevel?: number;
  /** Also writes schema.org NewsArticle JSON-LD for search engines; defaults to false. */
  structuredData?: boolean;
  /** IANA time zone the dates are written in, replacing the provider's (default "UTC"). */
  timeZone?: string;
  /** Locale for dates and lists, replacing the provider's (see `messages`). */
  locale?: string;
  /** Words that replace the provider's, e.g. from a Server Component that no provider reaches. */
  messages?: Partial<Messages>;
}

/**
 * The top of an article: kicker, headline, standfirst, byline, dates and hero image. Give it
 * `article={article}`; `{...article}` works too, and then the article's `id` becomes the
 * header's id.
 */
export const ArticleHeader = forwardRef<HTMLElement, ArticleHeaderProps>(function ArticleHeader(
  {
    article,
    headline,
    kicker,
    standfirst,
    authors,
    publishedAt,
    updatedAt,
    hero,
    url,
    language,
    headingLevel,
    structuredData,
    timeZone,
    locale,
    messages,
    ...rest
  },
  ref,
) {
  const settings = useMessages(
    { ...headerMessages, ...imageMessages },
    { locale, messages, timeZone },
  );
  const words = settings.messages;
  // With no article, every field of `data` is empty.
  const data = normalizeHeader(article);
  const fields = {
    headline: text(headline) ?? data.headline,
    standfirst: text(standfirst) ?? data.standfirst,
    authors: authors ? normalizeAuthors(authors) : data.authors,
    publishedAt: text(publishedAt) ?? data.publishedAt,
    updatedAt: text(updatedAt) ?? data.updatedAt,
    hero: hero ? normalizeImage(hero) : data.hero,
    url: url ?? data.url,
    language: text(language) ?? data.language,
  };
  const kickerText = text(kicker) ?? data.kicker;
  const published = parseDate(fields.publishedAt);
  const updated = parseDate(fields.updatedAt);
  const showUpdated = updated && updated.getTime() !== published?.getTime();
  // The caption and credit go under the hero; the rest are attributes of its img.
  const { caption, credit, ...image }: Partial<Image> = fields.hero ?? {};
  /** "Published 14 June 2025": a label and a machine-readable date, written for the locale. */
  const dateLine = (label: string, date: Date) => (
    <p data-part="date">
      {label}{' '}
      <time dateTime={date.toISOString()}>
        {formatDate(date, settings.locale, DATE_TIME, settings.timeZone)}
      </time>
    </p>
  );

  return (
    <ArticleHeaderRoot ref={ref} {...rootAttributes(rest)}>
      {kickerText && <p data-part="kicker">{kickerText}</p>}
      {fields.headline &&
        createElement(headingTag(headingLevel, 1), { 'data-part': 'headline' }, fields.headline)}
      {fields.standfirst && <p data-part="standfirst">{fields.standfirst}</p>}
      {(fields.authors[0] || published || showUpdated) && (
        <div data-part="meta">
          {fields.authors[0] && byline(fields.authors, words, settings.locale)}
          {published && dateLine(words.published, published)}
          {showUpdated && dateLine(words.updated, updated)}
        </div>
      )}
      {fields.hero && (
        <figure data-part="hero">
          <img {...image} alt={image.alt} loading="eager" decoding="async" {...highFetchPriority} />
          {(caption || credit) && (
            <figcaption data-part="caption">
              {caption}
              {caption && credit && ' '}
              {credit && (
                <span data-part="credit">{formatMessage(words.imageCredit, { credit })}</span>
              )}
            </figcaption>
          )}
        </figure>
      )}
      {structuredData && fields.headline && (
        <JsonLd data={newsArticleJsonLd({ ...fields, headline: fields.headline })} />
      )}
    </ArticleHeaderRoot>
  );
});

// React 19 knows fetchPriority; React 18 only passes the lower-case attribute through quietly.
const highFetchPriority = version.startsWith('18')
  ? { fetchpriority: 'high' }
  : { fetchPriority: 'high' as const };

/**
 * "By Ana Editor (Diplomatic editor) and Ben Writer": one sentence in the locale's own list
 * words, roles only where they help (one or two authors), photos grouped before it.
 */
function byline(authors: Author[], words: typeof headerMessages, locale: string) {
  const photos = authors.flatMap((author) => author.avatar ?? []);
  let next = 0;
  const [before, after] = words.byline.split('{authors}');
  return (
    <div data-part="byline">
      {photos[0] && (
        // The names follow in the text; the photos beside them are decoration.
        <span data-part="avatars">
          {photos.map((photo, index) => (
            <img
              key={index}
              src={photo.src}
              srcSet={photo.srcSet}
              alt=""
              width={photo.width}
              height={photo.height}
              loading="lazy"
              decoding="async"
            />
          ))}
        </span>
      )}
      <p>
        {before}
        {listParts(
          authors.map((author) => author.name),
          locale,
        ).map((part, index) => {
          if (part.type !== 'element') return part.value;
          const { name, url, role } = authors[next++];
          const shownRole = authors.length < 3 && role;
          return (
            <span data-part="author" key={index}>
              {url ? <a href={url}>{name}</a> : name}
              {shownRole && ' '}
              {shownRole && (
                <span data-part="role">{formatMessage(words.bylineRole, { role: shownRole })}</span>
              )}
            </span>
          );
        })}
        {after}
      </p>
    </div>
  );
}
