import { memo, type ReactNode } from 'react';
import { formatDateTime, parseDate, relativeTime } from '../../internal/dates';
import { formatMessage } from '../../internal/format';
import type { commentMessages } from '../../messages/en';
import { isHidden, type ThreadNode } from '../../model/comments';
import type { Comment, CommentReport } from '../../model/types';
import { CommentBody } from './CommentBody';
import { Recommend } from './Recommend';
import { Report } from './ReportForm';
import { countMessage } from '../../internal/numbers';

/** What every comment in the thread shares: words, date settings and the handlers. */
export interface ThreadView {
  locale: string;
  timeZone: string;
  /** Whether dates name their zone. */
  showTimeZone: boolean;
  /** The words, one object for as long as they do not change. */
  words: typeof commentMessages;
  /** The time dates are told against ("3 hours ago"); undefined writes every date in full. */
  now: number | undefined;
  /** False when comments are closed: no Reply buttons. */
  canReply: boolean;
  /** Given when the reader is signed out: each Reply becomes a link there. */
  signInUrl: string | undefined;
  /** The signed-in reader's id, or failing that their name: their own comments take no votes. */
  viewerId: string | undefined;
  viewerName: string | undefined;
  /** The CommentBox's useId, which starts every id it makes. */
  uid: string;
  /** Opens the reply form under the comment, or closes it when it is open there. */
  onReply: (commentId: string) => void;
  /** Shows the replies of a comment kept behind "Show N more replies", from the first hidden one. */
  onExpand: (commentId: string, firstHidden: string) => void;
  onRecommend: ((commentId: string, recommended: boolean) => Promise<void>) | undefined;
  onReport: ((commentId: string, report: CommentReport) => Promise<void>) | undefined;
  /** Says something through the box's polite live region. */
  announce: (text: string) => void;
}

export interface ThreadProps extends ThreadView {
  /** Top-level comments in the order chosen; each holds its replies. */
  roots: readonly ThreadNode[];
  /** The comment the inline reply form is open under, if any. */
  replyTo: string | null;
  /** That form. */
  replyForm: ReactNode;
  /** Comments whose replies beyond the first three are shown. */
  expanded: ReadonlySet<string>;
  /** The comment the address points at (`#comment-ID`). */
  target: string | null;
}

/** Replies shown before "Show N more replies". */
export const REPLIES_SHOWN = 3;

/**
 * The thread as nested lists. It is memoised on its data and each comment on its own (every
 * prop a string, a flag or a stable function), so typing in a form re-renders neither, and
 * opening a reply form re-renders two comments.
 */
export const Thread = memo(function Thread({ roots, ...state }: ThreadProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-redundant-roles -- list-style: none drops the role in Safari
    <ol data-part="thread" role="list">
      {renderNodes(roots, state)}
    </ol>
  );
});

function renderNodes(nodes: readonly ThreadNode[], state: Omit<ThreadProps, 'roots'>): ReactNode[] {
  const { replyTo, replyForm, expanded, target, ...view } = state;
  return nodes.map(({ comment, inReplyTo, replies }) => {
    const replying = replyTo === comment.id;
    const { id, author } = comment;
    const collapsed = replies.length > REPLIES_SHOWN && !expanded.has(id);
    // The button counts every comment it shows, replies to the hidden replies included.
    const more = collapsed ? countComments(replies.slice(REPLIES_SHOWN)) : 0;
    const own =
      view.viewerId && author.id ? author.id === view.viewerId : author.name === view.viewerName;
    return (
      <li key={id} data-part="item">
        {isHidden(comment) ? (
          <article
            data-part="comment"
            id={commentElementId(id)}
            data-state={comment.status}
            tabIndex={-1}
          >
            <p data-part="placeholder">
              {comment.status === 'deleted'
                ? view.words.commentsDeleted
                : view.words.commentsRemoved}
            </p>
          </article>
        ) : (
          <CommentView
            {...view}
            comment={comment}
            inReplyTo={inReplyTo}
            replying={replying}
            own={own}
            targeted={target === id}
          />
        )}
        {replying && replyForm}
        {replies.length > 0 && (
          // eslint-disable-next-line jsx-a11y/no-redundant-roles -- as above
          <ol data-part="replies" role="list">
            {renderNodes(collapsed ? replies.slice(0, REPLIES_SHOWN) : replies, state)}
          </ol>
        )}
        {collapsed && (
          <button
            type="button"
            data-part="more-replies"
            onClick={() => view.onExpand(id, replies[REPLIES_SHOWN].comment.id)}
          >
            {countMessage(
              view.words.commentsShowRepliesOne,
              view.words.commentsShowReplies,
              more,
              view.locale,
            )}
          </button>
        )}
      </li>
    );
  });
}

