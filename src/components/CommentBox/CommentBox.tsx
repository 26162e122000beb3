'use client';

import {
  forwardRef,
  useActionState,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import { COMMENT_MAX_LENGTH, type CommentFormState } from '../../forms/comment';
import { positiveInteger } from '../../forms/rules';
import { keep, type FormAction, type SubmitContext } from '../../internal/form/useForm';
import { useSubmission } from '../../internal/form/useSubmission';
import { clampHeadingLevel, headingTag } from '../../internal/heading';
import { useControllableState } from '../../internal/useControllableState';
import { commentMessages, type Messages } from '../../messages/en';
import { safeUrl } from '../../internal/safeUrl';
import { normalizeComment } from '../../model/comments';
import type { Comment, CommentDraft, CommentReport, CommentViewer } from '../../model/types';
import { useMessages } from '../../provider/context';
import { CommentBoxRoot } from './CommentBox.styles';
import { CommentForm, IDLE_COMMENT_STATE, type DraftMemory } from './CommentForm';
import { replyButtonId, replyFormId, Thread } from './CommentThread';
import { countMessage } from '../../internal/numbers';
import { Picks } from './Picks';
import { usePaging, type CommentSort } from './usePaging';

export type { CommentSort };

export interface CommentBoxProps extends Omit<
  ComponentPropsWithoutRef<'section'>,
  'title' | 'onSubmit' | 'children'
> {
  /**
   * Where the form sends without JavaScript, and with it when there is no `onSubmit`: a URL
   * it posts to, or a function `(state, formData) => Promise<state>` such as a Server Action
   * (see `broadsheet/forms`).
   */
  action?: FormAction<CommentFormState>;
  /** What the server handed back after a post without JavaScript: errors and values, or the comment posted. */
  state?: CommentFormState;
  /**
   * Sends a comment; resolve with the stored comment, or nothing to show it as awaiting
   * moderation. `signal` aborts when the reader leaves or the timeout passes; `key` is the same
   * for every retry of one draft.
   */
  onSubmit?: (draft: CommentDraft, context: SubmitContext) => Promise<Comment | void>;
  /** Told when a bot fills the spam trap; nothing is sent, and the bot is shown success. */
  onTrap?: () => void;
  /** The comments as a flat list; threads come from parentId. */
  comments?: readonly Comment[];
  /** The heading above the form, naming the section; defaults to "Leave a comment". */
  title?: ReactNode;
  /** Level of the title's heading, 1 to 6 (default 2); the thread's heading sits one below. */
  headingLevel?: number;
  /** Most characters a comment may have (default 5000); longer text is kept, and refused on send. */
  maxLength?: number;
  /** Makes the email address required (default false: it is optional). */
  requireEmail?: boolean;
  /**
   * localStorage key for the unsent name and comment, so they survive a reload. A new key is a
   * new article: the forms, the comments sent and the replies open start afresh.
   */
  draftKey?: string;
  /** What the form starts with, e.g. a signed-in reader's name; name and email stay after a send. */
  defaultDraft?: Partial<Pick<CommentDraft, 'name' | 'email' | 'body'>>;
  /** Comments are closed: the thread still shows, the form is replaced by a notice. */
  closed?: boolean;
  /** Fetches more comments and adds them to `comments`; a rejection shows an error and a retry. */
  onLoadMore?: () => Promise<unknown>;
  /** More comments exist than `comments` holds: shows "Show more comments". */
  hasMore?: boolean;
  /** The number of comments in all, when `comments` holds only some; the heading shows it. */
  totalCount?: number;
  /** How many levels replies indent (default 3); deeper replies sit at the last level. */
  maxDepth?: number;
  /** The order of the comments, when the app keeps it (with onSortChange). */
  sort?: CommentSort;
  /** The order at first, when the component keeps it (default 'newest'). */
  defaultSort?: CommentSort;
  /** Called with the order the reader picks. */
  onSortChange?: (sort: CommentSort) => void;
  /** Milliseconds after which a send is aborted and counts as failed (default: none). */
  timeout?: number;
  /** IANA time zone of the dates, the same on server and browser (default: the provider's, or UTC). */
  timeZone?: string;
  /** False leaves the zone out of the dates, for an app whose `timeZone` is the reader's own (default: the provider's). */
  showTimeZone?: boolean;
  /** Locale for dates, numbers and plurals, replacing the provider's. */
  locale?: string;
  /** Words that replace the provider's, e.g. from a Server Component that no provider reaches. */
  messages?: Partial<Messages>;
  /**
   * The signed-in reader, not asked for a name ("Commenting as NAME"); `null` when signed out
   * (a sign-in link replaces the form and each Reply).
   */
  viewer?: CommentViewer | null;
  /** Where a signed-out reader signs in. */
  signInUrl?: string;
  /** Recommends a comment (or takes it back, `recommended` false); a rejection rolls the button back. */
  onRecommend?: (commentId: string, recommended: boolean) => Promise<void>;
  /** Sends a reader's report of a comment; given, each comment has a Report button. */
  onReport?: (commentId: string, report: CommentReport) => Promise<void>;
  /** Top-level comments shown at first and at each "Show more comments" (default 25). */
  pageSize?: number;
  /** The time dates are told against ("3 hours ago"), the same on server and browser; without it, dates are written in full until hydration. */
  now?: number | Date | string;
}

/**
 * "Leave a comment": the form, and the thread built from a flat list of comments. The app
 * owns the data and the network; the component never loses what a reader typed.
 */
export const CommentBox = forwardRef<HTMLElement, CommentBoxProps>(function CommentBox(
  {
    action,
    state,
    onSubmit,
    onTrap,
    comments,
    title,
    headingLevel,
    maxLength: maxLengthProp,
    requireEmail = false,
    draftKey,
    defaultDraft,
    closed = false,
    onLoadMore,
    hasMore = false,
    totalCount,
    maxDepth = 3,
    sort: sortProp,
    defaultSort,
    onSortChange,
    timeout,
    timeZone: ownTimeZone,
    showTimeZone: ownShowTimeZone,
    locale: ownLocale,
    messages: ownMessages,
    viewer,
    signInUrl,
    onRecommend,
    onReport,
    pageSize: pageSizeProp,
    now: nowProp,
    ...rest
  },
  ref,
) {
  const { messages, locale, timeZone, showTimeZone } = useMessages(commentMessages, {
    locale: ownLocale,
    messages: ownMessages,
    timeZone: ownTimeZone,
    showTimeZone: ownShowTimeZone,
  });
  const uid = useId();
  const [sort, setSort] = useControllableState<CommentSort>({
    value: sortProp,
    defaultValue: defaultSort === 'oldest' ? 'oldest' : 'newest',
    onValueChange: onSortChange,
  });
  const order: CommentSort = sort === 'oldest' || sort === 'recommended' ? sort : 'newest';
  // Comments this reader sent, until the app's list holds them (the first copy of an id wins).
  const [sent, setSent] = useState<Comment[]>([]);
  // A reply the server refused after a post without JavaScript opens again, with its text.
  const [replyTo, setReplyTo] = useState<string | null>(() =>
    state && state.status !== 'posted' && state.values.parentId ? state.values.parentId : null,
  );
  const [announcement, setAnnouncement] = useState({ text: '', key: 0 });
  const [memory, setMemory] = useState<DraftMemory>(() => new Map());
  // Another draftKey is another article: what belonged to the last one goes.
  const [article, setArticle] = useState(draftKey);
  if (article !== draftKey) {
    setArticle(draftKey);
    setSent([]);
    setReplyTo(null);
    setMemory(new Map());
  }
  const root = useRef<HTMLElement>(null);
  useImperativeHandle(ref, () => root.current!, []);

  // The main form's action state lives here, so that a comment a server reports posted (the
  // state prop, or a Server Action's answer to a post without JavaScript) is in the thread
  // from the first render, server HTML included.
  const stateFor = (parentId: string | null) =>
    state && (state.values.parentId || null) === parentId ? state : undefined;
  const mainAction = useActionState<CommentFormState, FormData>(
    typeof action === 'function' ? action : keep,
    stateFor(null) ?? IDLE_COMMENT_STATE,
  );
  const posted =
    mainAction[0].status === 'posted' ? normalizeComment(mainAction[0].comment) : undefined;

  const loader = useSubmission<unknown>();
  const loading = loader.status === 'submitting';
  // From "Show more comments" until the render after the load settles, what arrives was asked for.
  const [awaiting, setAwaiting] = useState(false);
  useEffect(() => {
    if (awaiting && !loading) setAwaiting(false);
  }, [awaiting, loading]);
  const now = nowProp === undefined ? undefined : new Date(nowProp).getTime();
  const paging = usePaging({
    given: comments,
    sent: posted ? [posted, ...sent] : sent,
    accepting: awaiting,
    pageSize: (pageSizeProp ?? 0) >= 1 ? Math.floor(pageSizeProp!) : 25,
    maxDepth,
    sort: order,
    now: Number.isFinite(now) ? now : undefined,
    root,
  });
  const { thread, roots, all } = paging;
  // One words object while they stay the same, so the memoised comments stay put.
  const wordsKey = Object.values(messages).join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const words = useMemo(() => messages, [wordsKey]);
  const handlers = useRef({ onRecommend, onReport });
  useEffect(() => {
    handlers.current = { onRecommend, onReport };
  });
  const recommend = useMemo(
    () => onRecommend && ((id: string, on: boolean) => handlers.current.onRecommend!(id, on)),
    [!onRecommend], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const report = useMemo(
    () => onReport && ((id: string, r: CommentReport) => handlers.current.onReport!(id, r)),
    [!onReport], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const heldBefore = useRef(0);
  useEffect(() => {
    if (paging.held > heldBefore.current)
      announce(countMessage(words.commentsNewOne, words.commentsNew, paging.held, locale));
    heldBefore.current = paging.held;
  }, [paging.held]); // eslint-disable-line react-hooks/exhaustive-deps

  const openReply = useCallback(
    (id: string) => setReplyTo((current) => (current === id ? null : id)),
    [],
  );
  const announce = useCallback(
    (text: string) => setAnnouncement(({ key }) => ({ text, key: key + 1 })),
    [],
  );

  const showSent = (comment: Comment) => {
    setSent((list) => [...list, comment]);
    paging.reveal(comment.parentId);
    paging.focus(comment.id);
    announce(
      comment.status === 'pending' ? messages.commentsSubmittedPending : messages.commentsSubmitted,
    );
  };

  const closeReply = () => {
    // The Reply button stays in the page, so focus can go back before the form goes.
    if (replyTo) document.getElementById(replyButtonId(uid, replyTo))?.focus();
    setReplyTo(null);
  };

  // "Show more comments": the button keeps focus while loading; the result is announced.
  const [revealed, setRevealed] = useState(0);
  // The ids of the app's comments before the last load, to count what it brought (the same
  // list may also have lost comments moderated meanwhile).
  const [loadedFrom, setLoadedFrom] = useState<ReadonlySet<string> | null>(null);
  const loadButton = useRef<HTMLButtonElement>(null);
  const shownBeforeLoad = useRef<Set<string> | null>(null);
  const loadMore = () => {
    const shown = root.current!.querySelectorAll('[data-part="comment"]');
    const before = new Set(Array.from(shown, (comment) => comment.id));
    if (paging.hidden > 0) setRevealed(paging.showMore());
    else if (!onLoadMore || !loader.submit(() => onLoadMore())) return;
    else {
      setRevealed(0);
      setAwaiting(true);
      setLoadedFrom(new Set(paging.given.map((comment) => comment.id)));
      paging.makeRoom();
    }
    shownBeforeLoad.current = before;
  };
  // Once the last page is in, the button goes; focus it held moves to the first new comment.
  useEffect(() => {
    const before = shownBeforeLoad.current;
    const page = root.current;
    if (!before || !page || loadButton.current || loading) return;
    shownBeforeLoad.current = null;
    const active = page.ownerDocument.activeElement;
    if (active && active !== page.ownerDocument.body) return;
    const comments = page.querySelectorAll<HTMLElement>('[data-part="comment"]');
    Array.from(comments)
      .find((comment) => !before.has(comment.id))
      ?.focus();
  });

  const level = clampHeadingLevel(headingLevel, 2);
  const Title = headingTag(level);
  const Subtitle = headingTag(level + 1);
  const titleId = `${uid}title`;
  const loadStatusId = `${uid}load-status`;
  // Read as broadsheet/forms reads it, so the browser and the server count to the same limit.
  const maxLength = positiveInteger(maxLengthProp, COMMENT_MAX_LENGTH);
  const shownCount = thread.count + paging.held;
  const count = Number.isFinite(totalCount) ? Math.max(totalCount!, shownCount) : shownCount;
  const loadFailed = loader.status === 'failed';
  // Only what the load brought counts, not the reader's own comments sent since.
  const loaded =
    loader.status === 'succeeded' && loadedFrom !== null
      ? paging.given.filter((comment) => !loadedFrom.has(comment.id)).length
      : 0;
  const parent = replyTo ? all.find((comment) => comment.id === replyTo) : null;

  const initial = {
    name: defaultDraft?.name ?? viewer?.name ?? '',
    email: defaultDraft?.email ?? '',
    body: defaultDraft?.body ?? '',
  };
  const formProps = {
    action: typeof action === 'function' ? action : safeUrl(action),
    onSubmit,
    timeout,
    requireEmail,
    maxLength,
    viewer: viewer && typeof viewer.name === 'string' ? { name: viewer.name } : undefined,
    onTrap,
    memory,
    messages,
    locale,
  };
  const replyForm = parent && !closed && (
    <CommentForm
      key={`${draftKey}:${parent.id}`}
      {...formProps}
      state={stateFor(parent.id)}
      id={replyFormId(uid)}
      idPrefix={`${uid}reply-`}
      parentId={parent.id}
      replyingTo={parent.author.name}
      storageKey={draftKey ? `${draftKey}:reply:${parent.id}` : undefined}
      initial={{ ...initial, body: '' }}
      headingLevel={level + 2}
      onSent={(comment) => {
        setReplyTo(null);
        showSent(comment);
      }}
      onCancel={closeReply}
    />
  );

  return (
    <CommentBoxRoot ref={root} aria-labelledby={titleId} {...rest}>
      <Title data-part="title" id={titleId}>
        {title ?? messages.commentsTitle}
      </Title>
      {closed ? (
        <p data-part="closed">{messages.commentsClosed}</p>
      ) : viewer === null ? (
        <p data-part="sign-in">
          <a href={signInUrl}>{messages.commentsSignIn}</a>
        </p>
      ) : (
        <CommentForm
          key={draftKey}
          {...formProps}
          state={stateFor(null)}
          actionState={[mainAction[0], mainAction[1]]}
          idPrefix={`${uid}new-`}
          parentId={null}
          storageKey={draftKey}
          initial={initial}
          headingLevel={level + 1}
          onSent={showSent}
        />
      )}
      <Picks comments={all} words={words} level={level + 1} />
      <div data-part="thread-header">
        <Subtitle data-part="count-title">
          {countMessage(messages.commentsCountOne, messages.commentsCount, count, locale)}
        </Subtitle>
        {thread.roots.length > 1 && (
          <label data-part="sort">
            {messages.commentsSortLabel}
            <select value={order} onChange={(event) => setSort(event.target.value as CommentSort)}>
              <option value="newest">{messages.commentsSortNewest}</option>
              <option value="oldest">{messages.commentsSortOldest}</option>
              <option value="recommended">{messages.commentsSortRecommended}</option>
            </select>
          </label>
        )}
      </div>
      {paging.held > 0 && (
        <button type="button" data-part="new-comments" onClick={paging.showNew}>
          {countMessage(words.commentsShowNewOne, words.commentsShowNew, paging.held, locale)}
        </button>
      )}
      {roots.length > 0 ? (
        <Thread
          {...{ roots, replyTo, replyForm, locale, timeZone, showTimeZone, words, uid, announce }}
          expanded={paging.expanded}
          target={paging.target}
          now={paging.now}
          canReply={!closed}
          signInUrl={viewer === null ? (signInUrl ?? '') : undefined}
          viewerId={viewer?.id}
          viewerName={viewer?.name}
          onReply={openReply}
          onExpand={paging.expand}
          onRecommend={recommend}
          onReport={report}
        />
      ) : (
        !closed && <p data-part="empty">{messages.commentsEmpty}</p>
      )}
      {(onLoadMore || paging.hidden > 0) && (
        <div data-part="load-more">
          {(hasMore || paging.hidden > 0) && (
            <button
              ref={loadButton}
              type="button"
              aria-disabled={loading || undefined}
              aria-describedby={loadFailed ? loadStatusId : undefined}
              onClick={loadMore}
            >
              {loading
                ? messages.commentsLoadingMore
                : loadFailed
                  ? messages.commentsTryAgain
                  : messages.commentsLoadMore}
            </button>
          )}
          <p
            role="status"
            data-part="load-status"
            id={loadStatusId}
            data-failed={loadFailed ? '' : undefined}
          >
            {loadFailed
              ? messages.commentsLoadFailed
              : revealed + loaded > 0
                ? countMessage(
                    messages.commentsLoadedOne,
                    messages.commentsLoaded,
                    revealed || loaded,
                    locale,
                  )
                : ''}
          </p>
        </div>
      )}
      <p role="status" data-part="announcer">
        <span key={announcement.key}>{announcement.text}</span>
      </p>
    </CommentBoxRoot>
  );
});
