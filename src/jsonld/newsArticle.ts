import { parseDate } from '../internal/dates';
import { normalizeHeader } from '../model/normalize';
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
  const data = normalizeHeader(article);
  const published = parseDate(data.publishedAt);
  const modified = parseDate(data.updatedAt);
  const authors = data.authors.map((author) => ({
    '@type': 'Person',
    name: author.name,
    ...(author.url && { url: author.url }),
  }));

  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.headline ?? '',
    ...(data.standfirst && { description: data.standfirst }),
    ...(authors.length > 0 && { author: authors }),
    ...(published && { datePublished: published.toISOString() }),
    ...(modified && { dateModified: modified.toISOString() }),
    ...(data.hero && { image: [data.hero.src] }),
    ...(data.language && { inLanguage: data.language }),
    ...(data.url && { mainEntityOfPage: { '@type': 'WebPage', '@id': data.url } }),
  };
}
