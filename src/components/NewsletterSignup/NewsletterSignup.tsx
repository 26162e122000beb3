import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentPropsWithoutRef,
  type FormEvent,
  type ReactNode,
} from 'react';
import { Field } from '../../internal/form/Field';
import { LiveRegion } from '../../internal/form/LiveRegion';
import { useSubmission } from '../../internal/form/useSubmission';
import { headingTag } from '../../internal/heading';
import { safeUrl } from '../../internal/safeUrl';
import { newsletterMessages, type Messages } from '../../messages/en';
import type { SubscribeRequest, SubscribeResult } from '../../model/types';
import { useMessages } from '../../provider/context';
import { NewsletterRoot } from './NewsletterSignup.styles';

export type NewsletterSignupVariant = 'inline' | 'card';

export interface NewsletterSignupProps extends Omit<
  ComponentPropsWithoutRef<'section'>,
  'title' | 'children'
> {
  /** Subscribes the reader; resolve with nothing or `{ status }`, reject or throw on failure. */
  onSubscribe: (request: SubscribeRequest) => Promise<SubscribeResult>;
  /** The heading and the landmark's name; defaults to "Sign up for our newsletter". */
  title?: ReactNode;
  /** The line under the title; defaults to the messages' description, null for none. */
  description?: ReactNode;
  /** The consent checkbox's label; given, the box must be ticked to subscribe. */
  consentLabel?: ReactNode;
  /** The privacy notice, linked when it is an http(s), relative or fragment URL. */
  privacyUrl?: string;
  /** Where the form posts `email`, `consent`, `list` and `website` (the trap) without script. */
  action?: string;
  /** Which list to join; passed on in the request and posted as `list`. */
  list?: string;
  /** 'inline' in the article flow (default) or 'card', a box. */
  variant?: NewsletterSignupVariant;
  /** Heading level of the title, 1 to 6 (default 2). */
  headingLevel?: number;
  /** The outcome shown until the reader submits, e.g. from a server that took the post. */
  defaultStatus?: Done | 'failed';
  /** Milliseconds after which an unanswered onSubscribe counts as failed (default none). */
  timeout?: number;
  /** Words that replace the provider's, e.g. from a Server Component that no provider reaches. */
  messages?: Partial<Messages>;
  /** The page's locale; taken for symmetry with the other components (words come from messages). */
  locale?: string;
}

type Done = 'subscribed' | 'pending' | 'already';

const MAX_LENGTH = 254;
// Something, an @, and a domain of two or more dot-separated labels: the mail server decides
// the rest.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const DONE: unknown[] = ['subscribed', 'pending', 'already'] satisfies Done[];
// The spam trap's name: a field bots fill in and people never meet.
const TRAP = 'website';

const noSubscription = () => () => {};

/**
 * An email sign-up as a landmark named by its title. With `action` it is a real form that posts
 * without JavaScript; once hydrated it validates on submit and calls `onSubscribe`. Without
 * `action` the Subscribe button stays disabled until the script has loaded.
 */
