// The bench's long-thread pages rest on a claim about their data: the thread grown to 2,000
// draws the same first page as the 100-comment thread, so the ratio between the two is what the
// older comments cost. These tests hold the data to it.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as lib from '../src';
import { generateComments, grownThread, threadPage } from '../scripts/bench-data';

/** Each drawn comment's author and text, in order (ids and times differ by design). */
function drawn(container: HTMLElement): string[] {
  return [...container.querySelectorAll('article[data-part="comment"]')].map(
    (comment) =>
      `${comment.querySelector('[data-part="author"]')?.textContent}: ` +
      comment.querySelector('[data-part="body"]')?.textContent,
  );
}

describe('bench data', () => {
  it('grows the 100-comment thread to 2,000 with older comments only', () => {
    const small = generateComments(100);
    const grown = grownThread(2000);
    expect(grown).toHaveLength(2000);
    expect(new Set(grown.map((c) => c.id)).size).toBe(2000);
    const tail = grown.slice(1900);
    expect(tail.map((c) => [c.author, c.body, c.status])).toEqual(
      small.map((c) => [c.author, c.body, c.status]),
    );
    // Replies among the newest 100 answer the same comments, renumbered; none reach back.
    const index = (id: string | null | undefined) => (id ? Number(id.slice(1)) : -1);
    tail.forEach((c, i) => {
      const parent = index(small[i].parentId);
      expect(index(c.parentId)).toBe(parent < 0 ? -1 : parent + 1900);
    });
    // Older comments come first in time as well as in the list.
    expect(Date.parse(grown[1899].createdAt) < Date.parse(grown[1900].createdAt)).toBe(true);
  });

  it('draws the same first page for the 100 and for the 100 grown to 2,000', () => {
    const small = render(threadPage(lib, 100));
    const first = drawn(small.container);
    small.unmount();
    const grown = render(threadPage(lib, 2000, true));
    expect(first.length).toBeGreaterThan(20);
    expect(drawn(grown.container)).toEqual(first);
    // The rest of the 2,000 waits behind the button.
    expect(grown.getByRole('button', { name: 'Show more comments' })).toBeInTheDocument();
  });
});
