// The comment form with a function action, as a Server Action is passed, in Chromium: the
// action receives the form data; a refusal comes back as an error summary with the text kept;
// a success shows the comment and empties the field, and nothing reaches the address bar.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CommentBox, NewsletterSignup } from '../../src';
import {
  commentPosted,
  parseCommentForm,
  parseSubscribeForm,
  subscribeDone,
  type CommentFormState,
  type SubscribeFormState,
} from '../../src/forms';

describe('CommentBox with a function action', () => {
  it('hands the action the form data and shows its refusal with the text kept', async () => {
    const action = vi.fn(async (_: CommentFormState, data: FormData) => {
      const parsed = parseCommentForm(data, { maxLength: 10 });
      return parsed.ok ? commentPosted() : parsed.state;
    });
    const address = location.href;
    render(<CommentBox action={action} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Ada');
    await userEvent.type(screen.getByRole('textbox', { name: 'Comment' }), 'Rather more than ten');
    await userEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    const summary = await screen.findByRole('alert');
    expect(action).toHaveBeenCalledTimes(1);
    expect(action.mock.calls[0][1].get('name')).toBe('Ada');
    expect(summary).toHaveTextContent('Comment must be 10 characters or fewer');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('Rather more than ten');
    expect(location.href).toBe(address);
  });

  it('shows the posted comment and empties the comment field', async () => {
    const action = vi.fn(async (_: CommentFormState, data: FormData) =>
      commentPosted({
        id: 'posted-1',
        author: { name: String(data.get('name')) },
        body: String(data.get('body')),
        createdAt: '2025-06-14T10:00:00Z',
        status: 'pending',
      }),
    );
    render(<CommentBox action={action} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Bea');
    await userEvent.type(screen.getByRole('textbox', { name: 'Comment' }), 'Sent in Chromium');
    await userEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    const mine = await screen.findByRole('article', { name: 'Bea' });
    expect(mine).toHaveTextContent('Awaiting moderation');
    expect(document.activeElement).toBe(mine);
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Bea');
  });
});

describe('NewsletterSignup with a function action', () => {
  it('replaces the form with the confirmation, which takes focus', async () => {
    const action = vi.fn(async (_: SubscribeFormState, data: FormData) => {
      const parsed = parseSubscribeForm(data);
      return parsed.ok ? subscribeDone('pending', parsed.request) : parsed.state;
    });
    const { container } = render(<NewsletterSignup action={action} />);
    await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter your email address');
    await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), 'a@b.co');
    await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    const panel = await within(container).findByText('Check your inbox to confirm.');
    expect(panel.closest('[data-part="confirmation"]')).toBe(document.activeElement);
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
