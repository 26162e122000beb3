import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommentBox, type Comment } from '../src';
import { formatDateTime, relativeTime } from '../src/internal/dates';
import { messages as ar } from '../src/messages/ar';
import { messages as de } from '../src/messages/de';
import { buildThread, normalizeComment, normalizeComments } from '../src/model/comments';
import { axe, deferred, hydrateWithoutWarnings, renderToHtml } from './helpers';
import { comment } from './commentHelpers';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const noSend = async () => {};

/** `n` top-level comments a minute apart, the last one newest. */
function roots(n: number, prefix = 'r'): Comment[] {
  return Array.from({ length: n }, (_, i) =>
    comment(`${prefix}${i}`, {
      createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    }),
  );
}

/** One comment with `n` replies, a minute apart. */
function withReplies(n: number): Comment[] {
  return [
    comment('p', { createdAt: '2025-01-01T00:00:00Z' }),
    ...Array.from({ length: n }, (_, i) =>
      comment(`p${i}`, {
        parentId: 'p',
        createdAt: new Date(Date.UTC(2025, 0, 1, 1) + i * 60_000).toISOString(),
      }),
    ),
  ];
}

const article = (name: string) => screen.getByRole('article', { name });
const articles = () => screen.queryAllByRole('article');
const announcer = () => document.querySelector('[data-part="announcer"]')!;

describe('CommentBox: moderation', () => {
  const thread: Comment[] = [
    comment('gone', { status: 'removed', body: 'Abuse that was taken down' }),
    comment('reply', { parentId: 'gone', body: 'A fair answer' }),
    comment('left', { status: 'deleted', body: 'Second thoughts' }),
    comment('alone', { status: 'removed', body: 'Removed with nothing under it' }),
    comment('odd', { status: 'spam' as never, body: 'A status nobody knows' }),
    comment('ok', { body: 'Published text' }),
  ];

  it('shows a placeholder for a removed comment with replies, never its text, and drops the rest', () => {
    const { container } = render(<CommentBox comments={thread} onSubmit={noSend} />);
    expect(container).not.toHaveTextContent('Abuse that was taken down');
    expect(container).not.toHaveTextContent('Second thoughts');
    expect(container).not.toHaveTextContent('Removed with nothing under it');
    const placeholder = screen.getByText('This comment was removed by a moderator.');
    const item = placeholder.closest('li')!;
    // Its reply hangs under it, in its list of replies.
    expect(within(item).getByRole('list')).toHaveTextContent('A fair answer');
    expect(item.querySelector('article')).toHaveAttribute('id', 'comment-gone');
    // Nor is its author named, nor can anyone reply to it.
    expect(item.querySelector('article')).not.toHaveTextContent('Reader gone');
    expect(screen.queryByRole('button', { name: 'Reply to Reader gone' })).toBeNull();
    // Placeholders are not counted.
    expect(screen.getByRole('heading', { name: '2 comments' })).toBeInTheDocument();
  });

  it('shows a deleted comment with replies as deleted', () => {
    render(
      <CommentBox
        comments={[comment('d', { status: 'deleted' }), comment('r', { parentId: 'd' })]}
        onSubmit={noSend}
      />,
    );
    expect(screen.getByText('This comment was deleted.')).toBeInTheDocument();
    expect(screen.queryByText('Comment d')).toBeNull();
  });

  it('never shows a comment of unknown status as published', () => {
    const { container } = render(<CommentBox comments={thread} onSubmit={noSend} />);
    expect(container).not.toHaveTextContent('A status nobody knows');
    expect(normalizeComment(thread[4])?.status).toBe('removed');
    expect(normalizeComment(thread[4])?.body).toBe('');
  });

  it('renders a comment anew when the app edits it in place', () => {
    const list = [comment('e', { status: 'pending', body: 'First words' })];
    const { rerender } = render(<CommentBox comments={list} onSubmit={noSend} />);
    expect(article('Reader e')).toHaveAttribute('data-pending');
    // The same object, approved and corrected; the same array as well.
    list[0].status = 'published';
    list[0].body = 'Corrected words';
    list[0].author.badge = 'Staff';
    rerender(<CommentBox comments={list} onSubmit={noSend} />);
    expect(article('Reader e')).not.toHaveAttribute('data-pending');
    expect(article('Reader e')).toHaveTextContent('Corrected words');
    expect(article('Reader e')).toHaveTextContent('Staff');
    // Removed in place, in a new array: gone.
    list[0].status = 'removed';
    rerender(<CommentBox comments={[...list]} onSubmit={noSend} />);
    expect(screen.queryByText('Corrected words')).toBeNull();
  });

  it('keeps a comment whose fields hold NaN the same from render to render', () => {
    const odd = { ...comment('nan'), createdAt: Number.NaN, recommendations: Number.NaN };
    expect(normalizeComment(odd)).toBe(normalizeComment(odd));
    const { rerender } = render(<CommentBox comments={[odd as never]} onSubmit={noSend} />);
    rerender(<CommentBox comments={[odd as never]} onSubmit={noSend} />);
    expect(article('Reader nan')).toBeInTheDocument();
  });

  it('still checks a list that has not changed only once', () => {
    const list = roots(3);
    const first = normalizeComments(list);
    expect(normalizeComments(list)).toBe(first);
    expect(buildThread(list)).toBe(buildThread(list));
    list[1].body = 'Changed';
    expect(normalizeComments(list)).not.toBe(first);
    expect(normalizeComments(list)[1].body).toBe('Changed');
  });
});

