// Readers' comments enter the library here. The flat list is checked once: what cannot be
// shown is dropped, nothing throws, and the thread built from it holds every comment exactly
// once, however the parentIds point (at nothing, at themselves, round in a circle).
import { parseTime } from '../internal/dates';
import { safeImage } from '../internal/image';
import { hasText } from '../internal/text';
import type { Comment, Image } from './types';

/** One comment in its place in the thread. */
export interface ThreadNode {
  comment: Comment;
  /** The reply's parent's author, when the depth cap shows the reply beside its parent. */
  inReplyTo?: string;
  /** Replies listed under this comment, oldest first. */
  replies: ThreadNode[];
}

/** A thread ready to render. */
export interface CommentThread {
  /** Top-level comments (orphans included), oldest first. */
  roots: ThreadNode[];
  /** How many comments the thread shows: every valid comment in the input, once, placeholders not counted. */
  count: number;
}

type Record_ = Record<string, unknown>;

// Per input object: the fields it was checked with and the result, so an object edited in
// place (approved, corrected) is checked again and renders anew.
const checked = new WeakMap<object, { fields: unknown[]; result: Comment | null }>();
const results = new WeakSet<object>();

/**
 * A comment that can be shown, or undefined: it needs an id, an author's name and a body
 * with text. Ids are trimmed with inner white space as hyphens, so each one works as an
 * HTML id; an avatar is kept only when its src is safe to load.
 */
export function normalizeComment(value: unknown): Comment | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (results.has(value)) return value as Comment;
  const fields = fieldsOf(value as Record_);
  let entry = checked.get(value);
  if (!entry || entry.fields.some((field, i) => !Object.is(field, fields[i]))) {
    entry = { fields, result: check(value as Record_) ?? null };
    checked.set(value, entry);
    if (entry.result) results.add(entry.result);
  }
  return entry.result ?? undefined;
}

function fieldsOf(v: Record_): unknown[] {
  const author = v.author as Record_ | null | undefined;
  const a = author !== null && typeof author === 'object' ? author : {};
  // One flat list: the comment's own fields, then its author's.
  return [
    v.id,
    v.parentId,
    v.body,
    v.createdAt,
    v.status,
    v.recommendations,
    v.recommended,
    v.picked,
    author,
    a.name,
    a.id,
    a.avatar,
    a.badge,
  ];
}

const STATUSES = new Set(['published', 'pending', 'removed', 'deleted']);

function check(value: Record_): Comment | undefined {
  const id = toId(value.id);
  const author = value.author as Record_ | null | undefined;
  const name = author !== null && typeof author === 'object' ? author.name : undefined;
  if (!id || !hasText(name)) return undefined;
  const status = value.status ?? 'published';
  const hidden = status === 'removed' || status === 'deleted' || !STATUSES.has(status as string);
  // A removed comment's text is never kept, so nothing can show it.
  if (!hidden && !hasText(value.body)) return undefined;
  const comment: Comment = {
    id,
    parentId: toId(value.parentId) ?? null,
    author: { name: name.trim() },
    body: hidden ? '' : (value.body as string),
    createdAt: typeof value.createdAt === 'string' ? value.createdAt : '',
    // Any word the library does not know is treated as removed: never shown as published.
    status: hidden ? (status === 'deleted' ? 'deleted' : 'removed') : (status as 'published'),
    recommendations:
      Number.isFinite(value.recommendations) && (value.recommendations as number) > 0
        ? Math.floor(value.recommendations as number)
        : 0,
    recommended: value.recommended === true,
    picked: value.picked === true && !hidden,
  };
  const authorId = toId(author!.id);
  if (authorId) comment.author.id = authorId;
  if (hasText(author!.badge)) comment.author.badge = author!.badge.trim();
  const avatar = safeImage(author!.avatar as Image | undefined);
  if (avatar) comment.author.avatar = avatar;
  return comment;
}

function toId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return hasText(value) ? value.trim().replace(/\s+/g, '-') : undefined;
}

const lists = new WeakMap<object, { items: (Comment | undefined)[]; list: Comment[] }>();

/** The comments that can be shown, in input order, each id once (the first one given wins). */
export function normalizeComments(value: unknown): Comment[] {
  if (!Array.isArray(value)) return [];
  if (results.has(value)) return value as Comment[];
  const items = value.map(normalizeComment);
  let entry = lists.get(value);
  // The same list again: checked again item by item (cheap), rebuilt only when one changed.
  if (!entry || entry.items.length !== items.length || entry.items.some((c, i) => c !== items[i])) {
    const seen = new Set<string>();
    const list: Comment[] = [];
    for (const comment of items) {
      if (comment && !seen.has(comment.id)) {
        seen.add(comment.id);
        list.push(comment);
      }
    }
    lists.set(value, (entry = { items, list }));
    results.add(list);
  }
  return entry.list;
}

