import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ErrorSummary } from '../../internal/form/ErrorSummary';
import { Field } from '../../internal/form/Field';
import { useSubmission } from '../../internal/form/useSubmission';
import { formatMessage } from '../../internal/format';
import type { commentMessages } from '../../messages/en';
import { normalizeComment } from '../../model/comments';
import type { Comment, CommentDraft } from '../../model/types';
import { characterCount, countMessage, formatNumber } from './words';

/** What the reader has typed. */
export interface FormValues {
  name: string;
  email: string;
  body: string;
}

/** Drafts kept while the page is open, by form, so a closed reply form loses nothing. */
export type DraftMemory = Map<string, FormValues>;

export interface CommentFormProps {
  /** Starts the ids of the fields; unique on the page. */
  idPrefix: string;
  /** The form element's own id. */
  id?: string;
  /** The comment this form replies to, or null for a new thread. */
  parentId: string | null;
  /** Its author, shown as "Replying to NAME". */
  replyingTo?: string;
  onSubmit: (draft: CommentDraft) => Promise<Comment | void>;
  timeout?: number;
  requireEmail: boolean;
  maxLength: number;
  /** localStorage key for this form's draft. */
  storageKey?: string;
  /** What the fields start with; after a send the name and email go back to it. */
  initial: FormValues;
  memory: DraftMemory;
  messages: typeof commentMessages;
  locale: string;
  /** Level of the error summary's heading. */
  headingLevel: number;
  /** Told of the comment that was sent: the app's, or one made here from the draft. */
  onSent: (comment: Comment) => void;
  /**
   * Closes a reply form (Cancel, Escape). Given, the form is a reply form: it focuses the name
   * field when it appears, or the comment field once there is a name.
   */
  onCancel?: () => void;
}

type FieldName = keyof FormValues;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

let sentCount = 0;

/**
 * The comment form, as GOV.UK builds forms: visible labels, validation on submit with an
 * error summary that takes focus, and nothing the reader typed ever thrown away: a failed send
 * keeps every field as it was, and a draft is kept in memory and, with a storage key, in
 * localStorage.
 */
