import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  commentFailed,
  commentPosted,
  commentValues,
  parseCommentForm,
  type CommentFormState,
  type CommentFormValues,
} from '../../forms/comment';
import { characterCount, type FieldProblem } from '../../forms/rules';
import { ErrorSummary } from '../../internal/form/ErrorSummary';
import { HiddenFields } from '../../internal/form/HiddenFields';
import { Field, type ControlProps } from '../../internal/form/Field';
import { useForm, type FormAction, type SubmitContext } from '../../internal/form/useForm';
import { formatMessage } from '../../internal/format';
import { countMessage, formatNumber } from '../../internal/numbers';
import type { commentMessages } from '../../messages/en';
import { normalizeComment } from '../../model/comments';
import type { Comment, CommentDraft } from '../../model/types';

/** What the reader has typed, kept while the page is open. */
export type FormValues = Pick<CommentFormValues, 'name' | 'email' | 'body'>;

/** Drafts kept while the page is open, by form, so a closed reply form loses nothing. */
export type DraftMemory = Map<string, FormValues>;

/** The app's handler: sends a comment, resolving with the stored one or nothing. */
export type CommentHandler = (
  draft: CommentDraft,
  context: SubmitContext,
) => Promise<Comment | void>;

export interface CommentFormProps {
  /** Starts the ids of the fields; unique on the page. */
  idPrefix: string;
  /** The form element's own id. */
  id?: string;
  /** The comment this form replies to, or null for a new thread. */
  parentId: string | null;
  /** Its author, shown as "Replying to NAME". */
  replyingTo?: string;
  action?: FormAction<CommentFormState>;
  onSubmit?: CommentHandler;
  /** What a server handed back after a post without JavaScript. */
  state?: CommentFormState;
  /** The parent's `useActionState` pair for this form, when it reads the state itself. */
  actionState?: readonly [CommentFormState, (formData: FormData) => void];
  timeout?: number;
  requireEmail: boolean;
  maxLength: number;
  /** The signed-in reader: no name is asked for. */
  viewer?: { name: string };
  /** localStorage key for this form's draft. */
  storageKey?: string;
  /** What the fields start with. */
  initial: FormValues;
  memory: DraftMemory;
  messages: typeof commentMessages;
  locale: string;
  /** Level of the error summary's heading. */
  headingLevel: number;
  /** Told of the comment that was sent: the app's, or one made here from the draft. */
  onSent: (comment: Comment) => void;
  onTrap?: () => void;
  /**
   * Closes a reply form (Cancel, Escape). Given, the form is a reply form: it focuses the name
   * field when it appears, or the comment field once there is a name.
   */
  onCancel?: () => void;
}

type FieldName = keyof FormValues;
const FIELDS: readonly FieldName[] = ['name', 'email', 'body'];

/**
 * The comment form, as GOV.UK builds forms: visible labels, validation on submit with an
 * error summary that takes focus, and nothing the reader typed ever thrown away. The fields
 * are uncontrolled, so text typed before the script arrives is there when it does; a failed
 * send keeps every field, text typed during a send stays, and a draft is kept in memory and,
 * with a storage key, in localStorage.
 */