/** How many comments (not placeholders) the nodes hold, their replies included. */
function countComments(nodes: readonly ThreadNode[]): number {
  let count = 0;
  const stack = [...nodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isHidden(node.comment)) count += 1;
    stack.push(...node.replies);
  }
  return count;
}

interface CommentViewProps extends ThreadView {
  comment: Comment;
  inReplyTo: string | undefined;
  replying: boolean;
  /** Written by the reader: no recommending or reporting it. */
  own: boolean;
  /** The comment the address points at. */
  targeted: boolean;
}

/** One comment: avatar, author, badge, date, moderation state, text and what a reader can do. */
const CommentView = memo(function CommentView({
  comment,
  inReplyTo,
  replying,
  own,
  targeted,
  ...view
}: CommentViewProps) {
  const { id, author, body, createdAt } = comment;
  const { words } = view;
  const pending = comment.status === 'pending';
  const date = parseDate(createdAt);
  const authorId = `${view.uid}author-${id}`;
  const avatar = author.avatar;
  const exact = date && formatDateTime(date, view.locale, view.timeZone, view.showTimeZone);
  const recent =
    date && view.now !== undefined ? relativeTime(date, view.now, view.locale) : undefined;
  return (
    <article
      data-part="comment"
      id={commentElementId(id)}
      aria-labelledby={authorId}
      aria-current={targeted ? 'location' : undefined}
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
        {author.badge && <span data-part="badge">{author.badge}</span>}
        {date && (
          // The date links to the comment's own place: a permalink a reader can copy.
          <a data-part="permalink" href={`#${commentElementId(id)}`}>
            <time data-part="date" dateTime={date.toISOString()} title={recent && exact}>
              {recent ?? exact}
            </time>
          </a>
        )}
        {pending && <span data-part="pending">{words.commentsPending}</span>}
      </header>
      {inReplyTo && (
        <p data-part="in-reply-to">{formatMessage(words.commentsInReplyTo, { name: inReplyTo })}</p>
      )}
      <CommentBody text={body} />
      {!pending && (
        <div data-part="comment-actions">
          {view.canReply &&
            (view.signInUrl !== undefined ? (
              <a
                data-part="sign-in"
                href={view.signInUrl}
                aria-label={formatMessage(words.commentsSignInToReplyLabel, { name: author.name })}
              >
                {words.commentsSignInToReply}
              </a>
            ) : (
              <button
                type="button"
                data-part="reply-button"
                id={replyButtonId(view.uid, id)}
                aria-label={formatMessage(words.commentsReplyLabel, { name: author.name })}
                aria-expanded={replying}
                aria-controls={replying ? replyFormId(view.uid) : undefined}
                onClick={() => view.onReply(id)}
              >
                {words.commentsReply}
              </button>
            ))}
          <Recommend
            id={id}
            count={comment.recommendations ?? 0}
            pressed={comment.recommended === true}
            onRecommend={own || view.signInUrl !== undefined ? undefined : view.onRecommend}
            words={words}
            locale={view.locale}
            announce={view.announce}
          />
          {view.onReport && !own && (
            <Report
              id={id}
              name={author.name}
              uid={view.uid}
              onReport={view.onReport}
              words={words}
            />
          )}
        </div>
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
