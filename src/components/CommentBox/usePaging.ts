import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { buildThread, normalizeComments } from '../../model/comments';
import type { Comment } from '../../model/types';
import { commentElementId } from './CommentThread';

/** The order of the top-level comments; replies always read oldest first, as a conversation. */
export type CommentSort = 'newest' | 'oldest' | 'recommended';

export interface PagingOptions {
  /** The app's comments, as given. */
  given: readonly Comment[] | undefined;
  /** The reader's own, shown at once, until the app's list holds them. */
  sent: readonly Comment[];
  /** A load the reader asked for is under way: what arrives now is shown at once. */
  accepting: boolean;
  pageSize: number;
  maxDepth: number;
  sort: CommentSort;
  /** Time the dates are told against, from the app; without it, the browser's clock after hydration. */
  now: number | undefined;
  root: RefObject<HTMLElement | null>;
}

const NONE: readonly Comment[] = [];

/**
 * What of the thread is on screen: a page of top-level comments at a time, long reply lists
 * collapsed, comments that arrive from the app held back until the reader asks for them, and
 * whatever the address points at (`#comment-ID`) opened, scrolled to and focused.
 */
export function usePaging({
  given,
  sent,
  accepting,
  pageSize,
  maxDepth,
  sort,
  now,
  root,
}: PagingOptions) {
  const list = normalizeComments(Array.isArray(given) ? given : NONE);
  // The ids of the comments shown so far; null while the list is the first one given, all of
  // it shown, so a long thread's first render builds no set of its ids.
  const [known, setKnown] = useState<ReadonlySet<string> | null>(null);
  const [previous, setPrevious] = useState(list);
  if (previous !== list) {
    setPrevious(list);
    const shown = known ?? new Set(previous.map((c) => c.id));
    // What a load brought, and the first comments of an empty thread, are shown at once.
    setKnown(accepting || shown.size === 0 ? new Set([...shown, ...list.map((c) => c.id)]) : shown);
  }
  const sentIds = useMemo(() => new Set(sent.map((c) => c.id)), [sent]);
  const held = known ? list.filter((c) => !known.has(c.id) && !sentIds.has(c.id)) : NONE;
  const all = useMemo(() => {
    const shown =
      known && held.length > 0 ? list.filter((c) => known.has(c.id) || sentIds.has(c.id)) : list;
    return sent.length > 0 ? [...shown, ...sent] : shown;
    // `held` follows from the other three.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list, known, sent, sentIds]);
  const thread = buildThread(all, maxDepth);

  const [limit, setLimit] = useState(pageSize);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [target, setTarget] = useState<{ id: string } | null>(null);
  const focusNext = useRef<string | null>(null);

  // Every comment the target hangs from, so each list holding it opens.
  const path = useMemo(() => lineage(all, target?.id), [all, target]);
  const open = useMemo(
    () => (path.size > 0 ? new Set([...expanded, ...path]) : expanded),
    [expanded, path],
  );

  const sorted = useMemo(() => {
    const roots = sort === 'oldest' ? thread.roots : thread.roots.slice().reverse();
    return sort === 'recommended'
      ? roots
          .slice()
          .sort((a, b) => (b.comment.recommendations ?? 0) - (a.comment.recommendations ?? 0))
      : roots;
  }, [thread, sort]);
  const roots = useMemo(
    () =>
      sorted.length <= limit
        ? sorted
        : sorted.filter(
            (node, i) => i < limit || sentIds.has(node.comment.id) || path.has(node.comment.id),
          ),
    [sorted, limit, sentIds, path],
  );

  // Stable, as the memoised comments take it; focus goes to the first reply it shows.
  const expand = useCallback((id: string, firstHidden: string) => {
    setExpanded((current) => new Set(current).add(id));
    focusNext.current = firstHidden;
  }, []);

  const [clock, setClock] = useState<number>();
  useEffect(() => {
    if (now !== undefined) return;
    const tick = () => setClock(Math.floor(Date.now() / 60_000) * 60_000);
    tick();
    const timer = setInterval(tick, 60_000);
    return () => clearInterval(timer);
  }, [now]);

  // The address names a comment on arrival, or when a permalink or a pick is followed.
  useEffect(() => {
    const read = () => {
      const match = /^#comment-(.+)$/.exec(safeDecode(window.location.hash));
      if (match) setTarget({ id: match[1] });
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  useEffect(() => {
    const element =
      target && root.current?.ownerDocument.getElementById(commentElementId(target.id));
    if (!element || !root.current?.contains(element)) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    // Threads far from the screen are laid out only when near it (content-visibility), so the
    // first scroll can land short: once they are drawn, it is corrected.
    const frame = requestAnimationFrame(() => element.scrollIntoView({ block: 'center' }));
    return () => cancelAnimationFrame(frame);
  }, [target, root]);

  // Focus follows the reader into what they opened, and to the comment they sent.
  useEffect(() => {
    const id = focusNext.current;
    focusNext.current = null;
    const element = id && root.current?.ownerDocument.getElementById(commentElementId(id));
    if (element && root.current!.contains(element)) element.focus();
  });

  return {
    /** The app's comments, checked. */
    given: list,
    thread,
    roots,
    all,
    held: held.length,
    hidden: sorted.length - roots.length,
    expanded: open,
    target: target && path.size > 0 ? target.id : null,
    now: now ?? clock,
    /** Shows the next page of what the app gave; returns how many top-level comments came. */
    showMore() {
      setLimit((current) => current + pageSize);
      return Math.min(pageSize, sorted.length - roots.length);
    },
    /** Before a load from the app: room for all it brings. */
    makeRoom() {
      setLimit(sorted.length + pageSize);
    },
    /** Shows the comments held back, focusing the first of them. */
    showNew() {
      const first = held.find((c) => !c.parentId) ?? held[0];
      setKnown(new Set([...(known ?? []), ...held.map((c) => c.id)]));
      if (first) focusNext.current = first.id;
    },
    expand,
    /** Focuses the comment once it is drawn. */
    focus(id: string) {
      focusNext.current = id;
    },
    /** Opens every list the reader's new reply will sit in. */
    reveal(parentId: string | null | undefined) {
      const lists = lineage(all, parentId);
      setExpanded((current) => new Set([...current, ...lists]));
    },
  };
}

/**
 * The comment and every comment above it, when it is in the list (none for no id); bounded,
 * since parentIds may run in a circle.
 */
function lineage(all: readonly Comment[], id: string | null | undefined): Set<string> {
  const ids = new Set<string>();
  if (!id) return ids;
  const parents = new Map(all.map((c) => [c.id, c.parentId]));
  for (let at = id; parents.has(at) && !ids.has(at); at = parents.get(at) ?? '') ids.add(at);
  return ids;
}

function safeDecode(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}
