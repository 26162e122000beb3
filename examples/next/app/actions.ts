'use server';

import {
  commentFailed,
  commentPosted,
  parseCommentForm,
  parseSubscribeForm,
  subscribeDone,
  subscribeFailed,
  type CommentFormState,
  type SubscribeFormState,
} from 'broadsheet/forms';
import { headers } from 'next/headers';
import { ensureArticles, NEWSLETTER_LIST, THREADS_PER_PAGE } from '../lib/articles';
import { addComment, addSubscriber, listComments, type CommentPage } from '../lib/store';

/**
 * Stores a reader's comment as pending (bound to the article by the page). The form hands its
 * state in and shows the state returned: the stored comment, the fields to fix, or a failure
 * with every value kept for a retry.
 */
export async function postComment(
  articleId: string,
  _previous: CommentFormState,
  formData: FormData,
): Promise<CommentFormState> {
  const parsed = parseCommentForm(formData);
  // Refused (and the spam trap, which looks like success to the bot): nothing is stored.
  if (!parsed.ok) return parsed.state;
  try {
    await ensureArticles();
    const stored = await addComment(articleId, parsed.draft, parsed.key);
    if (!stored.ok) {
      return commentFailed(formData, 'The comment you replied to is not on this page.');
    }
    return commentPosted(stored.comment);
  } catch (error) {
    console.error('Could not store a comment:', error);
    return commentFailed(formData);
  }
}

/** The next page of published threads after the `offset` top-level comments already shown. */
export async function loadMoreComments(articleId: string, offset: unknown): Promise<CommentPage> {
  // Anything may arrive here: a Server Action is an endpoint.
  const start = Number.isSafeInteger(offset) && (offset as number) >= 0 ? (offset as number) : 0;
  await ensureArticles();
  return listComments(articleId, { offset: start, limit: THREADS_PER_PAGE });
}

/**
 * Records a sign-up. A new address is `pending` until its owner opens the confirmation link
 * (written to the server log here, where an app would send an email); a known one is `already`.
 */
export async function subscribe(
  _previous: SubscribeFormState,
  formData: FormData,
): Promise<SubscribeFormState> {
  const parsed = parseSubscribeForm(formData, { lists: [NEWSLETTER_LIST] });
  if (!parsed.ok) return parsed.state;
  try {
    const result = await addSubscriber(parsed.request);
    if (result.status === 'pending') {
      console.log(
        `Newsletter sign-up: confirm at ${await origin()}/newsletter/confirm?token=${result.token}`,
      );
    }
    return subscribeDone(result.status, parsed.request);
  } catch (error) {
    console.error('Could not record a sign-up:', error);
    return subscribeFailed(formData);
  }
}

async function origin() {
  const list = await headers();
  const host = list.get('host') ?? '127.0.0.1:3000';
  const scheme = list.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${scheme}://${host}`;
}
