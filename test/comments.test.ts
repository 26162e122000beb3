import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, parseTime } from '../src/internal/dates';
import {
  buildThread,
  isHidden,
  normalizeComments,
  type CommentThread,
  type ThreadNode,
} from '../src/model/comments';
import type { Comment } from '../src/model/types';

/**
 * The thread as the rules in src/model/comments.ts describe it, written plainly and with no
 * care for speed: the real one must give exactly the same.
 */
function referenceThread(list: Comment[], maxDepth: number): CommentThread {
  const byId = new Map(list.map((comment, i) => [comment.id, i]));
  const parentOf = (i: number) => {
    const p = byId.get(list[i].parentId ?? '');
    return p === undefined || p === i ? -1 : p;
  };
  const lists = new Map<number, number[]>([[-1, []]]);
  const depth = new Map<number, number>();
  const inReplyTo = new Map<number, string>();
  const queue: number[] = [];
  const place = (i: number, into: number, level: number) => {
    lists.get(into)!.push(i);
    lists.set(i, []);
    depth.set(i, level);
    queue.push(i);
  };
  const starts = [...list.keys()].filter((i) => parentOf(i) < 0);
  for (const start of [...starts, ...list.keys()]) {
    if (depth.has(start)) continue;
    place(start, -1, 0);
    for (let next = queue.length - 1; next < queue.length; next += 1) {
      const p = queue[next];
      for (const i of list.keys()) {
        if (parentOf(i) !== p || depth.has(i)) continue;
        if (depth.get(p)! < maxDepth) place(i, p, depth.get(p)! + 1);
        else {
          const owner = [...lists].find(([, items]) => items.includes(p))![0];
          place(i, owner, maxDepth);
          inReplyTo.set(i, list[p].author.name);
        }
      }
    }
  }
  const time = (i: number) => parseDate(list[i].createdAt)?.getTime() ?? -Infinity;
  const byTime = (a: number, b: number) => (time(a) === time(b) ? a - b : time(a) - time(b));
  // Settles a comment's replies first, then the comment: undefined when it is a placeholder
  // with nothing left under it.
  const settle = (i: number): ThreadNode | undefined => {
    const replies = lists
      .get(i)!
      .slice()
      .sort(byTime)
      .map(settle)
      .filter((node) => node !== undefined);
    if (isHidden(list[i]) && replies.length === 0) return undefined;
    return inReplyTo.has(i)
      ? { comment: list[i], inReplyTo: inReplyTo.get(i), replies }
      : { comment: list[i], replies };
  };
  const roots = lists
    .get(-1)!
    .slice()
    .sort(byTime)
    .map(settle)
    .filter((node) => node !== undefined);
  return { roots, count: list.filter((comment) => !isHidden(comment)).length };
}

/** The thread as ids, depths and names only, so a difference reads plainly. */
function shape(nodes: ThreadNode[]): unknown[] {
  return nodes.map((node) => [node.comment.id, node.inReplyTo ?? null, shape(node.replies)]);
}

const ids = ['a', 'b', 'c', 'd', 'e', 'f', ' g ', 'h i'];
const dates = [
  '2025-06-14T10:00:00Z',
  '2025-06-14T10:00:00.000Z',
  '2025-06-14T09:00:00Z',
  '2025-06-14T11:00:00+02:00',
  '2025-06-14T10:30',
  ' 2025-06-14T08:00:00 ',
  '1970-01-01T00:00:00Z',
  '',
  'yesterday',
];
const rawComment = fc.record(
  {
    id: fc.constantFrom(...ids),
    parentId: fc.option(fc.constantFrom(...ids, 'missing'), { nil: undefined }),
    author: fc.record({ name: fc.constantFrom('Ana', 'Ben', 'Cleo') }),
    body: fc.constant('Text'),
    createdAt: fc.option(fc.constantFrom(...dates), { nil: undefined }),
    status: fc.constantFrom('published', 'pending', 'removed', 'deleted', 'odd'),
  },
  { requiredKeys: ['id', 'author', 'body'] },
);

describe('buildThread', () => {
  it('gives the thread the rules describe, for any parentIds, ids and dates', () => {
    fc.assert(
      fc.property(
        fc.array(rawComment, { maxLength: 24 }),
        fc.integer({ min: 0, max: 4 }),
        (raw, maxDepth) => {
          const thread = buildThread(raw, maxDepth);
          const expected = referenceThread(normalizeComments(raw), maxDepth);
          expect(shape(thread.roots)).toEqual(shape(expected.roots));
          expect(thread.count).toBe(expected.count);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps a placeholder only above replies, and names whom a capped reply answers', () => {
    const at = (minute: number) => `2025-06-14T10:${String(minute).padStart(2, '0')}:00Z`;
    const comment = (id: string, parentId: string | null, minute: number, status = 'published') =>
      ({
        id,
        parentId,
        author: { name: id.toUpperCase() },
        body: 'Text',
        createdAt: at(minute),
        status,
      }) as Comment;
    const thread = buildThread(
      [
        comment('late', null, 50),
        comment('a', null, 10),
        comment('gone', null, 5, 'removed'),
        comment('held', null, 1, 'deleted'),
        comment('b', 'a', 12),
        comment('c', 'b', 11),
        comment('d', 'held', 2),
      ],
      1,
    );
    expect(shape(thread.roots)).toEqual([
      ['held', null, [['d', null, []]]],
      [
        'a',
        null,
        [
          ['c', 'B', []],
          ['b', null, []],
        ],
      ],
      ['late', null, []],
    ]);
    expect(thread.count).toBe(5);
  });
});

describe('parseTime', () => {
  it('reads ISO 8601 text, zoneless times as UTC, and gives NaN for anything else', () => {
    const utc = Date.UTC(2025, 5, 14, 10, 30);
    expect(parseTime('2025-06-14T10:30:00Z')).toBe(utc);
    expect(parseTime('2025-06-14T10:30:00.000z')).toBe(utc);
    expect(parseTime('2025-06-14T12:30:00+02:00')).toBe(utc);
    expect(parseTime('2025-06-14T10:30')).toBe(utc);
    expect(parseTime(' 2025-06-14T10:30:00 ')).toBe(utc);
    for (const value of ['', '  ', 'yesterday', undefined, null])
      expect(parseTime(value)).toBeNaN();
    expect(parseDate('2025-06-14T10:30')?.toISOString()).toBe('2025-06-14T10:30:00.000Z');
    expect(parseDate('yesterday')).toBeUndefined();
  });
});
