import type { Metadata } from 'next';
import { ensureArticles } from '../../lib/articles';
import { listForModeration, type ListedComment } from '../../lib/store';
import { moderateComment } from './actions';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Moderation' };

/**
 * The comments awaiting moderation, each with Approve and Remove, and the newest published
 * ones, each with Remove: plain forms posting to a Server Action, so the page needs no script.
 * A removed comment that has replies stays in its thread as a placeholder, without its words.
 * A real app puts this page behind its editors' sign-in.
 */
export default async function ModerationPage() {
  await ensureArticles();
  const { pending, published } = await listForModeration();
  return (
    <main className="page moderation">
      <h1>Moderation</h1>
      <section aria-labelledby="pending-title" data-list="pending">
        <h2 id="pending-title">Comments awaiting moderation</h2>
        <Listed comments={pending} empty="Nothing is waiting." approve />
      </section>
      <section aria-labelledby="published-title" data-list="published">
        <h2 id="published-title">Published comments, newest first</h2>
        <Listed comments={published} empty="Nothing is published yet." />
      </section>
      <p>
        <a href="/">Back to the article</a>
      </p>
    </main>
  );
}

function Listed({
  comments,
  empty,
  approve = false,
}: {
  comments: ListedComment[];
  empty: string;
  approve?: boolean;
}) {
  if (comments.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {comments.map((comment) => (
        <li key={comment.id} data-comment-id={comment.id}>
          <p>
            <strong>{comment.author.name}</strong> on <code>{comment.articleId}</code>
            {comment.parentId ? ' (a reply)' : ''},{' '}
            <time dateTime={comment.createdAt}>{comment.createdAt}</time>
          </p>
          <blockquote>{comment.body}</blockquote>
          <form action={moderateComment}>
            <input type="hidden" name="id" value={comment.id} />
            {approve && (
              <button type="submit" name="decision" value="published">
                Approve
              </button>
            )}
            <button type="submit" name="decision" value="removed">
              Remove
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
