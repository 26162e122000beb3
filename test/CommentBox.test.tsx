import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BroadsheetProvider, CommentBox, darkTheme, type Comment, type CommentDraft } from '../src';
import { formatDateTime } from '../src/internal/dates';
import { messages as ar } from '../src/messages/ar';
import { messages as de } from '../src/messages/de';
import { buildThread, normalizeComments } from '../src/model/comments';
import { deepComments, hostileComments, sampleComments } from '../samples/comments';
import {
  axe,
  expectForwardsToRoot,
  expectResilientStyles,
  hydrateWithoutWarnings,
  renderToHtml,
  renderWithProvider,
  deferred,
} from './helpers';
import { bodyField, comment, emailField, nameField, submitButton } from './commentHelpers';

// formatDateTime runs once for every comment rendered: counting its calls counts comment renders.
vi.mock('../src/internal/dates', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/internal/dates')>();
  return { ...actual, formatDateTime: vi.fn(actual.formatDateTime) };
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  localStorage.clear();
});

const noSend = async () => {};

/** A flat list of n comments, every fifth a reply to the one before, a minute apart. */
function manyComments(n: number): Comment[] {
  return Array.from({ length: n }, (_, i) =>
    comment(`m${i}`, {
      parentId: i % 5 === 4 ? `m${i - 1}` : null,
      createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    }),
  );
}

const section = () => screen.getByRole('region', { name: 'Leave a comment' });
const commentArticle = (name: string) => screen.getByRole('article', { name });
const mainForm = () => section().querySelector<HTMLFormElement>('[data-part="form"]')!;
const announcer = () => section().querySelector('[data-part="announcer"]')!;