const threads = new WeakMap<object, Map<number, CommentThread>>();

/**
 * The thread a flat list of comments makes through their parentIds. Replies nest up to
 * `maxDepth` levels below the top; deeper ones are listed beside their parent, oldest first,
 * with `inReplyTo` naming whom they answer. A comment whose parent is missing is shown at
 * the top level, and a cycle of parentIds is cut where it closes. No step recurses, so a
 * chain of thousands of replies costs no stack.
 */
export function buildThread(value: unknown, maxDepth = 3): CommentThread {
  const depthCap = Number.isFinite(maxDepth) ? Math.max(0, Math.floor(maxDepth)) : 3;
  if (!Array.isArray(value)) return { roots: [], count: 0 };
  // Keyed by the checked list, which is new whenever a comment in it changed.
  const list = normalizeComments(value);
  let byDepth = threads.get(list);
  if (!byDepth) threads.set(list, (byDepth = new Map()));
  let thread = byDepth.get(depthCap);
  if (!thread) byDepth.set(depthCap, (thread = build(list, depthCap)));
  return thread;
}

// Indices into the list and typed arrays of them, not an object or array per comment: a
// thread of thousands is built before the code that builds it has warmed up.
function build(list: readonly Comment[], maxDepth: number): CommentThread {
  const n = list.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i += 1) index.set(list[i].id, i);
  // Each comment's replies as a chain: its first reply, then each reply's next sibling (-1
  // ends it). The order they are walked in does not matter: lists are filled by time below.
  const firstReply = new Int32Array(n).fill(-1);
  const nextSibling = new Int32Array(n);
  // Comments that start a thread: no parent in the list, or themselves as parent.
  const starts: number[] = [];
  const nodes: ThreadNode[] = [];
  for (let i = 0; i < n; i += 1) {
    const p = index.get(list[i].parentId ?? '') ?? i;
    if (p === i) starts.push(i);
    else {
      nextSibling[i] = firstReply[p];
      firstReply[p] = i;
    }
    nodes.push({ comment: list[i], replies: [] });
  }

  // Parents before children: each comment's depth (-1 until placed) and the comment whose
  // replies it will sit in (-1: the top level). A comment no start leads to sits in a cycle:
  // it starts a thread of its own, and the cycle is cut where it comes back round to it.
  const depth = new Int32Array(n).fill(-1);
  const home = new Int32Array(n);
  const queue = new Int32Array(n);
  let placed = 0;
  for (const start of [...starts, ...list.keys()]) {
    if (depth[start] >= 0) continue;
    depth[start] = 0;
    home[start] = -1;
    queue[placed] = start;
    for (let next = placed++; next < placed; next += 1) {
      const p = queue[next];
      for (let i = firstReply[p]; i >= 0; i = nextSibling[i]) {
        if (depth[i] >= 0) continue;
        const capped = depth[p] === maxDepth;
        depth[i] = capped ? maxDepth : depth[p] + 1;
        home[i] = capped ? home[p] : p;
        if (capped) nodes[i].inReplyTo = list[p].author.name;
        queue[placed++] = i;
      }
    }
  }

  // Placed oldest first, so every list reads as a conversation; ties keep the input order.
  // Undated comments count as the oldest; two of them differ by NaN, which falls through to
  // the input order.
  const time = new Float64Array(n);
  let inOrder = true;
  for (let i = 0; i < n; i += 1) {
    const t = parseTime(list[i].createdAt);
    time[i] = Number.isNaN(t) ? -Infinity : t;
    if (i > 0 && !(time[i - 1] <= time[i])) inOrder = false;
  }
  // Lists usually come in time order already: then there is nothing to sort.
  const order = inOrder ? list.keys() : [...list.keys()].sort((a, b) => time[a] - time[b] || a - b);
  const roots: ThreadNode[] = [];
  for (const i of order) (home[i] < 0 ? roots : nodes[home[i]].replies).push(nodes[i]);

  // A removed or deleted comment stays only as the placeholder its replies hang from; children
  // come after their parents in the queue, so walking it backwards settles them first.
  const gone = new Set<ThreadNode>();
  const keep = (node: ThreadNode) => !gone.has(node);
  let count = 0;
  for (let k = n - 1; k >= 0; k -= 1) {
    const node = nodes[queue[k]];
    if (gone.size > 0) node.replies = node.replies.filter(keep);
    if (!isHidden(node.comment)) count += 1;
    else if (node.replies.length === 0) gone.add(node);
  }
  return { roots: gone.size > 0 ? roots.filter(keep) : roots, count };
}

/** A removed or deleted comment, shown only as a placeholder. */
export function isHidden(comment: Comment): boolean {
  return comment.status === 'removed' || comment.status === 'deleted';
}
