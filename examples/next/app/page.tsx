import { Article } from 'broadsheet';
import { ensureArticles, NEWSLETTER_LIST, THREADS_PER_PAGE } from '../lib/articles';
import { listComments } from '../lib/store';
import { sampleArticle, sampleClosing } from '../sample/data';
import { loadMoreComments, postComment, subscribe } from './actions';
import { Comments } from './Comments';

// Read from the database on every request, never prerendered at build time.
export const dynamic = 'force-dynamic';

/**
 * The article page, a Server Component: the article is rendered to HTML on the server; the
 * sign-up and the comments are the library's client components, posting to Server Actions, so
 * both work before the script has loaded and with JavaScript off. The comments sit after the
 * article, in a small client wrapper that keeps the threads "Show more comments" adds.
 */
export default async function ArticlePage() {
  await ensureArticles();
  const firstPage = await listComments(sampleArticle.id, { limit: THREADS_PER_PAGE });

  return (
    <main className="page">
      <Article
        article={sampleArticle}
        closing={sampleClosing}
        structuredData
        newsletterProps={{ action: subscribe, list: NEWSLETTER_LIST }}
      />
      <Comments
        firstPage={firstPage}
        action={postComment.bind(null, sampleArticle.id)}
        loadMore={loadMoreComments.bind(null, sampleArticle.id)}
      />
    </main>
  );
}