describe('CommentBox: the thread', () => {
  it('is a region named by its title, with the count in a heading one level below', () => {
    render(<CommentBox comments={sampleComments} onSubmit={noSend} />);
    expect(section().tagName).toBe('SECTION');
    expect(screen.getByRole('heading', { level: 2, name: 'Leave a comment' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '9 comments' })).toBeInTheDocument();
  });

  it('writes the count with the plural rules of the locale', () => {
    const { rerender } = render(<CommentBox comments={[comment('a')]} onSubmit={noSend} />);
    expect(screen.getByRole('heading', { name: '1 comment' })).toBeInTheDocument();
    rerender(<CommentBox comments={[comment('a')]} onSubmit={noSend} locale="de" messages={de} />);
    expect(screen.getByRole('heading', { name: '1 Kommentar' })).toBeInTheDocument();
    rerender(
      <CommentBox comments={manyComments(1200)} onSubmit={noSend} locale="de" messages={de} />,
    );
    expect(screen.getByRole('heading', { name: '1.200 Kommentare' })).toBeInTheDocument();
    rerender(<CommentBox comments={[]} onSubmit={noSend} totalCount={0} />);
    expect(screen.getByRole('heading', { name: '0 comments' })).toBeInTheDocument();
  });

  it('nests replies under their parent, from parentId', () => {
    render(<CommentBox comments={sampleComments} onSubmit={noSend} />);
    const first = screen.getByText(/Giving up on NATO/).closest('li')!;
    const replies = within(first).getAllByRole('list')[0];
    expect(replies).toHaveTextContent('Isn’t that why they want them legally binding');
    expect(replies).toHaveTextContent('Harder, yes. Impossible, no.');
    const jonas = commentArticle('Jonas Weber').closest('li')!;
    expect(within(jonas).getByText(/Japan is on the list/)).toBeInTheDocument();
    expect(within(jonas).queryByText(/Giving up on NATO/)).toBeNull();
  });

  it('indents replies up to maxDepth, then lists them beside their parent "in reply to" it', async () => {
    const { container, rerender } = render(
      <CommentBox comments={deepComments} onSubmit={noSend} />,
    );
    const depthOf = (element: Element) => {
      let depth = 0;
      for (let list = element.closest('ol'); list; list = list.parentElement!.closest('ol'))
        depth += 1;
      return depth - 1;
    };
    const articles = () => [...container.querySelectorAll('article')];
    // The five replies at the last level: three, then the rest behind a button.
    expect(articles().map(depthOf)).toEqual([0, 1, 2, 3, 3, 3]);
    await userEvent.click(screen.getByRole('button', { name: 'Show 2 more replies' }));
    expect(articles().map(depthOf)).toEqual([0, 1, 2, 3, 3, 3, 3, 3]);
    // Level 4 answers level 3's author, and so on down the chain.
    const level4 = screen.getByText(/Reply at level 4/).closest('article')!;
    expect(level4).toHaveTextContent(`In reply to ${deepComments[3].author.name}`);
    const level3 = screen.getByText(/Reply at level 3/).closest('article')!;
    expect(level3).not.toHaveTextContent('In reply to');

    rerender(<CommentBox comments={deepComments} maxDepth={1} onSubmit={noSend} />);
    expect(articles().map(depthOf)).toEqual([0, 1, 1, 1]);
    await userEvent.click(screen.getByRole('button', { name: 'Show 4 more replies' }));
    expect(articles().map(depthOf)).toEqual([0, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('shows every comment exactly once: orphans at the top, cycles cut, duplicates dropped', () => {
    const { container } = render(<CommentBox comments={hostileComments} onSubmit={noSend} />);
    const ids = [...container.querySelectorAll('article')].map((article) =>
      article.id.replace(/^comment-/, ''),
    );
    expect(ids.sort()).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h9']);
    expect(screen.getAllByText('My parent was deleted.')).toHaveLength(1);
    expect(screen.getAllByText('I reply to h4…')).toHaveLength(1);
    expect(screen.getAllByText('…and h4 replies to h3.')).toHaveLength(1);
    expect(screen.queryByText('Same id as the first: not shown.')).toBeNull();
    // The orphan and the self-reply sit at the top level.
    const topLevel = container.querySelector('[data-part="thread"]')!;
    for (const id of ['h2', 'h5']) {
      expect(container.querySelector(`#comment-${id}`)!.closest('ol')).toBe(topLevel);
    }
    expect(screen.getByRole('heading', { name: '6 comments' })).toBeInTheDocument();
  });

  it('never throws on data that is not a list of comments', () => {
    for (const junk of [null, undefined, 42, 'text', {}, [null, [], {}, { id: {} }]]) {
      const { unmount } = render(
        <CommentBox comments={junk as unknown as Comment[]} onSubmit={noSend} />,
      );
      expect(screen.getByText('No comments yet. Be the first to comment.')).toBeInTheDocument();
      unmount();
    }
  });

  it('checks a list once and builds its thread once, whatever the cycles', () => {
    const list = [...hostileComments];
    expect(normalizeComments(list)).toBe(normalizeComments(list));
    expect(buildThread(list)).toBe(buildThread(list));
    expect(buildThread(list, 1)).not.toBe(buildThread(list));
    // A cycle with no way out: a, b and c answer one another; each shows once.
    const ring = [
      comment('a', { parentId: 'c' }),
      comment('b', { parentId: 'a' }),
      comment('c', { parentId: 'b' }),
    ];
    const thread = buildThread(ring);
    const seen: string[] = [];
    const walk = (nodes: typeof thread.roots) =>
      nodes.forEach((node) => {
        seen.push(node.comment.id);
        walk(node.replies);
      });
    walk(thread.roots);
    expect(seen.sort()).toEqual(['a', 'b', 'c']);
    expect(thread.roots).toHaveLength(1);
  });

  it('shows author, an absolute date in a fixed time zone, and the text as written', () => {
    const { container, rerender } = render(
      <CommentBox comments={sampleComments} onSubmit={noSend} />,
    );
    const marta = screen.getAllByRole('article', { name: 'Marta Kowalska' })[0];
    const time = marta.querySelector('time')!;
    expect(time).toHaveAttribute('datetime', '2025-06-14T10:12:00.000Z');
    expect(time).toHaveTextContent('June 14, 2025 at 10:12 AM UTC');
    // Line breaks stay: blank lines make paragraphs.
    const twoParagraphs = screen.getByText('Harder, yes. Impossible, no.').closest('article')!;
    expect(twoParagraphs.querySelectorAll('p')).toHaveLength(2);
    rerender(<CommentBox comments={sampleComments} onSubmit={noSend} timeZone="Asia/Tokyo" />);
    expect(container.querySelector('time')).toHaveTextContent('June 15, 2025 at 2:20 AM GMT+9');
  });

  it('leaves the zone out of its dates when the provider says it is the reader’s', () => {
    const { container } = renderWithProvider(
      <CommentBox comments={sampleComments} onSubmit={noSend} />,
      { timeZone: 'Asia/Tokyo', showTimeZone: false },
    );
    expect(container.querySelector('time')).toHaveTextContent(/^June 15, 2025 at 2:20 AM$/);
  });

  it('takes showTimeZone of its own, for pages no provider reaches', () => {
    const { container } = render(
      <CommentBox
        comments={sampleComments}
        onSubmit={noSend}
        timeZone="Asia/Tokyo"
        showTimeZone={false}
      />,
    );
    expect(container.querySelector('time')).toHaveTextContent(/^June 15, 2025 at 2:20 AM$/);
  });

  it('keeps single line breaks in the text', () => {
    render(
      <CommentBox comments={[comment('a', { body: 'Line one\nLine two' })]} onSubmit={noSend} />,
    );
    expect(screen.getByText(/Line one/).textContent).toBe('Line one\nLine two');
  });

  it('shows markup and script in a body as text, and links only http(s) addresses', () => {
    const { container } = render(<CommentBox comments={hostileComments} onSubmit={noSend} />);
    expect(container.querySelector('script, b, img[src="x"]')).toBeNull();
    expect(
      screen.getByText(
        '<script>alert("owned")</script> and <b>bold</b> <img src=x onerror=alert(1)>',
      ),
    ).toBeInTheDocument();
    for (const link of container.querySelectorAll('[data-part="body"] a')) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    expect(screen.getByText(/javascript:alert\(1\) or/).querySelector('a')).toBeNull();
  });

  it('turns http(s) addresses into links that pass nothing on, leaving punctuation out', () => {
    render(<CommentBox comments={sampleComments} onSubmit={noSend} />);
    const link = screen.getByRole('link', {
      name: 'https://www.example.org/guarantees/draft-2025.pdf',
    });
    expect(link).toHaveAttribute('href', 'https://www.example.org/guarantees/draft-2025.pdf');
    expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
    expect(link.parentElement).toHaveTextContent(/draft-2025\.pdf\.$/);
  });

  it('draws an avatar only from a safe address, as decoration', () => {
    const { container } = render(<CommentBox comments={sampleComments} onSubmit={noSend} />);
    const avatar = container.querySelector('img[data-part="avatar"]')!;
    expect(avatar).toHaveAttribute('src', sampleComments[0].author.avatar!.src);
    expect(avatar).toHaveAttribute('alt', '');
    const { container: hostile } = render(
      <CommentBox comments={hostileComments} onSubmit={noSend} />,
    );
    expect(hostile.querySelector('img')).toBeNull();
  });

  it('marks comments that await moderation', () => {
    render(<CommentBox comments={sampleComments} onSubmit={noSend} />);
    const pending = commentArticle('Priya Nair');
    expect(pending).toHaveTextContent('Awaiting moderation');
    expect(pending).toHaveAttribute('data-pending');
    expect(commentArticle('Sam Rivera')).not.toHaveTextContent('Awaiting moderation');
  });

  it('sorts newest first by default, and oldest first when the reader asks', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(<CommentBox comments={sampleComments} onSubmit={noSend} onSortChange={onSortChange} />);
    const topLevel = () =>
      [...section().querySelectorAll('[data-part="thread"] > li > article')].map((article) =>
        article.id.replace(/^comment-/, ''),
      );
    expect(topLevel()).toEqual(['c7', 'c6', 'c4', 'c1']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort comments' }), 'oldest');
    expect(topLevel()).toEqual(['c1', 'c4', 'c6', 'c7']);
    expect(onSortChange).toHaveBeenCalledWith('oldest');
  });

  it('obeys an app that owns the order, and starts from defaultSort', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    const { unmount } = render(
      <CommentBox
        comments={sampleComments}
        onSubmit={noSend}
        sort="oldest"
        onSortChange={onSortChange}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Sort comments' });
    await user.selectOptions(select, 'newest');
    expect(onSortChange).toHaveBeenCalledWith('newest');
    expect(select).toHaveValue('oldest');
    expect(section().querySelector('article')).toHaveAttribute('id', 'comment-c1');
    unmount();
    render(<CommentBox comments={sampleComments} onSubmit={noSend} defaultSort="oldest" />);
    expect(section().querySelector('article')).toHaveAttribute('id', 'comment-c1');
  });

  it('says so when there are no comments', () => {
    render(<CommentBox onSubmit={noSend} />);
    expect(screen.getByText('No comments yet. Be the first to comment.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('replaces the form with a notice when closed, and keeps the thread', () => {
    render(<CommentBox comments={sampleComments} onSubmit={noSend} closed />);
    expect(screen.getByText('Comments are closed.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Reply/ })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(9);
  });
});

describe('CommentBox: replies', () => {
  it('opens the form under the comment, one at a time, and sends the parent id', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async (draft: CommentDraft) =>
      comment('r1', { ...draft, author: { name: draft.name } }),
    );
    render(<CommentBox comments={sampleComments} onSubmit={onSubmit} />);
    const reply = screen.getByRole('button', { name: 'Reply to Jonas Weber' });
    expect(reply).toHaveAccessibleName(/^Reply/);
    expect(reply).toHaveAttribute('aria-expanded', 'false');
    await user.click(reply);
    expect(reply).toHaveAttribute('aria-expanded', 'true');
    const jonas = commentArticle('Jonas Weber').closest('li')!;
    const form = jonas.querySelector<HTMLElement>('[data-part="reply-form"]')!;
    expect(form).toHaveTextContent('Replying to Jonas Weber');
    expect(reply).toHaveAttribute('aria-controls', form.id);
    // The first empty field takes focus.
    expect(nameField(form)).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Reply to Sam Rivera' }));
    expect(section().querySelectorAll('[data-part="reply-form"]')).toHaveLength(1);
    expect(commentArticle('Sam Rivera').closest('li')).toContainElement(
      section().querySelector<HTMLElement>('[data-part="reply-form"]'),
    );

    const open = section().querySelector<HTMLElement>('[data-part="reply-form"]')!;
    await user.type(nameField(open), 'Ada');
    await user.type(bodyField(open), 'Agreed.');
    await user.click(submitButton(open));
    expect(onSubmit).toHaveBeenCalledWith(
      { name: 'Ada', body: 'Agreed.', parentId: 'c6' },
      expect.objectContaining({ key: expect.any(String), signal: expect.any(AbortSignal) }),
    );
    // The reply appears under its parent, the form closes and focus follows the reply.
    await waitFor(() => expect(commentArticle('Ada')).toHaveFocus());
    expect(commentArticle('Sam Rivera').closest('li')).toContainElement(commentArticle('Ada'));
    expect(section().querySelector('[data-part="reply-form"]')).toBeNull();
    expect(announcer()).toHaveTextContent('Your comment has been posted.');
  });

  it('closes on Escape and on Cancel, giving focus back to its Reply button', async () => {
    const user = userEvent.setup();
    render(<CommentBox comments={sampleComments} onSubmit={noSend} />);
    const reply = screen.getByRole('button', { name: 'Reply to Jonas Weber' });
    await user.click(reply);
    await user.keyboard('Ada');
    await user.keyboard('{Escape}');
    expect(section().querySelector('[data-part="reply-form"]')).toBeNull();
    expect(reply).toHaveFocus();
    expect(reply).toHaveAttribute('aria-expanded', 'false');

    // What was typed is still there when the form opens again.
    await user.click(reply);
    const form = section().querySelector<HTMLElement>('[data-part="reply-form"]')!;
    expect(nameField(form)).toHaveValue('Ada');
    expect(bodyField(form)).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Cancel reply' }));
    expect(section().querySelector('[data-part="reply-form"]')).toBeNull();
    expect(reply).toHaveFocus();
  });

  it('keeps the words of each reply form to its own comment', async () => {
    const user = userEvent.setup();
    render(<CommentBox comments={sampleComments} onSubmit={noSend} />);
    await user.click(screen.getByRole('button', { name: 'Reply to Jonas Weber' }));
    await user.keyboard('Ada');
    await user.click(screen.getByRole('button', { name: 'Reply to Sam Rivera' }));
    const form = section().querySelector<HTMLElement>('[data-part="reply-form"]')!;
    expect(form).toHaveTextContent('Replying to Sam Rivera');
    expect(nameField(form)).toHaveValue('');
  });

  it('offers no reply to a comment awaiting moderation', () => {
    render(<CommentBox comments={sampleComments} onSubmit={noSend} />);
    expect(screen.queryByRole('button', { name: 'Reply to Priya Nair' })).toBeNull();
  });
});

describe('CommentBox: the form', () => {
  it('has its polite status regions in the page from the first render, empty', () => {
    const { html } = renderToHtml(<CommentBox onSubmit={noSend} onLoadMore={noSend} hasMore />);
    const page = document.createElement('div');
    page.innerHTML = html;
    for (const part of ['announcer', 'submit-error', 'count-status', 'load-status']) {
      const region = page.querySelector(`[data-part="${part}"]`);
      expect(region, part).toHaveAttribute('role', 'status');
      expect(region!.textContent, part).toBe('');
    }
  });

  it('has visible labels, an optional email field for autofill, and a growing comment field', () => {
    render(<CommentBox onSubmit={noSend} />);
    expect(nameField()).toHaveAttribute('autocomplete', 'name');
    const email = screen.getByLabelText('Email address (optional)');
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    expect(email).toHaveAccessibleDescription('We will not publish your email address.');
    expect(bodyField().tagName).toBe('TEXTAREA');
    expect(bodyField()).toHaveAccessibleDescription('You can enter up to 5,000 characters');
    for (const field of [nameField(), email, bodyField()]) {
      expect(section().querySelector(`label[for="${field.id}"]`)).toBeVisible();
    }
    expect(mainForm()).toHaveAttribute('novalidate');
  });

  it('validates on submit: an error summary takes focus and links to each field', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(noSend);
    render(<CommentBox onSubmit={onSubmit} requireEmail />);
    expect(screen.getByLabelText('Email address')).toBeInTheDocument();
    await user.type(nameField(), '   ');
    await user.type(bodyField(), ' \n ');
    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();

    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Enter your name',
      'Enter your email address',
      'Enter your comment',
    ]);
    expect(nameField()).toHaveAttribute('aria-invalid', 'true');
    expect(nameField()).toHaveAccessibleDescription('Error: Enter your name');
    expect(bodyField()).toHaveAccessibleDescription(
      'Error: Enter your comment You can enter up to 5,000 characters',
    );
    // What was typed stays, white space and all.
    expect(nameField()).toHaveValue('   ');

    await user.click(links[2]);
    expect(bodyField()).toHaveFocus();
  });

  it('asks for an email address in the right format when one is given', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(noSend);
    render(<CommentBox onSubmit={onSubmit} />);
    await user.type(nameField(), 'Ada');
    await user.type(emailField(), 'ada.example.com');
    await user.type(bodyField(), 'Hello');
    await user.click(submitButton());
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveTextContent(
      'Enter an email address in the correct format, like name@example.com',
    );
    expect(onSubmit).not.toHaveBeenCalled();
    await user.clear(emailField());
    await user.type(emailField(), ' ada@example.com ');
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledWith(
      {
        name: 'Ada',
        email: 'ada@example.com',
        body: 'Hello',
        parentId: null,
      },
      expect.objectContaining({ key: expect.any(String), signal: expect.any(AbortSignal) }),
    );
  });

  it('counts characters as the reader types and reads the count out once typing pauses', async () => {
    const user = userEvent.setup();
    const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
    render(<CommentBox onSubmit={noSend} maxLength={10} />);
    const visible = section().querySelector('[data-part="count"]')!;
    const spoken = section().querySelector('[data-part="count-status"]')!;
    expect(visible).toHaveTextContent('You have 10 characters remaining');
    expect(visible).toHaveAttribute('aria-hidden', 'true');
    expect(spoken).toHaveAttribute('role', 'status');
    await user.type(bodyField(), 'Hello😀 ab');
    expect(visible).toHaveTextContent('You have 1 character remaining');
    expect(spoken).toHaveTextContent('');
    await pause(500);
    await user.type(bodyField(), 'c');
    await pause(600);
    // Still typing, as far as the count knows: nothing read out yet.
    expect(spoken).toHaveTextContent('');
    await waitFor(() => expect(spoken).toHaveTextContent('You have 0 characters remaining'));
  });

  it('never cuts pasted text, and refuses a comment over the limit with the count', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(noSend);
    render(<CommentBox onSubmit={onSubmit} />);
    const long = 'x'.repeat(5003);
    await user.type(nameField(), 'Ada');
    await user.click(bodyField());
    await user.paste(long);
    expect(bodyField()).toHaveValue(long);
    expect(bodyField()).not.toHaveAttribute('maxlength');
    const visible = section().querySelector('[data-part="count"]')!;
    expect(visible).toHaveTextContent('You have 3 characters too many');
    expect(visible).toHaveAttribute('data-over');
    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveTextContent(
      'Comment must be 5,000 characters or fewer',
    );
    expect(bodyField()).toHaveValue(long);
  });

  it('sends once, however often it is clicked or Ctrl+Enter is pressed, and shows progress', async () => {
    const user = userEvent.setup();
    const sending = deferred<Comment>();
    const onSubmit = vi.fn(() => sending.promise);
    render(<CommentBox onSubmit={onSubmit} />);
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'First!');
    await user.dblClick(submitButton());
    await user.click(submitButton());
    await user.type(bodyField(), '{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const button = submitButton();
    expect(button).toHaveTextContent('Posting…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(mainForm()).toHaveAttribute('data-state', 'submitting');
    await act(async () =>
      sending.resolve(comment('new', { author: { name: 'Ada' }, body: 'First!' })),
    );
    expect(submitButton()).toHaveTextContent('Post comment');
  });

  it('sends with Ctrl+Enter or Cmd+Enter from the comment field', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(noSend);
    render(<CommentBox onSubmit={onSubmit} />);
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'Quick one');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(bodyField()).toHaveValue(''));
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'Another');
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    expect(onSubmit).toHaveBeenCalledTimes(2);
    // A plain Enter is a new line.
    await user.type(bodyField(), 'a{Enter}b');
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('on success clears the comment, keeps name and email, shows the comment, announces it and moves focus to it', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async (draft: CommentDraft) =>
      comment('server-1', {
        author: { name: draft.name },
        body: draft.body,
        createdAt: '2025-06-20T08:00:00Z',
      }),
    );
    render(<CommentBox comments={sampleComments} onSubmit={onSubmit} />);
    await user.type(nameField(), 'Ada');
    await user.type(emailField(), 'ada@example.com');
    await user.type(bodyField(), 'Well argued.');
    await user.click(submitButton());
    const mine = await screen.findByRole('article', { name: 'Ada' });
    expect(mine).toHaveAttribute('id', 'comment-server-1');
    expect(mine).not.toHaveTextContent('Awaiting moderation');
    await waitFor(() => expect(mine).toHaveFocus());
    // The reader's name and address stay for the next comment.
    expect(nameField()).toHaveValue('Ada');
    expect(emailField()).toHaveValue('ada@example.com');
    expect(bodyField()).toHaveValue('');
    expect(announcer()).toHaveTextContent('Your comment has been posted.');
    expect(screen.getByRole('heading', { name: '10 comments' })).toBeInTheDocument();
    // Newest first: the reader's comment leads the thread.
    expect(section().querySelector('[data-part="thread"] article')).toBe(mine);
  });

  it('starts from defaultDraft, and keeps its name and email after a send', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(noSend);
    render(
      <CommentBox
        onSubmit={onSubmit}
        defaultDraft={{ name: 'Ada', email: 'ada@example.com', body: 'Prefilled' }}
      />,
    );
    expect(bodyField()).toHaveValue('Prefilled');
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledWith(
      {
        name: 'Ada',
        email: 'ada@example.com',
        body: 'Prefilled',
        parentId: null,
      },
      expect.objectContaining({ key: expect.any(String), signal: expect.any(AbortSignal) }),
    );
    await screen.findByRole('article', { name: 'Ada' });
    expect(nameField()).toHaveValue('Ada');
    expect(emailField()).toHaveValue('ada@example.com');
    expect(bodyField()).toHaveValue('');
  });

  it('shows a comment awaiting moderation when onSubmit resolves with nothing or with pending', async () => {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn<(draft: CommentDraft) => Promise<Comment | void>>()
      .mockResolvedValueOnce(undefined)
      .mockImplementationOnce(async (draft) =>
        comment('p2', { author: { name: draft.name }, body: draft.body, status: 'pending' }),
      );
    render(<CommentBox onSubmit={onSubmit} />);
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'Line one\nLine two');
    await user.click(submitButton());
    const mine = await screen.findByRole('article', { name: 'Ada' });
    expect(mine).toHaveTextContent('Awaiting moderation');
    expect(screen.getByText(/Line one/).textContent).toBe('Line one\nLine two');
    expect(announcer()).toHaveTextContent('Thank you. Your comment is awaiting moderation.');
    expect(mainForm()).toHaveTextContent('Thank you. Your comment is awaiting moderation.');

    await user.clear(nameField());
    await user.type(nameField(), 'Bea');
    await user.type(bodyField(), 'Second');
    await user.click(submitButton());
    expect(await screen.findByRole('article', { name: 'Bea' })).toHaveTextContent(
      'Awaiting moderation',
    );
  });

  it('on failure keeps every field exactly as typed, says so, and sends again on Try again', async () => {
    const user = userEvent.setup();
    const retry = deferred<void>();
    const onSubmit = vi
      .fn<(draft: CommentDraft) => Promise<Comment | void>>()
      .mockRejectedValueOnce(new Error('503'))
      .mockReturnValueOnce(retry.promise);
    render(<CommentBox onSubmit={onSubmit} requireEmail />);
    await user.type(nameField(), '  Ada Lovelace ');
    await user.type(emailField(), 'ada@example.com');
    await user.type(bodyField(), 'First line\n\n  indented second  ');
    await user.click(submitButton());

    const error = await screen.findByText('Your comment could not be posted. Try again.');
    expect(error).toHaveAttribute('role', 'status');
    expect(nameField()).toHaveValue('  Ada Lovelace ');
    expect(emailField()).toHaveValue('ada@example.com');
    expect(bodyField()).toHaveValue('First line\n\n  indented second  ');
    expect(screen.queryByRole('article')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
    // The Try again button goes while the comment is on its way: focus waits on Post comment.
    expect(submitButton()).toHaveFocus();
    expect(onSubmit.mock.calls[1][0]).toEqual(onSubmit.mock.calls[0][0]);
    await act(async () => retry.resolve());
    expect(await screen.findByRole('article', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(error).toHaveTextContent('');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('treats a synchronous throw and a timeout as failures', async () => {
    const user = userEvent.setup();
    const throws = vi.fn(() => {
      throw new Error('bug');
    });
    const { unmount } = render(<CommentBox onSubmit={throws} />);
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'Hi');
    await user.click(submitButton());
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(bodyField()).toHaveValue('Hi');
    unmount();

    const never = vi.fn(() => new Promise<void>(() => {}));
    render(<CommentBox onSubmit={never} timeout={50} />);
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'Hi');
    await user.click(submitButton());
    expect(submitButton()).toHaveTextContent('Posting…');
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(submitButton()).toHaveTextContent('Post comment');
    expect(bodyField()).toHaveValue('Hi');
  });
});

describe('CommentBox: drafts', () => {
  it('keeps name and comment under draftKey, across unmount and remount', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<CommentBox onSubmit={noSend} draftKey="draft-a" />);
    await user.type(nameField(), 'Ada');
    await user.type(emailField(), 'ada@example.com');
    await user.type(bodyField(), 'Half a thought');
    // Unmounted before the debounced save: it is saved on the way out.
    unmount();
    expect(JSON.parse(localStorage.getItem('draft-a')!)).toEqual({
      name: 'Ada',
      body: 'Half a thought',
    });
    render(<CommentBox onSubmit={noSend} draftKey="draft-a" />);
    await waitFor(() => expect(bodyField()).toHaveValue('Half a thought'));
    expect(nameField()).toHaveValue('Ada');
    // The email address is never stored.
    expect(emailField()).toHaveValue('');
  });

  it('saves each keystroke as the reader types', async () => {
    const user = userEvent.setup();
    render(<CommentBox onSubmit={noSend} draftKey="draft-b" />);
    await user.type(bodyField(), 'Save');
    expect(JSON.parse(localStorage.getItem('draft-b')!)).toEqual({ name: '', body: 'Save' });
    await user.type(bodyField(), 'd');
    expect(JSON.parse(localStorage.getItem('draft-b')!)).toEqual({ name: '', body: 'Saved' });
  });

  it('clears the draft after a successful send', async () => {
    const user = userEvent.setup();
    localStorage.setItem('draft-c', JSON.stringify({ name: 'Ada', body: 'Ready to go' }));
    render(<CommentBox onSubmit={noSend} draftKey="draft-c" />);
    await waitFor(() => expect(bodyField()).toHaveValue('Ready to go'));
    await user.click(submitButton());
    await screen.findByRole('article', { name: 'Ada' });
    // The name stays for the next comment; the comment that went is gone from the draft.
    expect(JSON.parse(localStorage.getItem('draft-c')!)).toEqual({ name: 'Ada', body: '' });
    expect(bodyField()).toHaveValue('');
  });

  it('restores the draft after hydration, so server and client HTML agree', async () => {
    localStorage.setItem('draft-d', JSON.stringify({ name: 'Ada', body: 'From last time' }));
    const ui = <CommentBox onSubmit={noSend} draftKey="draft-d" />;
    expect(renderToHtml(ui).html).not.toContain('From last time');
    const container = await hydrateWithoutWarnings(ui);
    await waitFor(() =>
      expect(within(container).getByRole('textbox', { name: 'Comment' })).toHaveValue(
        'From last time',
      ),
    );
    container.remove();
  });

  it('ignores saved junk and storage that throws', async () => {
    const user = userEvent.setup();
    localStorage.setItem('draft-e', '{not json');
    const { unmount } = render(<CommentBox onSubmit={noSend} draftKey="draft-e" />);
    expect(bodyField()).toHaveValue('');
    unmount();

    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(fail);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(fail);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(fail);
    const onSubmit = vi.fn(noSend);
    const { unmount: unmountAgain } = render(<CommentBox onSubmit={onSubmit} draftKey="draft-f" />);
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'Still works');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await user.click(submitButton());
    expect(await screen.findByRole('article', { name: 'Ada' })).toBeInTheDocument();
    await user.type(bodyField(), 'Unsaved');
    unmountAgain();
    expect(Storage.prototype.setItem).toHaveBeenCalled();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('CommentBox: loading more', () => {
  /** An app with five comments, three shown; each load waits for `gate` and may fail first. */
  function Paged({ gate, failures }: { gate: Promise<void>; failures: { left: number } }) {
    const [comments, setComments] = useState(() => manyComments(3));
    return (
      <CommentBox
        comments={comments}
        onSubmit={noSend}
        defaultSort="oldest"
        hasMore={comments.length < 5}
        onLoadMore={async () => {
          await gate;
          if (failures.left > 0) {
            failures.left -= 1;
            throw new Error('offline');
          }
          setComments(manyComments(5));
        }}
      />
    );
  }

  it('shows progress, keeps focus, announces what came and moves on from the last page', async () => {
    const user = userEvent.setup();
    const gate = deferred<void>();
    render(<Paged gate={gate.promise} failures={{ left: 0 }} />);
    const button = screen.getByRole('button', { name: 'Show more comments' });
    await user.click(button);
    expect(button).toHaveFocus();
    expect(button).toHaveTextContent('Loading comments…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    await act(async () => gate.resolve());
    expect(await screen.findByText('2 more comments loaded')).toHaveAttribute('role', 'status');
    expect(screen.getAllByRole('article')).toHaveLength(5);
    // The last page is in: the button goes, and focus moves to the first new comment.
    expect(screen.queryByRole('button', { name: /Show more comments|Loading/ })).toBeNull();
    await waitFor(() => expect(commentArticle('Reader m3')).toHaveFocus());
  });

  it('shows an error and tries again', async () => {
    const user = userEvent.setup();
    const gate = deferred<void>();
    render(<Paged gate={gate.promise} failures={{ left: 1 }} />);
    await user.click(screen.getByRole('button', { name: 'Show more comments' }));
    await act(async () => gate.resolve());
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(retry).toHaveFocus();
    expect(retry).toHaveAccessibleDescription('More comments could not be loaded.');
    expect(screen.getAllByRole('article')).toHaveLength(3);
    await user.click(retry);
    expect(await screen.findByText('2 more comments loaded')).toBeInTheDocument();
  });
});

describe('CommentBox: scale', () => {
  it('renders a thread of 5,000 comments, each once', () => {
    const comments = manyComments(5000);
    const { container } = render(
      <CommentBox comments={comments} onSubmit={noSend} pageSize={Infinity} />,
    );
    expect(container.querySelectorAll('article')).toHaveLength(5000);
    expect(new Set([...container.querySelectorAll('article')].map((a) => a.id)).size).toBe(5000);
    expect(screen.getByRole('heading', { name: '5,000 comments' })).toBeInTheDocument();
  }, 60_000);

  it('does not re-render the thread while the reader types', async () => {
    const user = userEvent.setup();
    const renders = vi.mocked(formatDateTime);
    renders.mockClear();
    const { container } = render(
      <CommentBox
        comments={manyComments(2000)}
        onSubmit={noSend}
        pageSize={Infinity}
        now="2025-02-01T00:00:00Z"
      />,
    );
    expect(renders).toHaveBeenCalledTimes(2000);
    renders.mockClear();
    // By name attribute: role and label queries over 2,000 labelled comments take minutes in jsdom.
    const field = (name: string) => container.querySelector(`form [name="${name}"]`)!;
    await user.type(field('name'), 'Ada');
    await user.type(field('body'), 'Typing along');
    expect(field('body')).toHaveValue('Typing along');
    expect(renders).not.toHaveBeenCalled();
    // The counter counts: opening a reply form re-renders just the comment it opens under.
    await user.click(container.querySelector('[data-part="reply-button"]')!);
    expect(renders).toHaveBeenCalledTimes(1);
  }, 60_000);
});

describe('CommentBox: accessibility, server rendering and the rest', () => {
  it('has no axe violations with a thread, with errors, on failure and with a reply open', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {
      throw new Error('offline');
    });
    const { container } = renderWithProvider(
      <main>
        <CommentBox comments={sampleComments} onSubmit={onSubmit} onLoadMore={noSend} hasMore />
      </main>,
      { theme: darkTheme },
    );
    expect(await axe(container)).toHaveNoViolations();
    await user.click(submitButton(mainForm()));
    expect(await axe(container)).toHaveNoViolations();
    await user.type(nameField(mainForm()), 'Ada');
    await user.type(bodyField(mainForm()), 'Hi');
    await user.click(submitButton(mainForm()));
    await screen.findByRole('button', { name: 'Try again' });
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Reply to Jonas Weber' }));
    expect(await axe(container)).toHaveNoViolations();
    // Four axe runs over a whole thread: slow on a busy machine, not a measure of speed.
  }, 30_000);

  it('has no axe violations when empty, closed or hostile', async () => {
    const { container } = render(
      <main>
        <CommentBox onSubmit={noSend} />
        <CommentBox comments={sampleComments} onSubmit={noSend} closed title="Closed thread" />
        <CommentBox comments={hostileComments} onSubmit={noSend} title="Hostile thread" />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('server-renders the form, the thread and resilient styles with no provider', () => {
    const { html, styles } = renderToHtml(
      <CommentBox comments={sampleComments} onSubmit={noSend} draftKey="ssr" />,
    );
    expect(html).toContain('<section');
    expect(html).toContain('Leave a comment');
    expect(html).toContain('Giving up on NATO');
    expect(html).toMatch(/datetime="2025-06-14T10:12:00.000Z"/i);
    expect(styles).toContain('bs-comments');
    expect(styles).toContain('field-sizing');
    expectResilientStyles(styles);
  });

  it('hydrates server HTML with no warning', async () => {
    const container = await hydrateWithoutWarnings(
      <BroadsheetProvider>
        <CommentBox comments={sampleComments} onSubmit={noSend} timeZone="Europe/Berlin" />
      </BroadsheetProvider>,
    );
    expect(container.querySelector('section')).toHaveTextContent('Giving up on NATO');
    container.remove();
  });

  it('passes className, id, other attributes and its ref to the section, never its data', () => {
    const root = expectForwardsToRoot(
      (rootProps) => <CommentBox {...rootProps} comments={sampleComments} onSubmit={noSend} />,
      'SECTION',
    );
    expect(root).not.toHaveAttribute('comments');
  });

  it('takes its words from the provider or its own props, right to left included', () => {
    renderWithProvider(<CommentBox comments={sampleComments} onSubmit={noSend} />, {
      dir: 'rtl',
      lang: 'ar',
      locale: 'ar',
      messages: ar,
    });
    const box = screen.getByRole('region', { name: 'اترك تعليقًا' });
    expect(box.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(within(box).getByRole('textbox', { name: 'الاسم' })).toBeInTheDocument();
    expect(within(box).getAllByRole('button', { name: /^رد على/ }).length).toBeGreaterThan(0);
    expect(within(box).getByText('بانتظار موافقة المشرف')).toBeInTheDocument();
  });

  it('takes a title and a heading level of its own', () => {
    render(<CommentBox onSubmit={noSend} title="Your view" headingLevel={3} />);
    expect(screen.getByRole('region', { name: 'Your view' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Your view' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: '0 comments' })).toBeInTheDocument();
  });

  it('submits from a real form event too', () => {
    const onSubmit = vi.fn(noSend);
    render(<CommentBox onSubmit={onSubmit} />);
    fireEvent.submit(mainForm());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
  });
});
