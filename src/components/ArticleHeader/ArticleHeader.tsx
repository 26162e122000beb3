import {
  createElement,
  forwardRef,
  version,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import { parseDate, formatDate } from '../../internal/dates';
import { formatMessage } from '../../internal/format';
import { headingTag } from '../../internal/heading';
import { safeImage } from '../../internal/image';
import { formatList } from '../../internal/locale';
import { safeUrl } from '../../internal/safeUrl';
import { hasText } from '../../internal/text';
import { JsonLd } from '../../jsonld/JsonLd';
import { newsArticleJsonLd } from '../../jsonld/newsArticle';
import { headerMessages, type Messages } from '../../messages/en';
import type { Author, Block, Image, ISODate, RelatedLink } from '../../model/types';
import { useMessages } from '../../provider/context';
import { ArticleHeaderRoot } from './ArticleHeader.styles';

export interface ArticleHeaderProps extends ComponentPropsWithoutRef<'header'> {
  /** The article's title, written as the page's heading. */
  headline: string;
  /** The section label shown above the headline. */
  kicker?: string;
  /** The sub-headline under the headline; empty text renders nothing. */
  standfirst?: string;
  /** Who wrote it, shown as "By A, B and C"; an empty list shows no byline. */
  authors?: Author[];
  /** When it was first published; an invalid date is not shown. */
  publishedAt?: ISODate;
  /** When it was last updated; shown only when valid and different from publishedAt. */
  updatedAt?: ISODate;
  /** The lead image, with caption and credit; an unsafe src shows no image. */
  hero?: Image;
  /** The article's canonical address, used by the structured data. */
  url?: string;
  /** The level of the headline's heading, 1 to 6; defaults to 1. */
  headingLevel?: number;
  /** Also writes schema.org NewsArticle JSON-LD for search engines; defaults to false. */
  structuredData?: boolean;
  /** The IANA time zone the dates are written in; fixed so server and browser agree. Defaults to "UTC". */
  timeZone?: string;
  /** Article data used elsewhere on the page; accepted so `{...article}` can be spread, never rendered here. */
  body?: Block[];
  /** Article data, accepted and ignored (see body). */
  tags?: string[];
  /** Article data, accepted and ignored (see body). */
  related?: RelatedLink[];
  /** Article data, used only by the structured data; the page root sets `lang`. */
  language?: string;
  /** Locale for dates and lists, replacing the provider's (see `messages`). */
  locale?: string;
  /** Words that replace the provider's, e.g. from a Server Component that no provider reaches. */
  messages?: Partial<Messages>;
}

/** The top of an article: kicker, headline, standfirst, byline, dates and hero image. */
export const ArticleHeader = forwardRef<HTMLElement, ArticleHeaderProps>(function ArticleHeader(
  {
    headline,
    kicker,
    standfirst,
    authors,
    publishedAt,
    updatedAt,
    hero,
    url,
    headingLevel = 1,
    structuredData = false,
    timeZone = 'UTC',
    body: _body,
    tags: _tags,
    related: _related,
    language,
    locale: ownLocale,
    messages: ownMessages,
    ...rest
  },
  ref,
) {
  const { messages, locale } = useMessages(headerMessages, {
    locale: ownLocale,
    messages: ownMessages,
  });
  const named = (Array.isArray(authors) ? authors : []).filter((author) => hasText(author?.name));
  const published = parseDate(publishedAt);
  const updated = parseDate(updatedAt);
  const showUpdated = updated && updated.getTime() !== published?.getTime();
  const heroImage = safeImage(hero);

  return (
    <ArticleHeaderRoot ref={ref} {...rest}>
      {hasText(kicker) && <p className="bs-kicker">{kicker}</p>}
      {hasText(headline) &&
        createElement(headingTag(headingLevel, 1), { className: 'bs-headline' }, headline)}
      {hasText(standfirst) && <p className="bs-standfirst">{standfirst}</p>}
      {(named.length > 0 || published || showUpdated) && (
        <div className="bs-meta">
          {named.length > 0 && (
            <Byline authors={named} template={messages.byline} locale={locale} />
          )}
          {published && (
            <DateLine label={messages.published} date={published} locale={locale} zone={timeZone} />
          )}
          {showUpdated && (
            <DateLine label={messages.updated} date={updated} locale={locale} zone={timeZone} />
          )}
        </div>
      )}
      {hero && heroImage && (
        <figure className="bs-hero">
          <img
            {...heroImage}
            alt={heroImage.alt}
            loading="eager"
            decoding="async"
            {...highFetchPriority}
          />
          {(hasText(hero.caption) || hasText(hero.credit)) && (
            <figcaption>
              {hasText(hero.caption) && <span>{hero.caption}</span>}{' '}
              {hasText(hero.credit) && (
                <span className="bs-credit">
                  {formatMessage(messages.imageCredit, { credit: hero.credit })}
                </span>
              )}
            </figcaption>
          )}
        </figure>
      )}
      {structuredData && (
        <JsonLd
          data={newsArticleJsonLd({
            headline,
            standfirst,
            authors: named,
            publishedAt,
            updatedAt,
            hero,
            url,
            language,
          })}
        />
      )}
    </ArticleHeaderRoot>
  );
});

// Day and time with the zone named: updates often land on the day of publication.
const DATE_FORMAT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

// React 19 knows fetchPriority; React 18 only passes the lower-case attribute through quietly.
const highFetchPriority = version.startsWith('18')
  ? { fetchpriority: 'high' }
  : { fetchPriority: 'high' as const };

/** "Published 14 June 2025": a label and a machine-readable date, written for the locale. */
function DateLine(props: { label: string; date: Date; locale: string; zone: string }) {
  return (
    <p className="bs-date">
      {props.label}{' '}
      <time dateTime={props.date.toISOString()}>
        {formatDate(props.date, props.locale, DATE_FORMAT, props.zone)}
      </time>
    </p>
  );
}

// Stands in for each name while the locale's list format is worked out, then split away.
const MARK = '\u0000';

function Byline({
  authors,
  template,
  locale,
}: {
  authors: Author[];
  template: string;
  locale: string;
}) {
  const list = formatList(
    authors.map((_, index) => `${MARK}${index}${MARK}`),
    locale,
  );
  const pieces: ReactNode[] = list.split(new RegExp(`${MARK}(\\d+)${MARK}`)).map((piece, index) =>
    // Odd pieces are the captured indices, even ones the locale's separators.
    index % 2 === 1 ? <AuthorName key={piece} author={authors[Number(piece)]} /> : piece,
  );
  const [before, after = ''] = template.split('{authors}');
  return (
    <p className="bs-byline">
      {before}
      {pieces}
      {after}
    </p>
  );
}

function AuthorName({ author }: { author: Author }) {
  const href = safeUrl(author.url);
  const avatar = safeImage(author.avatar);
  return (
    <span className="bs-author">
      {/* Lazy: a small avatar should not be preloaded ahead of the hero. */}
      {avatar && <img {...avatar} alt="" loading="lazy" decoding="async" />}
      <span>
        {href ? <a href={href}>{author.name}</a> : <span>{author.name}</span>}
        {hasText(author.role) && (
          <>
            {' '}
            <span className="bs-role">{author.role}</span>
          </>
        )}
      </span>
    </span>
  );
}
