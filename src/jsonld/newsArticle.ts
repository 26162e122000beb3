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
  const {
    headline = '',
    standfirst,
    authors,
    publishedAt,
    updatedAt,
    hero,
    url,
    language,
  } = normalizeHeader(article);
  // The JSON round trip leaves out every field that came out undefined.
  return JSON.parse(
    JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline,
      description: standfirst,
      author: authors[0] && authors.map(({ name, url }) => ({ '@type': 'Person', name, url })),
      datePublished: parseDate(publishedAt)?.toISOString(),
      dateModified: parseDate(updatedAt)?.toISOString(),
      image: hero && [hero.src],
      inLanguage: language,
      mainEntityOfPage: url && { '@type': 'WebPage', '@id': url },
    }),
  );
}
