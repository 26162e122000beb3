import { arabicArticleId, arabicComments, sampleArticle, sampleComments } from '../sample/data';
import { ensureArticle } from './store';

/** Top-level comments shown at first and fetched by each "Show more comments". */
export const THREADS_PER_PAGE = 2;

/** The one newsletter a reader can join from the page. */
export const NEWSLETTER_LIST = 'weekly';

let seeded: Promise<void> | undefined;

/**
 * The articles this app serves, added to the database (with the sample threads) the first time
 * it starts. The Arabic article has no page here; its thread is what a reply forged to point
 * at another article's comment would name.
 */
export function ensureArticles(): Promise<void> {
  seeded ??= (async () => {
    await ensureArticle(sampleArticle.id, sampleComments);
    await ensureArticle(arabicArticleId, arabicComments);
  })();
  seeded.catch(() => {
    seeded = undefined;
  });
  return seeded;
}
