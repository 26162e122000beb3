// Readers' comments enter the library here. The flat list is checked once: what cannot be
// shown is dropped, nothing throws, and the thread built from it holds every comment exactly
// once, however the parentIds point (at nothing, at themselves, round in a circle).
import { parseDate } from '../internal/dates';
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
  /** How many comments the thread holds: every valid comment in the input, once. */
  count: number;
}

type Record_ = Record<string, unknown>;

const checked = new WeakMap<object, Comment | null>();

/**
 * A comment that can be shown, or undefined: it needs an id, an author's name and a body
 * with text. Ids are trimmed with inner white space as hyphens, so each one works as an
 * HTML id; an avatar is kept only when its src is safe to load.
 */
export function normalizeComment(value: unknown): Comment | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  let result = checked.get(value);
  if (result === undefined) {
    result = check(value as Record_) ?? null;
    checked.set(value, result);
    if (result) checked.set(result, result);
  }
  return result ?? undefined;
}

function check(value: Record_): Comment | undefined {
  const id = toId(value.id);
  const author = value.author as Record_ | null | undefined;
  const name = author !== null && typeof author === 'object' ? author.name : undefined;
  if (!id || !hasText(name) || !hasText(value.body)) return undefined;
  const comment: Comment = {
    id,
    parentId: toId(value.parentId) ?? null,
    author: { name: name.trim() },
    body: value.body,
    createdAt: typeof value.createdAt === 'string' ? value.createdAt : '',
    status: value.status === 'pending' ? 'pending' : 'published',
  };
  const avatar = safeImage(author!.avatar as Image | undefined);
  if (avatar) comment.author.avatar = avatar;
  return comment;
}

function toId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return hasText(value) ? value.trim().replace(/\s+/g, '-') : undefined;
}

const lists = new WeakMap<object, Comment[]>();

/** The comments that can be shown, in input order, each id once (the first one given wins). */
export function normalizeComments(value: unknown): Comment[] {
  if (!Array.isArray(value)) return [];
  let list = lists.get(value);
  if (!list) {
    const seen = new Set<string>();
    list = [];
    for (const item of value) {
      const comment = normalizeComment(item);
      if (comment && !seen.has(comment.id)) {
        seen.add(comment.id);
        list.push(comment);
      }
    }
    lists.set(value, list);
    lists.set(list, list);
  }
  return list;
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
  let byDepth = threads.get(value);
  if (!byDepth) threads.set(value, (byDepth = new Map()));
  let thread = byDepth.get(depthCap);
  if (!thread) byDepth.set(depthCap, (thread = build(normalizeComments(value), depthCap)));
  return thread;
}

function build(list: Comment[], maxDepth: number): CommentThread {
  const index = new Map(list.map((comment, i) => [comment.id, i]));
  const nodes: ThreadNode[] = list.map((comment) => ({ comment, replies: [] }));
  const children: number[][] = list.map(() => []);
  // Comments that start a thread: no parent in the list, or themselves as parent.
  const starts: number[] = [];
  list.forEach(({ parentId }, i) => {
    const p = index.get(parentId ?? '');
    if (p === undefined || p === i) starts.push(i);
    else children[p].push(i);
  });

  // Parents before children: each comment's depth and the list it will sit in. A comment no
  // start leads to sits in a cycle: it starts a thread of its own, and the cycle is cut where
  // it comes back round to a comment already placed.
  const home: ThreadNode[][] = [];
  const depth: number[] = [];
  const queue: number[] = [];
  const place = (i: number, into: ThreadNode[], level: number) => {
    home[i] = into;
    depth[i] = level;
    queue.push(i);
  };
  const topLevel: ThreadNode[] = [];
  let next = 0;
  for (const start of [...starts, ...list.keys()]) {
    if (home[start]) continue;
    place(start, topLevel, 0);
    for (; next < queue.length; next += 1) {
      const p = queue[next];
      for (const i of children[p]) {
        if (home[i]) continue;
        if (depth[p] < maxDepth) place(i, nodes[p].replies, depth[p] + 1);
        else {
          place(i, home[p], maxDepth);
          nodes[i].inReplyTo = list[p].author.name;
        }
      }
    }
  }

  // Placed oldest first, so every list reads as a conversation; ties keep the input order.
  const time = list.map((comment) => parseDate(comment.createdAt)?.getTime() ?? -Infinity);
  // Two undated comments differ by NaN, which falls through to the input order.
  const order = [...list.keys()].sort((a, b) => time[a] - time[b] || a - b);
  for (const i of order) home[i].push(nodes[i]);
  return { roots: topLevel, count: list.length };
}
