import { memo, type ReactNode } from 'react';
import { formatDateTime, parseDate } from '../../internal/dates';
import { useBroadsheetSettings } from '../../provider/context';
import { formatMessage } from '../../internal/format';
import type { ThreadNode } from '../../model/comments';
import type { Comment } from '../../model/types';
import { CommentBody } from './CommentBody';

/** What every comment in the thread shares: words, date settings and the reply wiring. */
export interface ThreadView {
  locale: string;
  timeZone: string;
  /** "Reply", the visible text of each Reply button. */
  reply: string;
  /** "Reply to {name}", each Reply button's accessible name. */
  replyLabel: string;
  pending: string;
  /** "In reply to {name}", above a reply listed beside its parent. */
  inReplyToMessage: string;
  /** False when comments are closed: no Reply buttons. */
  canReply: boolean;
  /** The CommentBox's useId, which starts every id it makes. */
  uid: string;
  /** Opens the reply form under the comment, or closes it when it is open there. */
  onReply: (commentId: string) => void;
}

export interface ThreadProps extends ThreadView {
  /** Top-level comments in the order chosen; each holds its replies. */
  roots: readonly ThreadNode[];
  /** The comment the inline reply form is open under, if any. */
  replyTo: string | null;
  /** That form. */
  replyForm: ReactNode;
}

/**
 * The thread as nested lists. It is memoised on its data and each comment on its own (every
 * prop a string, a flag or a stable function), so typing in a form re-renders neither, and
 * opening a reply form re-renders two comments.
 */
export const Thread = memo(function Thread({ roots, replyTo, replyForm, ...view }: ThreadProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-redundant-roles -- list-style: none drops the role in Safari
    <ol data-part="thread" role="list">
      {renderNodes(roots, view, replyTo, replyForm)}
    </ol>
  );
});

function renderNodes(
  nodes: readonly ThreadNode[],
  view: ThreadView,
  replyTo: string | null,
  replyForm: ReactNode,
): ReactNode[] {
  return nodes.map(({ comment, inReplyTo, replies }) => {
    const replying = replyTo === comment.id;
    return (
      <li key={comment.id} data-part="item">
        <CommentView {...view} comment={comment} inReplyTo={inReplyTo} replying={replying} />
        {replying && replyForm}
        {replies.length > 0 && (
          // eslint-disable-next-line jsx-a11y/no-redundant-roles -- as above
          <ol data-part="replies" role="list">
            {renderNodes(replies, view, replyTo, replyForm)}
          </ol>
        )}
      </li>
    );
  });
}

interface CommentViewProps extends ThreadView {
  comment: Comment;
  inReplyTo: string | undefined;
  replying: boolean;
}

/** One comment: avatar, author, date, moderation state, text and its Reply button. */
const CommentView = memo(function CommentView({
  comment,
  inReplyTo,
  replying,
  ...view
}: CommentViewProps) {
  const { id, author, body, createdAt } = comment;
  const pending = comment.status === 'pending';
  const date = parseDate(createdAt);
  // Whether the date names its zone is the provider's to say.
  const { showTimeZone } = useBroadsheetSettings();
  const authorId = `${view.uid}author-${id}`;
  const avatar = author.avatar;
  return (
    <article
      data-part="comment"
      id={commentElementId(id)}
      aria-labelledby={authorId}
      data-pending={pending ? '' : undefined}
      // Focus moves here when the reader's own comment appears, or a loaded one takes its place.
      tabIndex={-1}
    >
      <header data-part="meta">
        {avatar ? (
          // The name beside it says who it is: the picture is decoration.
          <img
            data-part="avatar"
            src={avatar.src}
            srcSet={avatar.srcSet}
            sizes={avatar.sizes}
            width={avatar.width ?? 40}
            height={avatar.height ?? 40}
            alt=""
            loading="lazy"
            decoding="async"
          />
        ) : (
          <span data-part="avatar" aria-hidden="true">
            {[...author.name][0].toUpperCase()}
          </span>
        )}
        <span data-part="author" id={authorId}>
          {author.name}
        </span>
        {date && (
          <time data-part="date" dateTime={date.toISOString()}>
            {formatDateTime(date, view.locale, view.timeZone, showTimeZone)}
          </time>
        )}
        {pending && <span data-part="pending">{view.pending}</span>}
      </header>
      {inReplyTo && (
        <p data-part="in-reply-to">{formatMessage(view.inReplyToMessage, { name: inReplyTo })}</p>
      )}
      <CommentBody text={body} />
      {view.canReply && !pending && (
        <button
          type="button"
          data-part="reply-button"
          id={replyButtonId(view.uid, id)}
          aria-label={formatMessage(view.replyLabel, { name: author.name })}
          aria-expanded={replying}
          aria-controls={replying ? replyFormId(view.uid) : undefined}
          onClick={() => view.onReply(id)}
        >
          {view.reply}
        </button>
      )}
    </article>
  );
});

/**
 * The DOM id of a comment: its record id under a prefix of its own, so it is linkable
 * (`#comment-42`) and clashes with no id the article's body hands out.
 */
export function commentElementId(commentId: string): string {
  return `comment-${commentId}`;
}

/** The id of a comment's Reply button, so focus can go back to it. */
export function replyButtonId(uid: string, commentId: string): string {
  return `${uid}reply-${commentId}`;
}

/** The id of the inline reply form. */
export function replyFormId(uid: string): string {
  return `${uid}reply-form`;
}
