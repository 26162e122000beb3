import type { Comment, CommentDraft } from '../model/types';
import {
  characterCount,
  emailProblem,
  fieldText,
  positiveInteger,
  submissionKey,
  trapFilled,
  type FieldProblem,
  type FormFields,
} from './rules';

/** Every field of the comment form as it was sent, so that nothing the reader typed is lost. */
export interface CommentFormValues {
  name: string;
  email: string;
  body: string;
  /** The comment replied to, or '' for a new thread. */
  parentId: string;
  /** The draft's submission key. */
  key: string;
}

/** Where a comment form stands: what it shows, and what a server hands back after a post. */
export interface CommentFormState {
  /** `idle`: nothing sent yet; `invalid`: see `errors`; `failed`: could not be stored; `posted`: sent. */
  status: 'idle' | 'invalid' | 'failed' | 'posted';
  values: CommentFormValues;
  errors: { name?: FieldProblem; email?: FieldProblem; body?: FieldProblem };
  /** With `posted`: the comment as stored (one with status `pending` awaits moderation). */
  comment?: Comment;
  /** The spam trap was filled: the form shows a bot its "success", and nothing is stored. */
  trap?: true;
  /** With `failed`: the app's own words for what went wrong. */
  message?: string;
}

export interface CommentFormOptions {
  /** Most characters a comment may have (default 5000), counted as `characterCount` does. */
  maxLength?: number;
  /** The email address must be given (default false). */
  requireEmail?: boolean;
  /**
   * The signed-in reader, whose name is used instead of a posted one; `null` when only
   * signed-in readers may comment and this one is not. Undefined: readers give a name.
   */
  viewer?: { name: string } | null;
}

/** A comment that may be stored, or the state to send back to the form. */
export type ParsedCommentForm =
  | { ok: true; draft: CommentDraft; key?: string; values: CommentFormValues }
  | { ok: false; state: CommentFormState };

/** The default longest comment, in characters. */
export const COMMENT_MAX_LENGTH = 5000;

/** The fields of a comment form as sent. */
export function commentValues(data: FormFields | null | undefined): CommentFormValues {
  return {
    name: fieldText(data, 'name'),
    email: fieldText(data, 'email'),
    body: fieldText(data, 'body'),
    parentId: fieldText(data, 'parentId'),
    key: fieldText(data, 'key'),
  };
}

/**
 * Checks a posted comment form with the rules the component applies in the browser. Never
 * throws, whatever it is given. A filled spam trap is refused with a state that looks like
 * success to the bot and says `trap: true` to the app.
 */
export function parseCommentForm(
  data: FormFields | null | undefined,
  options: CommentFormOptions = {},
): ParsedCommentForm {
  const values = commentValues(data);
  if (trapFilled(data)) {
    return {
      ok: false,
      state: { status: 'posted', values: blankBody(values), errors: {}, trap: true },
    };
  }
  const maxLength = positiveInteger(options.maxLength, COMMENT_MAX_LENGTH);
  const viewer = options.viewer;
  if (viewer === null) {
    return { ok: false, state: { status: 'failed', values, errors: {} } };
  }
  const name = (viewer && typeof viewer.name === 'string' ? viewer.name : values.name).trim();
  const email = values.email.trim();
  const body = values.body.trim();
  const errors: CommentFormState['errors'] = {};
  if (!name) errors.name = { code: 'required' };
  const emailError = emailProblem(email, options.requireEmail === true);
  if (emailError) errors.email = emailError;
  if (!body) errors.body = { code: 'required' };
  else if (characterCount(body) > maxLength) errors.body = { code: 'tooLong', max: maxLength };
  if (errors.name || errors.email || errors.body) {
    return { ok: false, state: { status: 'invalid', values, errors } };
  }
  const parentId = values.parentId.trim();
  const draft: CommentDraft = { name, body, parentId: parentId || null };
  if (email) draft.email = email;
  return { ok: true, draft, key: submissionKey(data), values };
}

/** The state after a comment was stored: the form empties its comment field. */
export function commentPosted(comment?: Comment): CommentFormState {
  const state: CommentFormState = {
    status: 'posted',
    values: { name: '', email: '', body: '', parentId: '', key: '' },
    errors: {},
  };
  if (comment) state.comment = comment;
  return state;
}

/** The state after a comment could not be stored: every value kept, the same key for a retry. */
export function commentFailed(
  data: FormFields | null | undefined,
  message?: string,
): CommentFormState {
  const state: CommentFormState = { status: 'failed', values: commentValues(data), errors: {} };
  if (typeof message === 'string' && message) state.message = message;
  return state;
}

function blankBody(values: CommentFormValues): CommentFormValues {
  return { ...values, body: '' };
}
