// In Chromium: where a permalink takes the reader (scroll and focus), and what is announced.
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { newsroomComments, newsroomNow } from '../../samples/newsroomComments';
import { CommentBox, type Comment } from '../../src';

const noSend = async () => {};

afterEach(() => {
  window.history.replaceState(null, '', window.location.pathname);
  window.scrollTo(0, 0);
});

/** The comment box below a screen and a half of other page, as at the end of an article. */
function page(props: Partial<React.ComponentProps<typeof CommentBox>> = {}) {
  return render(
    <div>
      <div style={{ blockSize: '150vh' }}>Article</div>
      <CommentBox comments={newsroomComments} onSubmit={noSend} now={newsroomNow} {...props} />
      <div style={{ blockSize: '150vh' }}>Footer</div>
    </div>,
  );
}

function inView(element: Element) {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
}

const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('CommentBox permalinks in a real page', () => {
  it('opens the collapsed replies that hold the linked comment, scrolls to it and focuses it', async () => {
    window.history.replaceState(null, '', '#comment-n6-5');
    page();
    const linked = document.getElementById('comment-n6-5')!;
    await expect.poll(() => document.activeElement).toBe(linked);
    await settle();
    expect(inView(linked)).toBe(true);
    expect(linked).toHaveAttribute('aria-current', 'location');
    // Seen as well as announced: a frame the other comments do not have.
    expect(getComputedStyle(linked).outlineStyle).toBe('solid');
    expect(getComputedStyle(document.getElementById('comment-n6')!).outlineStyle).toBe('none');
  });

  it('follows a pick to its comment, and a date to its own', async () => {
    page();
    expect(inView(screen.getByRole('heading', { name: 'Editors’ picks' }))).toBe(false);
    await userEvent.click(
      screen.getByRole('link', { name: 'Go to the comment by Marta Kowalska' }),
    );
    const marta = document.getElementById('comment-n1')!;
    await expect.poll(() => document.activeElement).toBe(marta);
    expect(window.location.hash).toBe('#comment-n1');
    await settle();
    expect(inView(marta)).toBe(true);
    const sam = document.getElementById('comment-n7')!;
    await userEvent.click(sam.querySelector('[data-part="permalink"]')!);
    await expect.poll(() => document.activeElement).toBe(sam);
    expect(sam).toHaveAttribute('aria-current', 'location');
    expect(marta).not.toHaveAttribute('aria-current');
  });
});

describe('CommentBox announcements in a real page', () => {
  const announcer = () => document.querySelector('[data-part="announcer"]')!;

  it('announces a refused recommendation politely, and rolls the button back', async () => {
    page({
      onRecommend: async () => {
        throw new Error('offline');
      },
    });
    const sam = within(document.getElementById('comment-n7')!);
    const toggle = sam.getByRole('button', { name: 'Recommend 21' });
    await userEvent.click(toggle);
    await expect
      .poll(() => announcer().textContent)
      .toBe('Your recommendation could not be saved. Try again.');
    expect(announcer()).toHaveAttribute('role', 'status');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveFocus();
  });

  it('announces comments that arrive without moving the page, and shows them on request', async () => {
    const { rerender } = page();
    window.scrollTo(0, document.getElementById('comment-n6')!.offsetTop);
    const top = document.getElementById('comment-n6')!.getBoundingClientRect().top;
    const late: Comment = {
      id: 'late',
      author: { name: 'Late Reader' },
      body: 'Just arrived.',
      createdAt: newsroomNow,
      status: 'published',
    };
    await act(async () =>
      rerender(
        <div>
          <div style={{ blockSize: '150vh' }}>Article</div>
          <CommentBox comments={[...newsroomComments, late]} onSubmit={noSend} now={newsroomNow} />
          <div style={{ blockSize: '150vh' }}>Footer</div>
        </div>,
      ),
    );
    await expect.poll(() => announcer().textContent).toBe('1 new comment');
    await settle();
    // The comment being read moves by the height of the "Show 1 new comment" button at most
    // (scroll anchoring may keep it still), not by the new comment's.
    expect(screen.queryByText('Just arrived.')).toBeNull();
    const button = screen.getByRole('button', { name: 'Show 1 new comment' });
    expect(
      Math.abs(document.getElementById('comment-n6')!.getBoundingClientRect().top - top),
    ).toBeLessThanOrEqual(button.getBoundingClientRect().height + 40);
    await userEvent.click(button);
    await expect.poll(() => document.activeElement).toBe(document.getElementById('comment-late'));
  });
});
