import { parseDate } from '../internal/dates';
import { safeUrl } from '../internal/safeUrl';
import { hasText } from '../internal/text';
import type { Article } from '../model/types';

export type NewsArticleInput = Pick<Article, 'headline'> &
  Partial<
    Pick<
      Article,
      'standfirst' | 'authors' | 'publishedAt' | 'updatedAt' | 'hero' | 'url' | 'language'
    >
  >;

/** A schema.org NewsArticle for an article; fields with no safe value are left out. */
export function newsArticleJsonLd(article: NewsArticleInput): Record<string, unknown> {
  const published = parseDate(article.publishedAt);
  const modified = parseDate(article.updatedAt);
  const image = safeUrl(article.hero?.src);
  const url = safeUrl(article.url);
  const authors = (article.authors ?? [])
    .filter((author) => hasText(author?.name))
    .map((author) => {
      const authorUrl = safeUrl(author.url);
      return { '@type': 'Person', name: author.name, ...(authorUrl && { url: authorUrl }) };
    });

  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(hasText(article.standfirst) && { description: article.standfirst }),
    ...(authors.length > 0 && { author: authors }),
    ...(published && { datePublished: published.toISOString() }),
    ...(modified && { dateModified: modified.toISOString() }),
    ...(image && { image: [image] }),
    ...(hasText(article.language) && { inLanguage: article.language }),
    ...(url && { mainEntityOfPage: { '@type': 'WebPage', '@id': url } }),
  };
}
