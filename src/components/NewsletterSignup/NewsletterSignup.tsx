import { forwardRef, useId, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { FieldProblem } from '../../forms/rules';
import {
  parseSubscribeForm,
  subscribeDone,
  subscribeFailed,
  type SubscribeFormState,
  type SubscribeOutcome,
} from '../../forms/subscribe';
import { ErrorSummary } from '../../internal/form/ErrorSummary';
import { HiddenFields } from '../../internal/form/HiddenFields';
import { Field } from '../../internal/form/Field';
import { useForm, type FormAction, type SubmitContext } from '../../internal/form/useForm';
import { formatMessage } from '../../internal/format';
import { headingTag } from '../../internal/heading';
import { formatNumber } from '../../internal/numbers';
import { safeUrl } from '../../internal/safeUrl';
import { newsletterMessages, type Messages } from '../../messages/en';
import type { SubscribeRequest, SubscribeResult } from '../../model/types';
import { useMessages } from '../../provider/context';
import { NewsletterRoot } from './NewsletterSignup.styles';

export type NewsletterSignupVariant = 'inline' | 'card';

export interface NewsletterSignupProps extends Omit<
  ComponentPropsWithoutRef<'section'>,
  'title' | 'children' | 'action'
> {
  /**
   * Where the form sends without JavaScript, and with it when there is no `onSubscribe`: a URL
   * it posts `email`, `consent`, `list`, `key` and `website` (the spam trap) to, or a function
   * `(state, formData) => Promise<state>` such as a Server Action (see `broadsheet/forms`).
   */
  action?: FormAction<SubscribeFormState>;
  /** What the server handed back after a post without JavaScript: errors and the email, or the outcome. */
  state?: SubscribeFormState;
  /**
   * Subscribes the reader; resolve with nothing or `{ status }`, reject or throw on failure.
   * `signal` aborts when the reader leaves or the timeout passes; `key` is the same for every
   * retry of one sign-up.
   */
  onSubscribe?: (request: SubscribeRequest, context: SubmitContext) => Promise<SubscribeResult>;
  /** Told when a bot fills the spam trap; nothing is sent, and the bot is shown success. */
  onTrap?: () => void;
  /** The heading and the landmark's name; defaults to "Sign up for our newsletter". */
  title?: ReactNode;
  /** The line under the title; defaults to the messages' description, null for none. */
  description?: ReactNode;
  /** The consent checkbox's label; given, the box must be ticked to subscribe. */
  consentLabel?: ReactNode;
  /** The privacy notice, linked when it is an http(s), relative or fragment URL. */
  privacyUrl?: string;
  /** Which list to join; passed on in the request and posted as `list`. */
  list?: string;
  /** 'inline' in the article flow (default) or 'card', a box. */
  variant?: NewsletterSignupVariant;
  /** Heading level of the title, 1 to 6 (default 2). */
  headingLevel?: number;
  /** Deprecated: use `state`. The outcome shown until the reader submits. */
  defaultStatus?: SubscribeOutcome | 'failed';
  /** Milliseconds after which an unanswered send is aborted and counts as failed (default none). */
  timeout?: number;
  /** Words that replace the provider's, e.g. from a Server Component that no provider reaches. */
  messages?: Partial<Messages>;
  /** The page's locale, for the numbers in messages. */
  locale?: string;
}

const OUTCOMES: unknown[] = ['subscribed', 'pending', 'already'] satisfies SubscribeOutcome[];

/**
 * An email sign-up as a landmark named by its title. It is a form that posts, to `action`,
 * without JavaScript; once hydrated it checks itself on submit, lists problems in an error
 * summary, and sends through `onSubscribe` or the action. A sign-up that went through
 * replaces the form with a confirmation, which takes focus.
 */
export const NewsletterSignup = forwardRef<HTMLElement, NewsletterSignupProps>(
  function NewsletterSignup(
    {
      action,
      state: given,
      onSubscribe,
      onTrap,
      title,
      description,
      consentLabel,
      privacyUrl,
      list,
      variant,
      headingLevel,
      defaultStatus,
      timeout,
      messages,
      locale,
      ...rest
    },
    ref,
  ) {
    const { messages: m, locale: lang } = useMessages(newsletterMessages, { messages, locale });
    const id = useId();
    const Heading = headingTag(headingLevel);
    const privacy = safeUrl(privacyUrl);
    const text = description === undefined ? m.newsletterDescription : description;
    const summary = useRef<HTMLDivElement>(null);
    const confirmation = useRef<HTMLDivElement>(null);
    const requireConsent = Boolean(consentLabel);

    const { state, pending, canPost, cannotSend, formProps, submissionKey } = useForm<
      SubscribeFormState,
      SubscribeRequest
    >({
      action: typeof action === 'function' ? action : safeUrl(action),
      handler:
        typeof onSubscribe === 'function'
          ? async (request, context) =>
              subscribeDone(toOutcome(await onSubscribe(request, context)), request)
          : undefined,
      state: given ?? fromStatus(defaultStatus),
      idle: IDLE,
      parse: (data) => {
        const parsed = parseSubscribeForm(data, { requireConsent });
        return parsed.ok ? { ok: true, request: parsed.request } : parsed;
      },
      failed: (data) => subscribeFailed(data),
      timeout,
      onTrap,
      onState: (next, sent) => {
        if (next.status === 'invalid') summary.current?.focus();
        else if (sent && OUTCOMES.includes(next.status)) confirmation.current?.focus();
      },
    });

    const word = (problem: FieldProblem | undefined, required: string) => {
      if (!problem) return undefined;
      if (typeof problem.message === 'string' && problem.message) return problem.message;
      if (problem.code === 'tooLong') {
        return formatMessage(m.errorEmailTooLong, { max: formatNumber(problem.max ?? 254, lang) });
      }
      return problem.code === 'invalid' ? m.errorEmailInvalid : required;
    };
    const errors = {
      email: word(state.errors.email, m.errorEmailRequired),
      consent: requireConsent ? word(state.errors.consent, m.errorConsentRequired) : undefined,
    };
    const summaryErrors = (['email', 'consent'] as const)
      .filter((name) => errors[name])
      .map((name) => ({ id: id + name, message: errors[name] }));
    const done = OUTCOMES.includes(state.status) ? (state.status as SubscribeOutcome) : undefined;
    const failed = !pending && (state.status === 'failed' || Boolean(state.errors.list));
    const values = state.status === 'idle' || done ? undefined : state.values;

    return (
      <NewsletterRoot
        aria-labelledby={id + 'title'}
        data-variant={variant === 'card' ? variant : 'inline'}
        data-state={pending ? 'submitting' : state.status}
        ref={ref}
        {...rest}
      >
        <Heading data-part="title" id={id + 'title'}>
          {title ?? m.newsletterTitle}
        </Heading>
        {text ? <p data-part="description">{text}</p> : null}
        {done ? (
          <div data-part="confirmation" tabIndex={-1} ref={confirmation}>
            <p data-part="confirmation-message">
              {
                {
                  subscribed: m.newsletterSubscribed,
                  pending: m.newsletterPending,
                  already: m.newsletterAlready,
                }[done]
              }
            </p>
          </div>
        ) : (
          <form {...formProps}>
            {summaryErrors.length > 0 && (
              <ErrorSummary
                ref={summary}
                title={m.errorSummaryTitle}
                errors={summaryErrors}
                headingLevel={Math.min((Number(headingLevel) || 2) + 1, 6)}
              />
            )}
            <Field
              id={id + 'email'}
              label={m.newsletterEmailLabel}
              error={errors.email}
              errorPrefix={m.errorPrefix}
            >
              {(control) => (
                <input
                  {...control}
                  name="email"
                  type="email"
                  autoComplete="email"
                  spellCheck={false}
                  defaultValue={values?.email}
                />
              )}
            </Field>
            {requireConsent ? (
              <Field
                id={id + 'consent'}
                label={consentLabel}
                error={errors.consent}
                errorPrefix={m.errorPrefix}
                checkbox
              >
                {(control) => (
                  <input
                    {...control}
                    name="consent"
                    type="checkbox"
                    value="yes"
                    defaultChecked={values?.consent}
                  />
                )}
              </Field>
            ) : null}
            {privacy ? (
              <p data-part="privacy">
                <a href={privacy}>{m.newsletterPrivacy}</a>
              </p>
            ) : null}
            {typeof list === 'string' && <input type="hidden" name="list" value={list} />}
            <HiddenFields submissionKey={submissionKey} />
            <button
              data-part="submit"
              type="submit"
              disabled={!canPost}
              aria-disabled={pending || undefined}
            >
              {m.newsletterSubmit}
            </button>
            {cannotSend && <p data-part="cannot-send">{m.formCannotSend}</p>}
          </form>
        )}
        {/* In the page from the first render, so that what it says later is announced. */}
        <p data-part="status" role="status">
          {pending ? m.newsletterSubmitting : failed ? state.message || m.errorSubscribeFailed : ''}
        </p>
      </NewsletterRoot>
    );
  },
);

const IDLE: SubscribeFormState = {
  status: 'idle',
  values: { email: '', consent: false, list: '', key: '' },
  errors: {},
};

/** The state the deprecated `defaultStatus` stood for. */
function fromStatus(status: unknown): SubscribeFormState | undefined {
  return status === 'failed' || OUTCOMES.includes(status)
    ? { ...IDLE, status: status as SubscribeFormState['status'] }
    : undefined;
}

/** The kind of success a result reports; anything but nothing or a known status is a failure. */
function toOutcome(result: SubscribeResult): SubscribeOutcome {
  // null has no status: reading it throws, which fails the submission as well.
  const status = result === undefined ? 'subscribed' : result.status;
  if (OUTCOMES.includes(status)) return status;
  throw new TypeError('Unknown onSubscribe result');
}
