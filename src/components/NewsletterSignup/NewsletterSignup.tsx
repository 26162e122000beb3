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
      messages,
      locale,
      ...rest
    },
    ref,
  ) {
    const { messages: m } = useMessages(newsletterMessages, { messages, locale });
    const id = useId();
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

    // Without a request it is the spam trap's answer: success, and the app never hears of it.
    const { status, result, submit, reset } = useSubmission(
      async (request?: SubscribeRequest) =>
        request ? toDone(await onSubscribe(request)) : 'subscribed',
      { timeout },
    );
    // What the server said after a post without JavaScript, until the reader submits again.
    const [before, setBefore] = useState(defaultStatus);
    const state = (status === 'idle' && before) || result || status;

    // What is wrong with each field; after a failed validation the first of them has focus.
    const [errors, setErrors] = useState<{ email?: string; consent?: string }>({});
    const form = useRef<HTMLFormElement>(null);
    useEffect(() => {
      form.current?.querySelector<HTMLElement>('[aria-invalid]')?.focus();
    }, [errors]);

    const onSubmit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (status === 'submitting') return;
      setBefore(undefined);
      const data = new FormData(event.currentTarget);
      const email = String(data.get('email')).trim();
      const consent = data.has('consent');
      // A filled spam trap is a bot's: it skips the checks and is told it worked.
      if (data.get('website')) return void submit();
      const found = {
        email: !email
          ? m.errorEmailRequired
          : email.length > MAX_LENGTH
            ? m.errorEmailTooLong.replace('{max}', '' + MAX_LENGTH)
            : EMAIL.test(email)
              ? ''
              : m.errorEmailInvalid,
        consent: consentLabel && !consent ? m.errorConsentRequired : '',
      };
      setErrors(found);
      if (found.email || found.consent) reset();
      else submit({ email, consent, list });
    };

    return (
      <NewsletterRoot
        aria-labelledby={id + 'title'}
        data-variant={variant === 'card' ? variant : 'inline'}
        data-state={state}
        ref={ref}
        {...rest}
      >
        <Heading data-part="title" id={id + 'title'}>
          {title ?? m.newsletterTitle}
        </Heading>
        {text ? <p data-part="description">{text}</p> : null}
        <form method={postTo && 'post'} action={postTo} noValidate onSubmit={onSubmit} ref={form}>
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
                required
              />
            )}
          </Field>
          {consentLabel ? (
            <Field
              id={id + 'consent'}
              label={consentLabel}
              error={errors.consent}
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
          {/* The spam trap: a field bots fill in and people never meet. */}
          <input
            data-part="honeypot"
            name="website"
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
        {/* In the page from the first render, so that what it says later is announced. */}
        <p data-part="status" role="status">
          {
            {
              submitting: m.newsletterSubmitting,
              subscribed: m.newsletterSubscribed,
              pending: m.newsletterPending,
              already: m.newsletterAlready,
              failed: m.errorSubscribeFailed,
            }[state as string]
          }
        </p>
      </NewsletterRoot>
    );
  },
);

/** The kind of success a result reports; anything but nothing or a known status is a failure. */
function toDone(result: SubscribeResult): Done {
  // null has no status: reading it throws, which fails the submission as well.
  const status = result === undefined ? 'subscribed' : result.status;
  if (DONE.includes(status)) return status;
  throw new TypeError('Unknown onSubscribe result');
}
