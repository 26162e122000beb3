import type { Metadata } from 'next';
import { ensureArticles } from '../../lib/articles';
import { listPending } from '../../lib/store';
import { moderateComment } from './actions';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Comments awaiting moderation' };

/**
 * The comments awaiting moderation, each with Approve and Remove: plain forms posting to a
 * Server Action, so the page needs no script. A real app puts it behind its editors' sign-in.
 */
export default async function ModerationPage() {
  await ensureArticles();
  const pending = await listPending();
  return (
    <main className="page moderation">
      <h1>Comments awaiting moderation</h1>
      {pending.length === 0 ? (
        <p>Nothing is waiting.</p>
      ) : (
        <ul>
          {pending.map((comment) => (
            <li key={comment.id} data-comment-id={comment.id}>
              <p>
                <strong>{comment.author.name}</strong> on <code>{comment.articleId}</code>
                {comment.parentId ? ' (a reply)' : ''},{' '}
                <time dateTime={comment.createdAt}>{comment.createdAt}</time>
              </p>
              <blockquote>{comment.body}</blockquote>
              <form action={moderateComment}>
                <input type="hidden" name="id" value={comment.id} />
                <button type="submit" name="decision" value="published">
                  Approve
                </button>
                <button type="submit" name="decision" value="removed">
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/">Back to the article</a>
      </p>
    </main>
  );
}
