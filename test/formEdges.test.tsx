/**
 * The comment form at its edges: what a reader typed is never lost, sent twice or leaked,
 * whether the form posts to a URL, runs a function action (a Server Action) or calls the
 * app's handler, before hydration, during a send, after a timeout and across articles.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Activity } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommentBox, type Comment, type CommentBoxProps } from '../src';
import {
  commentFailed,
  commentPosted,
  parseCommentForm,
  type CommentFormState,
} from '../src/forms';
import { axe, deferred, hydrateWithoutWarnings, renderToHtml } from './helpers';
import { bodyField, comment, emailField, nameField, submitButton } from './commentHelpers';

afterEach(() => {
  // Pages a failed test left behind would confuse the next one's queries.
  for (const page of document.querySelectorAll('body > [data-server-page]')) page.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
  localStorage.clear();
});

type Send = NonNullable<CommentBoxProps['onSubmit']>;

const summary = () => screen.getByRole('alert');

/** Server HTML in the page, as a browser shows it before the script arrives. */
function serverPage(ui: React.ReactElement): HTMLElement {
  const { html } = renderToHtml(ui);
  const container = document.createElement('div');
  container.dataset.serverPage = '';
  container.innerHTML = html;
  document.body.appendChild(container);
  return container;
}

describe('The comment form posts, never as GET', () => {
  it('posts to an action URL with method post, every field by name, reply forms too', async () => {
    const page = serverPage(<CommentBox action="/comments" comments={[comment('c1')]} />);
    const form = page.querySelector('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/comments');
    const names = Array.from(form.elements, (element) => element.getAttribute('name')).filter(
      Boolean,
    );
    expect(names).toEqual(['name', 'email', 'body', 'key', 'website']);
    expect(within(form).getByRole('button', { name: 'Post comment' })).toBeEnabled();
    page.remove();

    render(<CommentBox action="/comments" comments={[comment('c1')]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Reply to Reader c1' }));
    const reply = document.querySelector<HTMLFormElement>('[data-part="reply-form"]')!;
    expect(reply).toHaveAttribute('method', 'post');
    expect(reply.elements.namedItem('parentId')).toHaveValue('c1');
  });

  it('posts with method post even with only a handler, and keeps its button off until hydrated', () => {
    const page = serverPage(<CommentBox onSubmit={async () => {}} />);
    const form = page.querySelector('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect(form).not.toHaveAttribute('action');
    expect(within(form).getByRole('button', { name: 'Post comment' })).toBeDisabled();
    page.remove();
  });

  it('with neither action nor handler, says it cannot send and keeps its button off', async () => {
    const container = await hydrateWithoutWarnings(<CommentBox />);
    expect(within(container).getByText('This form cannot be sent yet.')).toBeVisible();
    expect(submitButton(container)).toBeDisabled();
    container.remove();
  });

  it('never posts to a script URL', () => {
    const page = serverPage(<CommentBox action="javascript:alert(1)" />);
    expect(page.querySelector('form')).not.toHaveAttribute('action');
    expect(page.querySelector('form')).toHaveAttribute('method', 'post');
    page.remove();
  });

  it('lets the browser post to the URL once the checks pass, and stops it when they fail', async () => {
    render(<CommentBox action="/comments" />);
    const posted = vi.fn((event: Event) => event.defaultPrevented);
    document.addEventListener('submit', posted);
    await userEvent.click(submitButton());
    expect(posted).toHaveLastReturnedWith(true);
    expect(summary()).toHaveFocus();
    await userEvent.type(nameField(), 'Ada');
    await userEvent.type(bodyField(), 'Fine piece.');
    await userEvent.click(submitButton());
    expect(posted).toHaveLastReturnedWith(false);
    // A bot's post goes to the server too, whose parseCommentForm refuses it as a trap.
    fireEvent.change(document.querySelector('[name="website"]')!, { target: { value: 'x' } });
    await userEvent.clear(bodyField());
    await userEvent.click(submitButton());
    expect(posted).toHaveBeenCalledTimes(3);
    expect(posted).toHaveLastReturnedWith(false);
    document.removeEventListener('submit', posted);
  });
});

describe('Text typed before the script arrives', () => {
  it('survives hydration and is what is sent', async () => {
    const onSubmit = vi.fn<Send>(async () => {});
    const page = serverPage(<CommentBox onSubmit={onSubmit} />);
    (page.querySelector('[name="name"]') as HTMLInputElement).value = 'Early Reader';
    (page.querySelector('[name="body"]') as HTMLTextAreaElement).value = 'Typed before hydration';
    let root: ReturnType<typeof hydrateRoot>;
    await act(async () => {
      root = hydrateRoot(page, <CommentBox onSubmit={onSubmit} />);
    });
    expect(nameField(page)).toHaveValue('Early Reader');
    expect(page.querySelector('[data-part="count"]')).toHaveTextContent(
      `You have ${(5000 - 'Typed before hydration'.length).toLocaleString('en')} characters remaining`,
    );
    await userEvent.click(submitButton(page));
    expect(onSubmit).toHaveBeenCalledWith(
      { name: 'Early Reader', body: 'Typed before hydration', parentId: null },
      expect.objectContaining({ key: expect.any(String) }),
    );
    act(() => root.unmount());
    page.remove();
  });

  it('writes no key in server HTML, which may be cached for many readers, and makes one once hydrated', async () => {
    const onSubmit = vi.fn<Send>(() => Promise.reject(new Error('down')));
    const ui = <CommentBox onSubmit={onSubmit} />;
    const errors = vi.spyOn(console, 'error');
    const page = serverPage(ui);
    expect((page.querySelector('[name="key"]') as HTMLInputElement).value).toBe('');
    let root: ReturnType<typeof hydrateRoot>;
    await act(async () => {
      root = hydrateRoot(page, ui);
    });
    expect(errors).not.toHaveBeenCalled();
    const key = (page.querySelector('[name="key"]') as HTMLInputElement).value;
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    await userEvent.type(nameField(page), 'Ada');
    await userEvent.type(bodyField(page), 'Hi');
    await userEvent.click(submitButton(page));
    await userEvent.click(await within(page).findByRole('button', { name: 'Try again' }));
    expect(onSubmit.mock.calls.map(([, context]) => context.key)).toEqual([key, key]);
    act(() => root.unmount());
    page.remove();
  });
});

describe('A send in flight', () => {
  it('gives the handler a signal and a key; a timeout aborts, and Try again sends the same key', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const signals: AbortSignal[] = [];
    const onSubmit = vi.fn<Send>((_, { signal }) => {
      signals.push(signal);
      return new Promise(() => {});
    });
    render(<CommentBox onSubmit={onSubmit} timeout={5000} />);
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'Hello');
    await user.click(submitButton());
    await act(async () => vi.advanceTimersByTime(5000));
    expect(signals[0].aborted).toBe(true);
    expect(await screen.findByText('Your comment could not be posted. Try again.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
    const [first, second] = onSubmit.mock.calls.map(([, context]) => context.key);
    expect(second).toBe(first);
  });

  it('gives the next draft a new key after a success', async () => {
    const onSubmit = vi.fn<Send>(async () => {});
    render(<CommentBox onSubmit={onSubmit} />);
    await userEvent.type(nameField(), 'Ada');
    await userEvent.type(bodyField(), 'One');
    await userEvent.click(submitButton());
    await screen.findByRole('article', { name: 'Ada' });
    await userEvent.type(bodyField(), 'Two');
    await userEvent.click(submitButton());
    const [first, second] = onSubmit.mock.calls.map(([, context]) => context.key);
    expect(second).not.toBe(first);
  });

  it('keeps text typed during a send, in the field and in the saved draft', async () => {
    const answer = deferred<void>();
    render(<CommentBox onSubmit={() => answer.promise} draftKey="article-1" />);
    await userEvent.type(nameField(), 'Ada');
    await userEvent.type(bodyField(), 'First thought.');
    await userEvent.click(submitButton());
    await userEvent.type(bodyField(), ' And a second.');
    await act(async () => answer.resolve());
    expect(await screen.findByRole('article', { name: 'Ada' })).toHaveTextContent('First thought.');
    expect(bodyField()).toHaveValue('First thought. And a second.');
    expect(JSON.parse(localStorage.getItem('article-1')!)).toEqual({
      name: 'Ada',
      body: 'First thought. And a second.',
    });
  });

  it('comes back usable when hidden in an Activity mid-send, text and all', async () => {
    const answer = deferred<void>();
    const onSubmit = vi.fn<Send>(() => answer.promise);
    const page = (mode: 'visible' | 'hidden') => (
      <Activity mode={mode}>
        <CommentBox onSubmit={onSubmit} />
      </Activity>
    );
    const { rerender } = render(page('visible'));
    await userEvent.type(nameField(), 'Ada');
    await userEvent.type(bodyField(), 'Kept');
    await userEvent.click(submitButton());
    expect(onSubmit.mock.calls[0][1].signal.aborted).toBe(false);
    rerender(page('hidden'));
    expect(onSubmit.mock.calls[0][1].signal.aborted).toBe(true);
    rerender(page('visible'));
    expect(bodyField()).toHaveValue('Kept');
    expect(submitButton()).toHaveTextContent('Post comment');
    await userEvent.click(submitButton());
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });
});

describe('One instance, several articles', () => {
  it('moves the form to the new article on a new draftKey, saving each draft under its own key', async () => {
    localStorage.setItem('article-2', JSON.stringify({ name: 'Bea', body: 'Draft for two' }));
    const onSubmit = vi.fn<Send>(async () => {});
    const { rerender } = render(
      <CommentBox onSubmit={onSubmit} draftKey="article-1" comments={[comment('a1')]} />,
    );
    await userEvent.type(nameField(), 'Ada');
    await userEvent.type(bodyField(), 'Draft for one');
    await userEvent.click(submitButton());
    await screen.findByRole('article', { name: 'Ada' });
    await userEvent.type(bodyField(), 'Unsent');
    rerender(<CommentBox onSubmit={onSubmit} draftKey="article-2" comments={[comment('b1')]} />);
    await waitFor(() => expect(bodyField()).toHaveValue('Draft for two'));
    expect(nameField()).toHaveValue('Bea');
    // The comment sent under the first article is not shown under the second.
    expect(screen.queryByRole('article', { name: 'Ada' })).toBeNull();
    expect(JSON.parse(localStorage.getItem('article-2')!)).toEqual({
      name: 'Bea',
      body: 'Draft for two',
    });
    expect(JSON.parse(localStorage.getItem('article-1')!)).toEqual({ name: 'Ada', body: 'Unsent' });
  });

  it('counts only what a load brought, not the reader’s own comment sent meanwhile', async () => {
    const first = [comment('c1'), comment('c2')];
    function Page({ comments }: { comments: Comment[] }) {
      return (
        <CommentBox
          comments={comments}
          onSubmit={async () => {}}
          hasMore
          onLoadMore={async () => {}}
        />
      );
    }
    const { rerender } = render(<Page comments={first} />);
    await userEvent.type(nameField(), 'Ada');
    await userEvent.type(bodyField(), 'Mine');
    await userEvent.click(submitButton());
    await screen.findByRole('article', { name: 'Ada' });
    await userEvent.click(screen.getByRole('button', { name: 'Show more comments' }));
    rerender(<Page comments={[...first, comment('c3'), comment('c4'), comment('c5')]} />);
    const status = document.querySelector('[data-part="load-status"]')!;
    await waitFor(() => expect(status).toHaveTextContent('3 more comments loaded'));
  });

  it('counts the comments a load brought even when the list lost others meanwhile', async () => {
    function Page({ comments }: { comments: Comment[] }) {
      return <CommentBox comments={comments} hasMore onLoadMore={async () => {}} />;
    }
    const { rerender } = render(<Page comments={[comment('c1'), comment('c2')]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show more comments' }));
    // c2 was removed by a moderator; c3 and c4 came with the load.
    rerender(<Page comments={[comment('c1'), comment('c3'), comment('c4')]} />);
    const status = document.querySelector('[data-part="load-status"]')!;
    await waitFor(() => expect(status).toHaveTextContent('2 more comments loaded'));
  });
});

describe('Smaller edges', () => {
  it('leaves a reply form open on Escape while an input method is composing', async () => {
    render(<CommentBox onSubmit={async () => {}} comments={[comment('c1')]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Reply to Reader c1' }));
    const reply = document.querySelector<HTMLFormElement>('[data-part="reply-form"]')!;
    fireEvent.keyDown(bodyField(reply), { key: 'Escape', isComposing: true });
    expect(document.querySelector('[data-part="reply-form"]')).not.toBeNull();
    fireEvent.keyDown(bodyField(reply), { key: 'Escape', keyCode: 229 });
    expect(document.querySelector('[data-part="reply-form"]')).not.toBeNull();
    fireEvent.keyDown(bodyField(reply), { key: 'Escape' });
    expect(document.querySelector('[data-part="reply-form"]')).toBeNull();
  });

  it('refuses an address with an empty domain label, as the sign-up does', async () => {
    const onSubmit = vi.fn<Send>(async () => {});
    render(<CommentBox onSubmit={onSubmit} />);
    await userEvent.type(nameField(), 'Ada');
    await userEvent.type(emailField(), 'a@b..c');
    await userEvent.type(bodyField(), 'Hi');
    await userEvent.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(emailField()).toHaveAttribute('aria-invalid', 'true');
  });

  it('counts the trimmed text, as the server half does, and marks the field when over', async () => {
    render(<CommentBox onSubmit={async () => {}} maxLength={10} />);
    const count = () => document.querySelector('[data-part="count"]')!;
    await userEvent.type(bodyField(), '   abc   ');
    expect(count()).toHaveTextContent('You have 7 characters remaining');
    expect(bodyField()).not.toHaveAttribute('data-over');
    await userEvent.type(bodyField(), 'defghijk');
    expect(count()).toHaveTextContent('You have 4 characters too many');
    expect(bodyField()).toHaveAttribute('data-over');
  });

  it('reads the count out only while the reader is in the field', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<CommentBox onSubmit={async () => {}} />);
    const spoken = () => document.querySelector('[data-part="count-status"]')!;
    await user.type(bodyField(), 'Hello');
    await act(async () => vi.advanceTimersByTime(1000));
    expect(spoken()).toHaveTextContent('You have 4,995 characters remaining');
    await user.type(bodyField(), '!');
    await user.click(nameField());
    await act(async () => vi.advanceTimersByTime(1000));
    expect(spoken()).toBeEmptyDOMElement();
  });

  it('tells the app of a filled spam trap, shows the bot success and sends nothing', async () => {
    const onSubmit = vi.fn<Send>(async () => {});
    const onTrap = vi.fn();
    render(<CommentBox onSubmit={onSubmit} onTrap={onTrap} />);
    fireEvent.change(document.querySelector('[name="website"]')!, { target: { value: 'x' } });
    await userEvent.type(nameField(), 'Bot');
    await userEvent.type(bodyField(), 'Buy now');
    await userEvent.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onTrap).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Thank you. Your comment is awaiting moderation.')).toBeVisible();
    expect(screen.queryByRole('article', { name: 'Bot' })).toBeNull();
  });

  it('asks a signed-in reader for no name and says who is commenting', async () => {
    const onSubmit = vi.fn<Send>(async () => {});
    render(<CommentBox onSubmit={onSubmit} viewer={{ name: 'Sam Reader' }} />);
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(screen.getByText('Commenting as Sam Reader')).toBeVisible();
    await userEvent.type(bodyField(), 'Signed in');
    await userEvent.click(submitButton());
    expect(onSubmit).toHaveBeenCalledWith(
      { name: 'Sam Reader', body: 'Signed in', parentId: null },
      expect.anything(),
    );
  });
});

describe('A function action, as a Server Action is', () => {
  it('receives the form data; its refusal shows the error with the text kept', async () => {
    const action = vi.fn(async (_: CommentFormState, data: FormData) => {
      const parsed = parseCommentForm(data, { maxLength: 5 });
      return parsed.ok ? commentPosted() : parsed.state;
    });
    render(<CommentBox action={action} maxLength={50} />);
    await userEvent.type(nameField(), 'Ada');
    await userEvent.type(bodyField(), 'Longer than five');
    await userEvent.click(submitButton());
    await waitFor(() => expect(summary()).toHaveFocus());
    const data = action.mock.calls[0][1];
    expect(data.get('body')).toBe('Longer than five');
    expect(data.get('key')).toMatch(/^[0-9a-f]{32}$/);
    expect(within(summary()).getByRole('link')).toHaveTextContent(
      'Comment must be 5 characters or fewer',
    );
    expect(bodyField()).toHaveValue('Longer than five');
    expect(nameField()).toHaveValue('Ada');
  });

  it('shows the posted comment and empties the comment field on success', async () => {
    const action = vi.fn(async (_: CommentFormState, data: FormData) =>
      commentPosted(
        comment('s1', {
          author: { name: String(data.get('name')) },
          body: String(data.get('body')),
          status: 'pending',
        }),
      ),
    );
    render(<CommentBox action={action} />);
    await userEvent.type(nameField(), 'Ada');
    await userEvent.type(bodyField(), 'Via the server');
    await userEvent.click(submitButton());
    const mine = await screen.findByRole('article', { name: 'Ada' });
    expect(mine).toHaveTextContent('Awaiting moderation');
    expect(bodyField()).toHaveValue('');
  });

  it('shows a failure the action reports, in its own words, and keeps every field', async () => {
    const action = vi.fn(async (_: CommentFormState, data: FormData) =>
      commentFailed(data, 'The comments service is down.'),
    );
    render(<CommentBox action={action} />);
    await userEvent.type(nameField(), 'Ada');
    await userEvent.type(bodyField(), 'Keep me');
    await userEvent.click(submitButton());
    expect(await screen.findByText('The comments service is down.')).toBeVisible();
    expect(bodyField()).toHaveValue('Keep me');
  });

  it('treats an action that throws as a failure, not a crash', async () => {
    render(<CommentBox action={async () => Promise.reject(new Error('500'))} />);
    await userEvent.type(nameField(), 'Ada');
    await userEvent.type(bodyField(), 'Keep me');
    await userEvent.click(submitButton());
    expect(await screen.findByText('Your comment could not be posted. Try again.')).toBeVisible();
    expect(bodyField()).toHaveValue('Keep me');
  });
});

describe('A state from the server, after a post without JavaScript', () => {
  const refused = () => {
    const data = new FormData();
    data.set('name', 'Ada');
    data.set('email', 'ada@example..com');
    data.set('body', '   ');
    const parsed = parseCommentForm(data);
    if (parsed.ok) throw new Error('expected a refusal');
    return parsed.state;
  };

  it('renders its errors in the summary and beside the fields, with the values back, without script', async () => {
    const state = refused();
    const { html } = renderToHtml(<CommentBox action="/comments" state={state} />);
    const page = document.createElement('div');
    page.innerHTML = html;
    expect(page.querySelector('[data-part="error-summary"]')).toHaveTextContent(
      'Enter an email address in the correct format',
    );
    expect(page.querySelector('[name="name"]')).toHaveValue('Ada');
    expect(page.querySelector('[name="email"]')).toHaveValue('ada@example..com');
    expect(page.querySelector('[name="body"]')).toHaveAttribute('aria-invalid', 'true');
    expect(await axe(page)).toHaveNoViolations();
  });

  it('hydrates with no warning and focuses the summary', async () => {
    const container = await hydrateWithoutWarnings(
      <CommentBox action="/comments" state={refused()} />,
    );
    expect(within(container).getByRole('alert')).toHaveFocus();
    container.remove();
  });

  it('shows a comment the server reports posted in the thread', () => {
    render(
      <CommentBox
        action="/comments"
        state={commentPosted(comment('p1', { author: { name: 'Ada' }, status: 'pending' }))}
      />,
    );
    expect(screen.getByRole('article', { name: 'Ada' })).toHaveTextContent('Awaiting moderation');
  });

  it('opens the reply form a refused reply came from, with its text', () => {
    const data = new FormData();
    data.set('name', 'Ada');
    data.set('body', '');
    data.set('parentId', 'c1');
    const parsed = parseCommentForm(data);
    render(
      <CommentBox
        action="/comments"
        comments={[comment('c1')]}
        state={parsed.ok ? undefined : parsed.state}
      />,
    );
    const reply = document.querySelector<HTMLFormElement>('[data-part="reply-form"]')!;
    expect(nameField(reply)).toHaveValue('Ada');
    expect(within(reply).getByRole('alert')).toHaveTextContent('Enter your comment');
  });
});