describe('CommentBox: who is writing', () => {
  it('shows a badge in words beside the name', () => {
    render(
      <CommentBox
        comments={[comment('s', { author: { name: 'Ines', badge: ' Staff ' } })]}
        onSubmit={noSend}
      />,
    );
    const meta = article('Ines').querySelector('[data-part="meta"]')!;
    expect(within(meta as HTMLElement).getByText('Staff')).toHaveAttribute('data-part', 'badge');
  });

  it('replaces the form and every Reply with a sign-in link when signed out', () => {
    const { container } = render(
      <CommentBox comments={roots(2)} onSubmit={noSend} viewer={null} signInUrl="/login" />,
    );
    expect(container.querySelector('form')).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in to comment' })).toHaveAttribute(
      'href',
      '/login',
    );
    expect(screen.queryByRole('button', { name: /^Reply/ })).toBeNull();
    const reply = screen.getByRole('link', { name: 'Sign in to reply to Reader r0' });
    expect(reply).toHaveAttribute('href', '/login');
    expect(reply).toHaveTextContent('Sign in to reply');
  });

  it('keeps the form and the Reply buttons when the viewer is unknown or signed in', () => {
    const { rerender } = render(<CommentBox comments={roots(1)} onSubmit={noSend} />);
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reply to Reader r0' })).toBeInTheDocument();
    rerender(<CommentBox comments={roots(1)} onSubmit={noSend} viewer={{ name: 'Ada' }} />);
    expect(screen.queryByRole('link', { name: /Sign in/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Reply to Reader r0' })).toBeInTheDocument();
  });
});

describe('CommentBox: recommendations', () => {
  const list = [
    comment('a', { recommendations: 4, createdAt: '2025-01-01T00:00:00Z' }),
    comment('b', { recommendations: 12, createdAt: '2025-01-02T00:00:00Z' }),
    comment('c', {
      recommendations: 1,
      author: { name: 'Ada', id: 'u1' },
      createdAt: '2025-01-03T00:00:00Z',
    }),
  ];
  const button = (name: string) =>
    within(article(name)).getByRole('button', { name: /^Recommend/ });

  it('is a toggle with its count that changes at once', async () => {
    const user = userEvent.setup();
    const call = deferred<void>();
    const onRecommend = vi.fn(() => call.promise);
    render(<CommentBox comments={list} onSubmit={noSend} onRecommend={onRecommend} />);
    const toggle = button('Reader a');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAccessibleName('Recommend 4');
    await user.click(toggle);
    expect(onRecommend).toHaveBeenCalledWith('a', true);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle).toHaveAccessibleName('Recommend 5');
    await act(async () => call.resolve());
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('rolls back and says why when the app refuses', async () => {
    const user = userEvent.setup();
    const onRecommend = vi.fn(async () => {
      throw new Error('offline');
    });
    render(<CommentBox comments={list} onSubmit={noSend} onRecommend={onRecommend} />);
    await user.click(button('Reader b'));
    expect(await screen.findByText('Your recommendation could not be saved. Try again.')).toBe(
      announcer().firstElementChild,
    );
    expect(button('Reader b')).toHaveAttribute('aria-pressed', 'false');
    expect(button('Reader b')).toHaveAccessibleName('Recommend 12');
  });

  it('rolls back to where it was before the refused press, not further', async () => {
    const user = userEvent.setup();
    const onRecommend = vi.fn(noSend);
    render(<CommentBox comments={list} onSubmit={noSend} onRecommend={onRecommend} />);
    await user.click(button('Reader a'));
    onRecommend.mockRejectedValueOnce(new Error('offline'));
    await user.click(button('Reader a'));
    expect(onRecommend).toHaveBeenLastCalledWith('a', false);
    await screen.findByText('Your recommendation could not be saved. Try again.');
    expect(button('Reader a')).toHaveAttribute('aria-pressed', 'true');
    expect(button('Reader a')).toHaveAccessibleName('Recommend 5');
  });

  it('follows the app once it answers with new numbers', async () => {
    const onRecommend = vi.fn(noSend);
    const { rerender } = render(
      <CommentBox comments={list} onSubmit={noSend} onRecommend={onRecommend} />,
    );
    await userEvent.click(button('Reader a'));
    const next = list.map((c) =>
      c.id === 'a' ? { ...c, recommended: true, recommendations: 9 } : c,
    );
    rerender(<CommentBox comments={next} onSubmit={noSend} onRecommend={onRecommend} />);
    expect(button('Reader a')).toHaveAccessibleName('Recommend 9');
    expect(button('Reader a')).toHaveAttribute('aria-pressed', 'true');
  });

  it("offers no recommending of the viewer's own comments, by id or by name", () => {
    const { rerender } = render(
      <CommentBox
        comments={list}
        onSubmit={noSend}
        onRecommend={noSend}
        viewer={{ name: 'Someone', id: 'u1' }}
      />,
    );
    expect(within(article('Ada')).queryByRole('button', { name: /^Recommend/ })).toBeNull();
    expect(article('Ada')).toHaveTextContent('1 recommendation');
    expect(button('Reader a')).toBeInTheDocument();
    rerender(
      <CommentBox
        comments={list}
        onSubmit={noSend}
        onRecommend={noSend}
        viewer={{ name: 'Ada' }}
      />,
    );
    expect(within(article('Ada')).queryByRole('button', { name: /^Recommend/ })).toBeNull();
  });

  it('sorts by most recommended', async () => {
    const user = userEvent.setup();
    render(<CommentBox comments={list} onSubmit={noSend} />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sort comments' }),
      'Most recommended',
    );
    expect(articles().map((a) => a.getAttribute('id'))).toEqual([
      'comment-b',
      'comment-a',
      'comment-c',
    ]);
  });
});

describe('CommentBox: long threads and pages', () => {
  it('shows three replies and keeps the rest behind "Show N more replies"', async () => {
    const user = userEvent.setup();
    render(<CommentBox comments={withReplies(5)} onSubmit={noSend} />);
    expect(articles()).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Show 2 more replies' }));
    expect(articles()).toHaveLength(6);
    expect(article('Reader p3')).toHaveFocus();
    expect(screen.queryByRole('button', { name: /more repl/ })).toBeNull();
  });

  it('counts the replies to hidden replies in "Show N more replies"', async () => {
    const list = [...withReplies(4), comment('deep', { parentId: 'p3' })];
    render(<CommentBox comments={list} onSubmit={noSend} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show 2 more replies' }));
    expect(articles()).toHaveLength(6);
  });

  it('reads replies oldest first, whatever order the list comes in', () => {
    render(<CommentBox comments={withReplies(3).reverse()} onSubmit={noSend} />);
    expect(articles().map((a) => a.id)).toEqual([
      'comment-p',
      'comment-p0',
      'comment-p1',
      'comment-p2',
    ]);
  });

  it('writes the replies button with the plural rules of the locale', () => {
    render(<CommentBox comments={withReplies(4)} onSubmit={noSend} locale="de" messages={de} />);
    expect(screen.getByRole('button', { name: '1 weitere Antwort anzeigen' })).toBeInTheDocument();
  });

  it('shows a page of 25 top-level comments, then the rest of what it was given, then asks the app', async () => {
    const user = userEvent.setup();
    const onLoadMore = vi.fn(noSend);
    render(<CommentBox comments={roots(30)} onSubmit={noSend} onLoadMore={onLoadMore} hasMore />);
    expect(articles()).toHaveLength(25);
    // Newest first: the five oldest wait.
    expect(screen.queryByText('Comment r4')).toBeNull();
    expect(screen.getByRole('heading', { name: '30 comments' })).toBeInTheDocument();
    const more = screen.getByRole('button', { name: 'Show more comments' });
    await user.click(more);
    expect(articles()).toHaveLength(30);
    expect(onLoadMore).not.toHaveBeenCalled();
    expect(screen.getByText('5 more comments loaded')).toHaveAttribute('role', 'status');
    expect(more).toHaveFocus();
    await user.click(more);
    expect(onLoadMore).toHaveBeenCalledTimes(1);
  });

  it('takes pageSize, and moves focus on when the last page is shown', async () => {
    const user = userEvent.setup();
    render(<CommentBox comments={roots(3)} onSubmit={noSend} pageSize={2} defaultSort="oldest" />);
    expect(articles()).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Show more comments' }));
    expect(articles()).toHaveLength(3);
    expect(article('Reader r2')).toHaveFocus();
  });
});

describe('CommentBox: permalinks', () => {
  it('links each comment from its date', () => {
    render(<CommentBox comments={roots(1)} onSubmit={noSend} />);
    const time = article('Reader r0').querySelector('time')!;
    expect(time.closest('a')).toHaveAttribute('href', '#comment-r0');
  });

  it('opens the page and the replies that hold the linked comment, scrolls to it and marks it', async () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    window.history.replaceState(null, '', '/#comment-p4');
    const list = [...roots(30), ...withReplies(5)].map((c) =>
      c.id === 'p' ? { ...c, createdAt: '2024-01-01T00:00:00Z' } : c,
    );
    render(<CommentBox comments={list} onSubmit={noSend} />);
    const target = await screen.findByText('Comment p4');
    const linked = target.closest('article')!;
    expect(linked).toHaveAttribute('aria-current', 'location');
    expect(linked).toHaveFocus();
    expect(scroll.mock.contexts.at(-1)).toBe(linked);
    // The oldest thread sits beyond the first page: shown for the link, the others not.
    expect(screen.queryByText('Comment r0')).toBeNull();
  });

  it('follows a link to a comment within the page', async () => {
    Element.prototype.scrollIntoView = vi.fn();
    render(<CommentBox comments={withReplies(5)} onSubmit={noSend} />);
    expect(screen.queryByText('Comment p3')).toBeNull();
    await act(async () => {
      window.history.replaceState(null, '', '/#comment-p3');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByText('Comment p3').closest('article')).toHaveFocus();
  });
});

describe('CommentBox: time', () => {
  const now = '2025-06-14T13:05:00Z';

  it('says how long ago, with the exact date and time in <time> and its title', () => {
    render(<CommentBox comments={[comment('t')]} onSubmit={noSend} now={now} />);
    const time = article('Reader t').querySelector('time')!;
    expect(time).toHaveTextContent('3 hours ago');
    expect(time).toHaveAttribute('datetime', '2025-06-14T10:00:00.000Z');
    expect(time).toHaveAttribute('title', 'June 14, 2025 at 10:00 AM UTC');
  });

  it('writes older dates in full, and relative time in the locale', () => {
    const { rerender } = render(
      <CommentBox comments={[comment('t')]} onSubmit={noSend} now="2025-07-14T00:00:00Z" />,
    );
    expect(article('Reader t').querySelector('time')).toHaveTextContent('June 14, 2025');
    expect(article('Reader t').querySelector('time')).not.toHaveAttribute('title');
    rerender(
      <CommentBox
        comments={[comment('t')]}
        onSubmit={noSend}
        now={now}
        locale="de"
        messages={de}
      />,
    );
    expect(screen.getByText('vor 3 Stunden')).toBeInTheDocument();
  });

  it('words the steps as the locale does', () => {
    const date = new Date('2025-06-14T10:00:00Z');
    const at = (ms: number) => relativeTime(date, date.getTime() + ms, 'en');
    expect(at(0)).toBe('this minute');
    expect(at(59 * 60_000)).toBe('59 minutes ago');
    expect(at(25 * 3_600_000)).toBe('yesterday');
    expect(at(6 * 86_400_000)).toBe('6 days ago');
    expect(at(7 * 86_400_000)).toBeUndefined();
    expect(at(-5 * 60_000)).toBeUndefined();
    expect(relativeTime(date, date.getTime() + 7_200_000, 'ar')).toBe('قبل ساعتين');
    expect(formatDateTime(date, 'en')).toBe('June 14, 2025 at 10:00 AM UTC');
  });

  it('writes dates in full on the server and tells them relative after hydration, without a warning', async () => {
    vi.useFakeTimers({ now: new Date(now), toFake: ['Date'] });
    const { html } = renderToHtml(<CommentBox comments={[comment('t')]} onSubmit={noSend} />);
    expect(html).toContain('June 14, 2025 at 10:00 AM UTC');
    const container = await hydrateWithoutWarnings(
      <CommentBox comments={[comment('t')]} onSubmit={noSend} />,
    );
    expect(container.querySelector('time')).toHaveTextContent('3 hours ago');
    container.remove();
    vi.useRealTimers();
  });

  it('hydrates relative dates from `now` without a warning', async () => {
    const container = await hydrateWithoutWarnings(
      <CommentBox comments={[comment('t')]} onSubmit={noSend} now={now} />,
    );
    expect(container.querySelector('time')).toHaveTextContent('3 hours ago');
    container.remove();
  });
});

describe('CommentBox: reports', () => {
  it('opens a form in place, asks for a reason, sends it with details and thanks the reader', async () => {
    const user = userEvent.setup();
    const onReport = vi.fn(noSend);
    render(<CommentBox comments={roots(1)} onSubmit={noSend} onReport={onReport} />);
    const open = screen.getByRole('button', { name: 'Report comment by Reader r0' });
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Why are you reporting this comment?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['spam', 'abuse', 'offTopic', 'other']);
    expect(within(group).getByRole('radio', { name: 'Spam or advertising' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(onReport).not.toHaveBeenCalled();
    expect(group).toHaveAccessibleDescription('Error: Choose why you are reporting this comment');
    await user.click(screen.getByRole('radio', { name: 'Off topic' }));
    await user.type(
      screen.getByRole('textbox', { name: 'More details (optional)' }),
      ' About trains ',
    );
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(onReport).toHaveBeenCalledWith('r0', { reason: 'offTopic', details: 'About trains' });
    const thanks = await screen.findByText('Thank you. A moderator will look at this comment.');
    expect(thanks).toHaveFocus();
  });

  it('keeps the choice when sending fails, and closes on Cancel with focus back', async () => {
    const user = userEvent.setup();
    const onReport = vi.fn(async () => {
      throw new Error('offline');
    });
    render(<CommentBox comments={roots(1)} onSubmit={noSend} onReport={onReport} />);
    const open = screen.getByRole('button', { name: 'Report comment by Reader r0' });
    await user.click(open);
    await user.click(screen.getByRole('radio', { name: 'Abusive or offensive' }));
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your report could not be sent. Try again.',
    );
    expect(screen.getByRole('radio', { name: 'Abusive or offensive' })).toBeChecked();
    expect(onReport).toHaveBeenCalledWith('r0', { reason: 'abuse' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(open).toHaveFocus();
  });

  it('keeps the choice and the details typed when the form is closed and opened again', async () => {
    const user = userEvent.setup();
    render(<CommentBox comments={roots(1)} onSubmit={noSend} onReport={noSend} />);
    const open = screen.getByRole('button', { name: 'Report comment by Reader r0' });
    await user.click(open);
    await user.click(screen.getByRole('radio', { name: 'Something else' }));
    await user.type(screen.getByRole('textbox', { name: 'More details (optional)' }), 'A typo');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    await user.click(open);
    expect(screen.getByRole('radio', { name: 'Something else' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'More details (optional)' })).toHaveValue('A typo');
  });
});

describe("CommentBox: editors' picks", () => {
  it('lists picked comments above the thread, each linking to its place', () => {
    const list = [comment('x', { picked: true, body: 'A sharp point' }), comment('y')];
    render(<CommentBox comments={list} onSubmit={noSend} />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Editors’ picks' });
    const picks = heading.closest('[data-part="picks"]') as HTMLElement;
    expect(picks).toHaveTextContent('A sharp point');
    expect(
      within(picks).getByRole('link', { name: 'Go to the comment by Reader x' }),
    ).toHaveAttribute('href', '#comment-x');
    // Above the thread, and once in it.
    expect(
      heading.compareDocumentPosition(document.querySelector('[data-part="thread"]')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getAllByText('A sharp point')).toHaveLength(2);
  });
});

describe('CommentBox: comments that arrive', () => {
  it('holds new comments behind "Show N new comments", announced politely', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<CommentBox comments={roots(2)} onSubmit={noSend} />);
    rerender(<CommentBox comments={[...roots(2), comment('fresh')]} onSubmit={noSend} />);
    expect(screen.queryByText('Comment fresh')).toBeNull();
    expect(announcer()).toHaveTextContent('1 new comment');
    expect(screen.getByRole('heading', { name: '3 comments' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 1 new comment' }));
    expect(article('Reader fresh')).toHaveFocus();
    expect(screen.queryByRole('button', { name: /new comment/ })).toBeNull();
  });

  it("shows the reader's own comment at once, and the app's copy of it too", async () => {
    const user = userEvent.setup();
    const mine = comment('mine', { author: { name: 'Ada' }, body: 'Mine' });
    const onSubmit = vi.fn(async () => mine);
    const { rerender } = render(<CommentBox comments={roots(1)} onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ada');
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Mine');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByText('Mine')).toBeInTheDocument();
    rerender(<CommentBox comments={[...roots(1), mine]} onSubmit={onSubmit} />);
    expect(screen.getByText('Mine')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /new comment/ })).toBeNull();
  });

  it('shows the first comments of an empty thread at once', () => {
    const { rerender } = render(<CommentBox comments={[]} onSubmit={noSend} />);
    rerender(<CommentBox comments={roots(2)} onSubmit={noSend} />);
    expect(articles()).toHaveLength(2);
  });
});

describe('CommentBox: the new parts together', () => {
  const everything: Comment[] = [
    comment('a', { picked: true, recommendations: 3, author: { name: 'Ines', badge: 'Staff' } }),
    comment('b', { status: 'removed' }),
    comment('c', { parentId: 'b' }),
    ...withReplies(5),
  ];

  it('has no axe violations, signed in or out, with a report form open', async () => {
    const user = userEvent.setup();
    const { container, rerender } = render(
      <main>
        <CommentBox
          comments={everything}
          onSubmit={noSend}
          onRecommend={noSend}
          onReport={noSend}
          now="2025-06-14T12:00:00Z"
        />
      </main>,
    );
    await user.click(screen.getByRole('button', { name: 'Report comment by Ines' }));
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await axe(container)).toHaveNoViolations();
    rerender(
      <main>
        <CommentBox comments={everything} onSubmit={noSend} viewer={null} signInUrl="/login" />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
  }, 20_000);

  it('speaks Arabic, right to left', () => {
    render(
      <div dir="rtl">
        <CommentBox
          comments={everything}
          onSubmit={noSend}
          locale="ar"
          messages={ar}
          onReport={noSend}
        />
      </div>,
    );
    expect(screen.getByText('أزال المشرف هذا التعليق.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'اختيارات المحررين' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^إبلاغ عن تعليق/ }).length).toBeGreaterThan(0);
  });
});