export const NewsletterSignup = forwardRef<HTMLElement, NewsletterSignupProps>(
  function NewsletterSignup(
    {
      onSubscribe,
      title,
      description,
      consentLabel,
      privacyUrl,
      action,
      list,
      variant,
      headingLevel,
      defaultStatus,
      timeout,
      messages: own,
      locale,
      ...rest
    },
    ref,
  ) {
    const { messages: m } = useMessages(newsletterMessages, { messages: own, locale });
    const uid = useId();
    const emailId = uid + 'email';
    const consentId = uid + 'consent';
    const Heading = headingTag(headingLevel);
    const postTo = safeUrl(action);
    const privacy = safeUrl(privacyUrl);
    const text = description === undefined ? m.newsletterDescription : description;
    // False on the server and while hydrating, true once the script runs.
    const hydrated = useSyncExternalStore(
      noSubscription,
      () => true,
      () => false,
    );

    const { status, result, submit, reset } = useSubmission(
      (request: SubscribeRequest, bot?: boolean) =>
        bot ? 'subscribed' : Promise.resolve(onSubscribe(request)).then(toDone),
      { timeout },
    );
    // What the server said after a post without JavaScript, until the reader submits again.
    const [before, setBefore] = useState(defaultStatus);
    const state =
      status === 'succeeded' ? result! : status === 'idle' ? (before ?? status) : status;

    // Field id to message; after a failed validation the first field with a problem has focus.
    const [errors, setErrors] = useState<Record<string, string>>({});
    const form = useRef<HTMLFormElement>(null);
    useEffect(() => {
      form.current?.querySelector<HTMLElement>('[aria-invalid]')?.focus();
    }, [errors]);

    const onSubmit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (status === 'submitting') return;
      setBefore(undefined);
      const data = new FormData(event.currentTarget);
      const consent = data.has('consent');
      // A filled trap is a bot: it is told it worked, and the app never hears of it.
      if (data.get(TRAP)) return void submit({ email: '', consent }, true);
      const email = String(data.get('email')).trim();
      const problems: Record<string, string> = {};
      const emailProblem = !email
        ? m.errorEmailRequired
        : email.length > MAX_LENGTH
          ? m.errorEmailTooLong.replace('{max}', '' + MAX_LENGTH)
          : !EMAIL.test(email) && m.errorEmailInvalid;
      if (emailProblem) problems[emailId] = emailProblem;
      if (consentLabel && !consent) problems[consentId] = m.errorConsentRequired;
      setErrors(problems);
      if (emailProblem || problems[consentId]) return reset();
      submit({ email, consent, list });
    };

    const said = {
      idle: '',
      submitting: m.newsletterSubmitting,
      subscribed: m.newsletterSubscribed,
      pending: m.newsletterPending,
      already: m.newsletterAlready,
      failed: m.errorSubscribeFailed,
    };

    return (
      <NewsletterRoot
        aria-labelledby={uid + 'title'}
        data-variant={variant === 'card' ? variant : 'inline'}
        data-state={state}
        ref={ref}
        {...rest}
      >
        <Heading data-part="title" id={uid + 'title'}>
          {title ?? m.newsletterTitle}
        </Heading>
        {text ? <p data-part="description">{text}</p> : null}
        <form method={postTo && 'post'} action={postTo} noValidate onSubmit={onSubmit} ref={form}>
          <Field
            id={emailId}
            label={m.newsletterEmailLabel}
            error={errors[emailId]}
            errorPrefix={m.errorPrefix}
          >
            {(control) => (
              <input
                {...control}
                name="email"
                type="email"
                autoComplete="email"
                spellCheck={false}
                required
              />
            )}
          </Field>
          {consentLabel ? (
            <Field
              id={consentId}
              label={consentLabel}
              error={errors[consentId]}
              errorPrefix={m.errorPrefix}
              checkbox
            >
              {(control) => (
                <input {...control} name="consent" type="checkbox" value="yes" required />
              )}
            </Field>
          ) : null}
          {privacy ? (
            <p data-part="privacy">
              <a href={privacy}>{m.newsletterPrivacy}</a>
            </p>
          ) : null}
          {typeof list === 'string' && <input type="hidden" name="list" value={list} />}
          <input
            data-part="honeypot"
            name={TRAP}
            aria-hidden="true"
            tabIndex={-1}
            autoComplete="off"
          />
          <button
            data-part="submit"
            type="submit"
            disabled={!postTo && !hydrated}
            aria-disabled={status === 'submitting' || undefined}
          >
            {m.newsletterSubmit}
          </button>
        </form>
        <LiveRegion>{said[state]}</LiveRegion>
      </NewsletterRoot>
    );
  },
);

/** The kind of success a result reports; anything but nothing or a known status is a failure. */
function toDone(result: SubscribeResult): Done {
  const status = result === undefined ? 'subscribed' : result?.status;
  if (DONE.includes(status)) return status!;
  throw new TypeError('onSubscribe resolved to an unexpected value');
}
