// The rules both forms apply, in the browser and on the server alike. No React here: a Server
// Action, a route handler or an edge function imports this module through `broadsheet/forms`.

/** What went wrong with one field, for the component to word in the reader's language. */
export interface FieldProblem {
  /** `required`: empty; `invalid`: not in the expected form; `tooLong`: over `max`; `unknown`: not a choice offered. */
  code: 'required' | 'invalid' | 'tooLong' | 'unknown';
  /** The limit that `tooLong` broke. */
  max?: number;
  /** The app's own words, shown instead of the library's. */
  message?: string;
}

/** Anything a form can be read from: FormData, or URLSearchParams from a urlencoded body. */
export interface FormFields {
  get(name: string): unknown;
}

/** The most characters an email address may have (RFC 5321's path limit). */
export const EMAIL_MAX_LENGTH = 254;

// Something, an @, and a domain of two or more dot-separated labels, none of them empty: the
// mail server decides the rest.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A field's text as sent, or '' when it is missing or a file. */
export function fieldText(data: FormFields | null | undefined, name: string): string {
  let value: unknown;
  try {
    value = data?.get(name);
  } catch {
    // An object that only looks like FormData.
    return '';
  }
  return typeof value === 'string' ? value : '';
}

/**
 * How long a text is, as both halves count it: the Unicode code points of the trimmed text,
 * so an emoji counts as one character and spaces at either end not at all.
 */
export function characterCount(text: string): number {
  return [...text.trim()].length;
}

/** The problem with an email address, if any (after trimming). */
export function emailProblem(email: string, required: boolean): FieldProblem | undefined {
  const trimmed = email.trim();
  if (!trimmed) return required ? { code: 'required' } : undefined;
  if (trimmed.length > EMAIL_MAX_LENGTH) return { code: 'tooLong', max: EMAIL_MAX_LENGTH };
  return EMAIL.test(trimmed) ? undefined : { code: 'invalid' };
}

/** A key that names one draft for a server to drop a second post of it: 32 hex digits. */
export function newSubmissionKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// What a key posted back by the form may look like: anything else is not taken as a key.
const KEY = /^[\w-]{8,128}$/;

/** The posted key, when it looks like one. */
export function submissionKey(data: FormFields | null | undefined): string | undefined {
  const key = fieldText(data, 'key');
  return KEY.test(key) ? key : undefined;
}

/** True when the spam trap (the `website` field people never see) holds anything. */
export function trapFilled(data: FormFields | null | undefined): boolean {
  return fieldText(data, 'website') !== '';
}

/** A positive whole number, or the fallback. */
export function positiveInteger(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1
    ? Math.floor(value)
    : fallback;
}
