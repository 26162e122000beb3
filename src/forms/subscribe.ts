import type { SubscribeRequest } from '../model/types';
import {
  emailProblem,
  fieldText,
  submissionKey,
  trapFilled,
  type FieldProblem,
  type FormFields,
} from './rules';

/** Every field of the sign-up form as it was sent. */
export interface SubscribeFormValues {
  email: string;
  /** The consent box was ticked. */
  consent: boolean;
  /** The list asked for, or ''. */
  list: string;
  /** The submission key. */
  key: string;
}

/** The outcomes of a sign-up that went through. */
export type SubscribeOutcome = 'subscribed' | 'pending' | 'already';

/** Where a sign-up form stands: what it shows, and what a server hands back after a post. */
export interface SubscribeFormState {
  /** `idle`, `invalid` (see `errors`), `failed`, or the outcome of a sign-up that went through. */
  status: 'idle' | 'invalid' | 'failed' | SubscribeOutcome;
  values: SubscribeFormValues;
  errors: { email?: FieldProblem; consent?: FieldProblem; list?: FieldProblem };
  /** The spam trap was filled: the form shows a bot its "success", and nothing is stored. */
  trap?: true;
  /** With `failed`: the app's own words for what went wrong. */
  message?: string;
}

export interface SubscribeFormOptions {
  /** The form shows the consent box, and it must be ticked (default false). */
  requireConsent?: boolean;
  /** The lists a reader may join; another `list` is refused. Without it any list is taken. */
  lists?: readonly string[];
}

/** A sign-up that may be recorded, or the state to send back to the form. */
export type ParsedSubscribeForm =
  | { ok: true; request: SubscribeRequest; key?: string; values: SubscribeFormValues }
  | { ok: false; state: SubscribeFormState };

/** The fields of a sign-up form as sent. */
export function subscribeValues(data: FormFields | null | undefined): SubscribeFormValues {
  return {
    email: fieldText(data, 'email'),
    consent: fieldText(data, 'consent') !== '',
    list: fieldText(data, 'list'),
    key: fieldText(data, 'key'),
  };
}

/**
 * Checks a posted sign-up form with the rules the component applies in the browser. Never
 * throws. `consent` is in the request only when the form asked for it, so "not asked" and
 * "refused" never look alike.
 */
export function parseSubscribeForm(
  data: FormFields | null | undefined,
  options: SubscribeFormOptions = {},
): ParsedSubscribeForm {
  const values = subscribeValues(data);
  if (trapFilled(data)) {
    return { ok: false, state: { status: 'subscribed', values, errors: {}, trap: true } };
  }
  const email = values.email.trim();
  const list = values.list.trim();
  const asked = options.requireConsent === true;
  const errors: SubscribeFormState['errors'] = {};
  const emailError = emailProblem(email, true);
  if (emailError) errors.email = emailError;
  if (asked && !values.consent) errors.consent = { code: 'required' };
  if (list && Array.isArray(options.lists) && !options.lists.includes(list)) {
    errors.list = { code: 'unknown' };
  }
  if (errors.email || errors.consent || errors.list) {
    return { ok: false, state: { status: 'invalid', values, errors } };
  }
  const request: SubscribeRequest = { email };
  if (asked) request.consent = true;
  if (list) request.list = list;
  return { ok: true, request, key: submissionKey(data), values };
}

/** The state after a sign-up went through. */
export function subscribeDone(
  status: SubscribeOutcome,
  request?: SubscribeRequest,
): SubscribeFormState {
  return {
    status,
    values: {
      email: request?.email ?? '',
      consent: request?.consent === true,
      list: request?.list ?? '',
      key: '',
    },
    errors: {},
  };
}

/** The state after a sign-up could not be recorded: every value kept. */
export function subscribeFailed(
  data: FormFields | null | undefined,
  message?: string,
): SubscribeFormState {
  const state: SubscribeFormState = { status: 'failed', values: subscribeValues(data), errors: {} };
  if (typeof message === 'string' && message) state.message = message;
  return state;
}