export function CommentForm({
  idPrefix,
  id,
  parentId,
  replyingTo,
  action,
  onSubmit,
  state: given,
  actionState,
  timeout,
  requireEmail,
  maxLength,
  viewer,
  storageKey,
  initial,
  memory,
  messages,
  locale,
  headingLevel,
  onSent,
  onTrap,
  onCancel,
}: CommentFormProps) {
  const memoryKey = storageKey ?? idPrefix + parentId;
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [spokenCount, setSpokenCount] = useState('');
  // The count's announcement waits for a pause in typing.
  const speaking = useRef<number>(undefined);

  const rules = { maxLength, requireEmail, viewer };
  const { state, pending, canPost, cannotSend, formProps, submissionKey, retry } = useForm<
    CommentFormState,
    CommentDraft
  >({
    action,
    handler:
      typeof onSubmit === 'function'
        ? async (draft, context) => commentPosted((await onSubmit(draft, context)) ?? undefined)
        : undefined,
    state: given,
    actionState,
    idle: IDLE_COMMENT_STATE,
    parse: (data) => {
      const parsed = parseCommentForm(data, rules);
      return parsed.ok ? { ok: true, request: parsed.draft } : parsed;
    },
    failed: commentFailed,
    timeout,
    onTrap,
    onState: (next, sent) => {
      if (next.status === 'invalid') summary.current?.focus();
      // A state the server rendered with the page is not a send made here.
      if (next.status !== 'posted' || !sent) return;
      const body = control('body');
      // Text typed while the comment was on its way stays; the comment that went is cleared.
      if (body && body.value === sent.get('body')) body.value = '';
      save();
      setLength(characterCount(body?.value ?? ''));
      setSpokenCount('');
      if (next.trap) return;
      onSent(normalizeComment(next.comment) ?? localComment(sent));
    },
  });

  // What the fields start with: a refused or failed post's values (from the state prop, or
  // from a Server Action's answer to a post without JavaScript), else the draft kept in memory.
  const [start] = useState<FormValues>(() => {
    const kept = state.status === 'invalid' || state.status === 'failed';
    return (kept ? state.values : undefined) ?? memory.get(memoryKey) ?? initial;
  });
  const [length, setLength] = useState(() => characterCount(start.body));

  /** A text control of the form by name, once the form is in the page. */
  const control = (name: FieldName) =>
    form.current?.elements.namedItem(name) as
      HTMLInputElement | HTMLTextAreaElement | null | undefined;

  const read = (): FormValues => ({
    name: control('name')?.value ?? initial.name,
    email: control('email')?.value ?? initial.email,
    body: control('body')?.value ?? '',
  });

  /** Keeps what the fields hold: in memory, and in localStorage with a storage key. */
  const save = () => {
    const values = read();
    memory.set(memoryKey, values);
    if (storageKey) writeDraft(storageKey, values);
    return values;
  };

  const localComment = (sent: FormData): Comment => ({
    id: `${idPrefix}sent-${String(sent.get('key'))}`,
    parentId,
    author: { name: viewer?.name ?? String(sent.get('name')).trim() },
    body: String(sent.get('body')).trim(),
    createdAt: new Date().toISOString(),
    status: 'pending',
  });

  // After hydration: text typed before the script arrived is counted and kept; otherwise a
  // saved draft fills the fields. Then a reply form takes focus.
  useEffect(() => {
    const typed = FIELDS.some((name) => {
      const field = control(name);
      return field && field.value !== start[name];
    });
    const saved = !typed && storageKey ? readDraft(storageKey) : undefined;
    for (const name of ['name', 'body'] as const) {
      const field = control(name);
      if (field && saved?.[name]) field.value = saved[name];
    }
    // The DOM holds what was typed before the script arrived: the count follows it.
    setLength(characterCount(control('body')?.value ?? ''));
    if (typed) memory.set(memoryKey, read());
    // A reply form: the name, unless the reader gave it already; then the comment.
    if (onCancel) {
      const name = control('name');
      (name && !name.value ? name : control('body'))?.focus();
    }
    return () => clearTimeout(speaking.current);
    // Once per form, when it first appears: the component is keyed by its draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onInput = (event: { target: EventTarget }) => {
    const target = event.target as HTMLInputElement;
    if (!FIELDS.includes(target.name as FieldName)) return;
    // Every keystroke is kept at once: a reload, a crash or a closed form loses nothing.
    const values = save();
    if (target.name === 'body') {
      setLength(characterCount(values.body));
      // The count is read out once typing pauses, and only while the reader is in the field.
      clearTimeout(speaking.current);
      speaking.current = window.setTimeout(() => {
        if (target.ownerDocument.activeElement === target)
          setSpokenCount(countText(characterCount(values.body)));
      }, 1000);
    }
  };

  const countText = (count: number) => {
    const left = maxLength - count;
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

  // Escape closes a reply form (not while an input method is composing); Ctrl+Enter or
  // Cmd+Enter in the comment field sends.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
    const inBody = (event.target as HTMLElement).id === idPrefix + 'body';
    if (inBody && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  const word = (name: FieldName, problem: FieldProblem | undefined): string | undefined => {
    if (!problem) return undefined;
    if (typeof problem.message === 'string' && problem.message) return problem.message;
    if (name === 'name') return messages.errorNameRequired;
    if (name === 'email') {
      if (problem.code === 'required') return messages.errorEmailRequired;
      if (problem.code === 'tooLong') {
        return formatMessage(messages.errorEmailTooLong, {
          max: formatNumber(problem.max ?? 254, locale),
        });
      }
      return messages.errorEmailInvalid;
    }
    return problem.code === 'tooLong'
      ? formatMessage(messages.errorBodyTooLong, {
          max: formatNumber(problem.max ?? maxLength, locale),
        })
      : messages.errorBodyRequired;
  };

  const errors = {
    name: viewer ? undefined : word('name', state.errors.name),
    email: word('email', state.errors.email),
    body: word('body', state.errors.body),
  };
  const summaryErrors = FIELDS.filter((name) => errors[name]).map((name) => ({
    id: idPrefix + name,
    message: errors[name],
  }));
  const failed = state.status === 'failed' && !pending;
  const limitId = idPrefix + 'limit';
  const failedId = idPrefix + 'failed';
  const field = (name: FieldName, label: ReactNode, hint?: ReactNode) => ({
    id: idPrefix + name,
    label,
    hint,
    error: errors[name],
    errorPrefix: messages.errorPrefix,
  });
  /** The control of the name or email field, which the browser fills in by its name. */
  const textInput = (name: 'name' | 'email') =>
    function renderInput(props: ControlProps) {
      return (
        <input
          {...props}
          name={name}
          type={name === 'email' ? 'email' : 'text'}
          autoComplete={name}
          spellCheck={false}
          defaultValue={start[name]}
        />
      );
    };

  return (
    // Escape from any of its fields closes a reply form: the keys come from the controls.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      ref={form}
      id={id}
      data-part={parentId ? 'reply-form' : 'form'}
      data-state={pending ? 'submitting' : state.status}
      {...formProps}
      onInput={onInput}
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
      {viewer ? (
        <p data-part="viewer">{formatMessage(messages.commentsAs, { name: viewer.name })}</p>
      ) : (
        <Field {...field('name', messages.commentsNameLabel)}>{textInput('name')}</Field>
      )}
      <Field
        {...field(
          'email',
          requireEmail
            ? messages.commentsEmailLabel
            : formatMessage(messages.commentsOptional, { label: messages.commentsEmailLabel }),
          messages.commentsEmailHint,
        )}
      >
        {textInput('email')}
      </Field>
      <Field {...field('body', messages.commentsBodyLabel)}>
        {(props) => (
          <>
            <textarea
              {...props}
              name="body"
              defaultValue={start.body}
              data-over={length > maxLength ? '' : undefined}
              aria-describedby={`${props['aria-describedby'] ?? ''} ${limitId}`.trim()}
              rows={5}
              onBlur={() => {
                clearTimeout(speaking.current);
                setSpokenCount('');
              }}
            />
            <p data-part="count-hint" id={limitId}>
              {formatMessage(messages.commentsCharacterLimit, {
                max: formatNumber(maxLength, locale),
              })}
            </p>
            {/* Shown as the reader types; read out only once typing pauses, below. */}
            <p data-part="count" data-over={length > maxLength ? '' : undefined} aria-hidden="true">
              {countText(length)}
            </p>
            <p role="status" data-part="count-status">
              {spokenCount}
            </p>
          </>
        )}
      </Field>
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <HiddenFields submissionKey={submissionKey} />
      {/* In the page from the start, so the failure is announced when it appears. */}
      <p role="status" data-part="submit-error" id={failedId}>
        {failed ? state.message || messages.errorSubmitFailed : ''}
      </p>
      {failed && (
        <button
          type="button"
          data-part="retry"
          aria-describedby={failedId}
          onClick={() => {
            // The button goes while the comment is sent again: focus waits on the submit button.
            form.current!.querySelector<HTMLElement>('[data-part="submit"]')!.focus();
            retry(form.current!);
          }}
        >
          {messages.commentsTryAgain}
        </button>
      )}
      <div data-part="actions">
        <button
          type="submit"
          data-part="submit"
          disabled={!canPost}
          aria-disabled={pending || undefined}
        >
          {pending ? messages.commentsSubmitting : messages.commentsSubmit}
        </button>
        {onCancel && (
          <button type="button" data-part="cancel" onClick={onCancel}>
            {messages.commentsCancelReply}
          </button>
        )}
      </div>
      {cannotSend && <p data-part="cannot-send">{messages.formCannotSend}</p>}
      {/* Seen until the reader starts again; the CommentBox announces it and focuses the comment. */}
      {state.status === 'posted' && !onCancel && length === 0 && (
        <p data-part="sent">
          {normalizeComment(state.comment)?.status === 'published'
            ? messages.commentsSubmitted
            : messages.commentsSubmittedPending}
        </p>
      )}
    </form>
  );
}

/** The state of a comment form nobody has sent yet. */
export const IDLE_COMMENT_STATE: CommentFormState = {
  status: 'idle',
  values: commentValues(null),
  errors: {},
};

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