export function CommentForm({
  idPrefix,
  id,
  parentId,
  replyingTo,
  onSubmit,
  timeout,
  requireEmail,
  maxLength,
  storageKey,
  initial,
  memory,
  messages,
  locale,
  headingLevel,
  onSent,
  onCancel,
}: CommentFormProps) {
  const memoryKey = storageKey ?? idPrefix + parentId;
  const [values, setValues] = useState<FormValues>(() => memory.get(memoryKey) ?? initial);
  // What is wrong with each field after the last validation; a new object each time.
  const [errors, setErrors] = useState<Partial<Record<FieldName, string | false>>>({});
  const [spokenCount, setSpokenCount] = useState('');
  const submission = useSubmission(onSubmit, { timeout });
  const summary = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // The draft typed since the last save (null once saved), and the two debounce timers.
  const unsaved = useRef<FormValues | null>(null);
  const typed = useRef(false);
  const timers = useRef<{ save?: number; speak?: number }>({});

  const countText = (body: string) => {
    const left = maxLength - characterCount(body);
    return left < 0
      ? countMessage(
          messages.commentsCharactersTooManyOne,
          messages.commentsCharactersTooMany,
          -left,
          locale,
        )
      : countMessage(
          messages.commentsCharactersLeftOne,
          messages.commentsCharactersLeft,
          left,
          locale,
        );
  };

  // A saved draft is read after hydration, so the server's HTML and the first client render
  // agree; leaving before the debounced save saves now.
  useEffect(() => {
    const saved = storageKey && readDraft(storageKey);
    // Whatever the reader has typed meanwhile wins over the saved draft.
    if (saved && !typed.current) setValues((current) => ({ ...current, ...saved }));
    const pending = timers.current;
    return () => {
      clearTimeout(pending.save);
      clearTimeout(pending.speak);
      if (storageKey && unsaved.current) writeDraft(storageKey, unsaved.current);
    };
  }, [storageKey]);

  useEffect(() => {
    const fields = form.current!.elements;
    // The name, unless the reader gave it already: then straight to the comment.
    const name = fields.namedItem('name') as HTMLInputElement;
    if (onCancel) (name.value ? (fields.namedItem('body') as HTMLElement) : name).focus();
    // Only when the form first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // After each validation that found problems, the summary takes focus.
  useEffect(() => summary.current?.focus(), [errors]);

  const change = (field: FieldName, value: string) => {
    const next = { ...values, [field]: value };
    typed.current = true;
    unsaved.current = next;
    setValues(next);
    memory.set(memoryKey, next);
    const pending = timers.current;
    if (storageKey) {
      clearTimeout(pending.save);
      pending.save = window.setTimeout(() => {
        unsaved.current = null;
        writeDraft(storageKey, next);
      }, 400);
    }
    // The count is read out once typing pauses.
    if (field === 'body') {
      clearTimeout(pending.speak);
      pending.speak = window.setTimeout(() => setSpokenCount(countText(value)), 1000);
    }
  };

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (submission.status === 'submitting') return;
    // White space alone is empty.
    const name = values.name.trim();
    const email = values.email.trim();
    const body = values.body.trim();
    const found = {
      name: name ? '' : messages.errorNameRequired,
      email: email
        ? EMAIL.test(email)
          ? ''
          : messages.errorEmailInvalid
        : requireEmail && messages.errorEmailRequired,
      body: !body
        ? messages.errorBodyRequired
        : characterCount(values.body) > maxLength &&
          formatMessage(messages.errorBodyTooLong, { max: formatNumber(maxLength, locale) }),
    };
    setErrors(found);
    if (found.name || found.email || found.body) return;
    const draft: CommentDraft = { name, body, parentId };
    if (email) draft.email = email;
    submission.submit(draft)?.then((outcome) => {
      if (!outcome.ok) return;
      const pending = timers.current;
      clearTimeout(pending.save);
      clearTimeout(pending.speak);
      typed.current = false;
      unsaved.current = null;
      setValues({ ...initial, body: '' });
      setSpokenCount('');
      memory.delete(memoryKey);
      if (storageKey) writeDraft(storageKey, { name: '', email: '', body: '' });
      onSent(
        normalizeComment(outcome.value) ?? {
          id: `${idPrefix}sent-${(sentCount += 1)}`,
          parentId,
          author: { name },
          body,
          createdAt: new Date().toISOString(),
          status: 'pending',
        },
      );
    });
  };

  // Escape closes a reply form; Ctrl+Enter or Cmd+Enter in the comment field sends.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
    const inBody = (event.target as HTMLElement).id === idPrefix + 'body';
    if (inBody && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };

  /** What every field is given: its id, its error and the words around it. */
  const field = (name: FieldName) => ({
    id: idPrefix + name,
    error: errors[name] || undefined,
    errorPrefix: messages.errorPrefix,
  });
  /** What every control is given: its name, its value and the change handler. */
  const control = (name: FieldName) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => change(name, event.target.value),
  });

  const submitting = submission.status === 'submitting';
  const failed = submission.status === 'failed';
  const summaryErrors = (['name', 'email', 'body'] as const)
    .filter((name) => errors[name])
    .map((name) => ({ id: idPrefix + name, message: errors[name] }));
  const limitId = idPrefix + 'limit';
  const failedId = idPrefix + 'failed';

  return (
    // Escape from any of its fields closes a reply form: the keys come from the controls.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      ref={form}
      id={id}
      data-part={parentId ? 'reply-form' : 'form'}
      data-state={submission.status}
      noValidate
      onSubmit={send}
      onKeyDown={onKeyDown}
    >
      {replyingTo && (
        <p data-part="replying-to">
          {formatMessage(messages.commentsReplyTo, { name: replyingTo })}
        </p>
      )}
      {summaryErrors.length > 0 && (
        <ErrorSummary
          ref={summary}
          title={messages.errorSummaryTitle}
          errors={summaryErrors}
          headingLevel={headingLevel}
        />
      )}
      <Field {...field('name')} label={messages.commentsNameLabel}>
        {(props) => (
          <input
            {...props}
            {...control('name')}
            type="text"
            autoComplete="name"
            spellCheck={false}
          />
        )}
      </Field>
      <Field
        {...field('email')}
        label={
          requireEmail
            ? messages.commentsEmailLabel
            : formatMessage(messages.commentsOptional, { label: messages.commentsEmailLabel })
        }
        hint={messages.commentsEmailHint}
      >
        {(props) => (
          <input
            {...props}
            {...control('email')}
            type="email"
            autoComplete="email"
            spellCheck={false}
          />
        )}
      </Field>
      <Field {...field('body')} label={messages.commentsBodyLabel}>
        {(props) => (
          <>
            <textarea
              {...props}
              {...control('body')}
              aria-describedby={`${props['aria-describedby'] ?? ''} ${limitId}`.trim()}
              rows={5}
            />
            <p data-part="count-hint" id={limitId}>
              {formatMessage(messages.commentsCharacterLimit, {
                max: formatNumber(maxLength, locale),
              })}
            </p>
            {/* Shown as the reader types; read out only once typing pauses, below. */}
            <p
              data-part="count"
              data-over={characterCount(values.body) > maxLength ? '' : undefined}
              aria-hidden="true"
            >
              {countText(values.body)}
            </p>
            <p role="status" data-part="count-status">
              {spokenCount}
            </p>
          </>
        )}
      </Field>
      {/* In the page from the start, so the failure is announced when it appears. */}
      <p role="status" data-part="submit-error" id={failedId}>
        {failed ? messages.errorSubmitFailed : ''}
      </p>
      {failed && (
        <button
          type="button"
          data-part="retry"
          aria-describedby={failedId}
          onClick={() => {
            // The button goes while the comment is sent again: focus waits on the submit button.
            form.current!.querySelector<HTMLElement>('[data-part="submit"]')!.focus();
            send();
          }}
        >
          {messages.commentsTryAgain}
        </button>
      )}
      <div data-part="actions">
        <button type="submit" data-part="submit" aria-disabled={submitting || undefined}>
          {submitting ? messages.commentsSubmitting : messages.commentsSubmit}
        </button>
        {onCancel && (
          <button type="button" data-part="cancel" onClick={onCancel}>
            {messages.commentsCancelReply}
          </button>
        )}
      </div>
      {/* Seen until the reader starts again; the CommentBox announces it and focuses the comment. */}
      {submission.status === 'succeeded' && !onCancel && !values.body && (
        <p data-part="sent">
          {normalizeComment(submission.result)?.status === 'published'
            ? messages.commentsSubmitted
            : messages.commentsSubmittedPending}
        </p>
      )}
    </form>
  );
}

/** The saved name and comment, or undefined when there are none or storage cannot be read. */
function readDraft(key: string): Partial<FormValues> | undefined {
  try {
    const { name, body } = JSON.parse(window.localStorage.getItem(key)!) as Record<string, unknown>;
    const draft: Partial<FormValues> = {};
    if (typeof name === 'string' && name) draft.name = name;
    if (typeof body === 'string' && body) draft.body = body;
    return draft.name || draft.body ? draft : undefined;
  } catch {
    // Nothing saved (null has no fields), junk, or storage that cannot be read.
    return undefined;
  }
}

/** Saves the name and comment (never the email address); an empty draft removes the entry. */
function writeDraft(key: string, { name, body }: FormValues): void {
  try {
    if (name || body) window.localStorage.setItem(key, JSON.stringify({ name, body }));
    else window.localStorage.removeItem(key);
  } catch {
    // Private mode, a full quota or storage switched off: the draft lives in memory only.
  }
}
