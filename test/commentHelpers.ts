// Shared by the comment tests: the form's parts found the way a reader finds them (by role
// and name), and a comment made to order.
import { within } from '@testing-library/react';
import type { Comment } from '../src';

export const nameField = (scope: HTMLElement = document.body) =>
  within(scope).getByRole('textbox', { name: 'Name' });
export const emailField = (scope: HTMLElement = document.body) =>
  within(scope).getByRole('textbox', { name: /^Email address/ });
export const bodyField = (scope: HTMLElement = document.body) =>
  within(scope).getByRole('textbox', { name: 'Comment' });
export const submitButton = (scope: HTMLElement = document.body) =>
  within(scope).getByRole('button', { name: /Post comment|Posting/ });

/** A published comment with the given id, its other fields filled in or given. */
export function comment(id: string, fields: Partial<Comment> = {}): Comment {
  return {
    id,
    author: { name: `Reader ${id}` },
    body: `Comment ${id}`,
    createdAt: '2025-06-14T10:00:00Z',
    status: 'published',
    ...fields,
  };
}
