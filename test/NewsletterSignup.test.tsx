import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BroadsheetProvider,
  darkTheme,
  defaultMessages,
  NewsletterSignup,
  type NewsletterSignupProps,
  type SubscribeRequest,
  type SubscribeResult,
} from '../src';
import { parseSubscribeForm, subscribeDone, subscribeFailed } from '../src/forms';
import { commentMessages, newsletterMessages } from '../src/messages/en';
import { messages as german } from '../src/messages/de';
import {
  axe,
  expectForwardsToRoot,
  expectResilientStyles,
  hydrateWithoutWarnings,
  renderToHtml,
  renderWithProvider,
  deferred,
} from './helpers';

const words = defaultMessages;
type Subscribe = NonNullable<NewsletterSignupProps['onSubscribe']>;

function renderSignup(props: Partial<NewsletterSignupProps> = {}) {
  const onSubscribe = vi.fn<Subscribe>(props.onSubscribe ?? (() => Promise.resolve()));
  const user = userEvent.setup();
  const view = render(<NewsletterSignup {...props} onSubscribe={onSubscribe} />);
  const email = () => screen.getByRole('textbox', { name: words.newsletterEmailLabel });
  const button = () => screen.getByRole('button', { name: words.newsletterSubmit });
  const status = () => screen.getByRole('status');
  const region = () =>
    screen.getByRole('region', { name: props.title?.toString() ?? words.newsletterTitle });
  return { ...view, onSubscribe, user, email, button, status, region };
}

/** The error summary, which takes focus after a refusal. */
const summary = () => screen.getByRole('alert');

/** The panel that replaces the form after a sign-up went through. */
function confirmation(): HTMLElement {
  const panel = document.querySelector<HTMLElement>('[data-part="confirmation"]');
  expect(panel).not.toBeNull();
  return panel!;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('NewsletterSignup structure', () => {
  it('is a region named by its title, with a labelled email field and a Subscribe button', () => {
    const { email, button, region } = renderSignup();
    expect(region().tagName).toBe('SECTION');
    expect(
      within(region()).getByRole('heading', { level: 2, name: words.newsletterTitle }),
    ).toBeInTheDocument();
    expect(region()).toHaveTextContent(words.newsletterDescription);
    expect(email()).toHaveAttribute('type', 'email');
    expect(email()).toHaveAttribute('name', 'email');
    expect(email()).toHaveAttribute('autocomplete', 'email');
    expect(email()).toHaveAttribute('spellcheck', 'false');
    expect(email()).not.toHaveAttribute('aria-invalid');
    // The label is visible text tied to the field, not a placeholder.
    expect(screen.getByText(words.newsletterEmailLabel).tagName).toBe('LABEL');
    expect(button()).toHaveAttribute('type', 'submit');
    expect(button()).toBeEnabled();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('takes a title, a description (or none) and a heading level', () => {
    const { rerender } = render(
      <NewsletterSignup
        onSubscribe={() => Promise.resolve()}
        title="The Morning Briefing"
        description="Five stories before breakfast."
        headingLevel={3}
      />,
    );
    const region = screen.getByRole('region', { name: 'The Morning Briefing' });
    expect(within(region).getByRole('heading', { level: 3 })).toHaveTextContent(
      'The Morning Briefing',
    );
    expect(region).toHaveTextContent('Five stories before breakfast.');
    rerender(<NewsletterSignup onSubscribe={() => Promise.resolve()} description={null} />);
    expect(screen.queryByText(words.newsletterDescription)).toBeNull();
  });

  it('passes className, id, other attributes and its ref to the section', () => {
    expectForwardsToRoot(
      (rootProps) => <NewsletterSignup {...rootProps} onSubscribe={() => Promise.resolve()} />,
      'SECTION',
    );
  });

  it('is inline by default and a card when asked', () => {
    const { region, rerender, onSubscribe } = renderSignup();
    expect(region()).toHaveAttribute('data-variant', 'inline');
    rerender(<NewsletterSignup onSubscribe={onSubscribe} variant="card" />);
    expect(region()).toHaveAttribute('data-variant', 'card');
  });

  it('links a privacy notice only when its URL is safe', () => {
    const { rerender, onSubscribe } = renderSignup({ privacyUrl: '/privacy' });
    expect(screen.getByRole('link', { name: words.newsletterPrivacy })).toHaveAttribute(
      'href',
      '/privacy',
    );
    rerender(<NewsletterSignup onSubscribe={onSubscribe} privacyUrl="javascript:alert(1)" />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('reads its words from the messages prop and from a provider', () => {
    render(
      <BroadsheetProvider locale="de" messages={german}>
        <NewsletterSignup onSubscribe={() => Promise.resolve()} />
        <NewsletterSignup
          onSubscribe={() => Promise.resolve()}
          messages={{ newsletterTitle: 'Bleiben Sie informiert' }}
        />
      </BroadsheetProvider>,
    );
    expect(screen.getByRole('region', { name: german.newsletterTitle })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Bleiben Sie informiert' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: german.newsletterSubmit })).toHaveLength(2);
  });

  it('shares the form words of the other forms, word for word', () => {
    for (const key of ['errorPrefix', 'errorEmailRequired', 'errorEmailInvalid'] as const) {
      expect(newsletterMessages[key], key).toBe(commentMessages[key]);
    }
  });
});

describe('NewsletterSignup validation', () => {
  it('refuses an empty address, says why beside the field and in a summary that takes focus', async () => {
    const { user, email, button, onSubscribe } = renderSignup();
    await user.type(email(), '   ');
    await user.click(button());
    expect(onSubscribe).not.toHaveBeenCalled();
    expect(summary()).toHaveFocus();
    expect(within(summary()).getByRole('link', { name: words.errorEmailRequired })).toHaveAttribute(
      'href',
      `#${email().id}`,
    );
    expect(email()).toHaveAttribute('aria-invalid', 'true');
    expect(email()).toHaveAccessibleDescription(`${words.errorPrefix} ${words.errorEmailRequired}`);
    // The prefix is for screen readers; the message itself is visible text.
    expect(screen.getByText(words.errorPrefix)).toHaveAttribute('data-part', 'error-prefix');
  });

  it.each([
    'reader',
    'reader@',
    '@example.com',
    'reader@example',
    'reader@example.',
    'reader@.com',
    'reader@example..com',
    'two words@example.com',
    'reader@exa mple.com',
    'a@b@example.com',
  ])('refuses the malformed address %j', async (typed) => {
    const { user, email, button, onSubscribe } = renderSignup();
    await user.type(email(), typed);
    await user.click(button());
    expect(onSubscribe).not.toHaveBeenCalled();
    expect(email()).toHaveAccessibleDescription(`${words.errorPrefix} ${words.errorEmailInvalid}`);
    expect(summary()).toHaveFocus();
  });

  it('refuses an address over 254 characters with its own message', async () => {
    const { email, button, onSubscribe } = renderSignup();
    const long = `${'a'.repeat(243)}@example.com`;
    expect(long).toHaveLength(255);
    fireEvent.change(email(), { target: { value: long } });
    fireEvent.click(button());
    expect(onSubscribe).not.toHaveBeenCalled();
    expect(email()).toHaveAccessibleDescription(
      `${words.errorPrefix} ${words.errorEmailTooLong.replace('{max}', '254')}`,
    );
  });

  it('accepts an address of exactly 254 characters', async () => {
    const { email, button, onSubscribe } = renderSignup();
    const longest = `${'a'.repeat(242)}@example.com`;
    fireEvent.change(email(), { target: { value: longest } });
    await act(async () => fireEvent.click(button()));
    expect(onSubscribe).toHaveBeenCalledWith(
      { email: longest },
      expect.objectContaining({ key: expect.any(String), signal: expect.any(AbortSignal) }),
    );
  });

  it('trims spaces and accepts an upper-case domain', async () => {
    const { user, email, button, onSubscribe } = renderSignup({ list: 'morning' });
    await user.type(email(), '  Reader.Name+news@EXAMPLE.CO.UK  ');
    await user.click(button());
    expect(onSubscribe).toHaveBeenCalledWith(
      {
        email: 'Reader.Name+news@EXAMPLE.CO.UK',
        list: 'morning',
      },
      expect.objectContaining({ key: expect.any(String), signal: expect.any(AbortSignal) }),
    );
    expect(await screen.findByText(words.newsletterSubscribed)).toBeVisible();
  });

  it('trims the non-breaking spaces that a browser keeps, as pasted from a page', async () => {
    const { email, button, onSubscribe } = renderSignup();
    fireEvent.change(email(), { target: { value: '\u00a0reader@example.com\u00a0' } });
    await act(async () => fireEvent.click(button()));
    expect(onSubscribe).toHaveBeenCalledWith(
      { email: 'reader@example.com' },
      expect.objectContaining({ key: expect.any(String), signal: expect.any(AbortSignal) }),
    );
  });

  it('needs the consent box ticked when there is one, and then sends consent: true', async () => {
    const { user, email, button, onSubscribe } = renderSignup({
      consentLabel: 'Yes, email me the newsletter',
    });
    const consent = screen.getByRole('checkbox', { name: 'Yes, email me the newsletter' });
    expect(consent).not.toBeChecked();
    await user.type(email(), 'reader@example.com');
    await user.click(button());
    expect(onSubscribe).not.toHaveBeenCalled();
    expect(summary()).toHaveFocus();
    expect(consent).toHaveAttribute('aria-invalid', 'true');
    expect(consent).toHaveAccessibleDescription(
      `${words.errorPrefix} ${words.errorConsentRequired}`,
    );
    expect(email()).not.toHaveAttribute('aria-invalid');

    await user.click(consent);
    await user.click(button());
    expect(onSubscribe).toHaveBeenCalledWith(
      { email: 'reader@example.com', consent: true },
      expect.objectContaining({ key: expect.any(String), signal: expect.any(AbortSignal) }),
    );
    expect(screen.queryByText(words.errorConsentRequired)).toBeNull();
    expect(await screen.findByText(words.newsletterSubscribed)).toBeVisible();
  });

  it('shows every problem at once, in the summary in the order of the fields', async () => {
    const { user, button } = renderSignup({ consentLabel: 'I agree' });
    await user.click(button());
    expect(summary()).toHaveFocus();
    expect(
      within(summary())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([words.errorEmailRequired, words.errorConsentRequired]);
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription(
      `${words.errorPrefix} ${words.errorEmailRequired}`,
    );
  });

  it('submits from the keyboard: Enter in the field', async () => {
    const { user, email, onSubscribe } = renderSignup();
    await user.type(email(), 'reader@example.com{Enter}');
    expect(onSubscribe).toHaveBeenCalledTimes(1);
  });
});

describe('NewsletterSignup states', () => {
  it('has an empty polite live region from the first render', () => {
    const { status, region } = renderSignup();
    expect(status()).toBeEmptyDOMElement();
    expect(region()).toHaveAttribute('data-state', 'idle');
    const { html } = renderToHtml(<NewsletterSignup onSubscribe={() => Promise.resolve()} />);
    expect(html).toContain('<p data-part="status" role="status"></p>');
  });

  it('is busy while submitting, and a second click sends nothing', async () => {
    const answer = deferred<SubscribeResult>();
    const { user, email, button, status, region, onSubscribe } = renderSignup({
      onSubscribe: () => answer.promise,
    });
    await user.type(email(), 'reader@example.com');
    await user.dblClick(button());
    await user.click(button());
    await user.type(email(), '{Enter}');
    expect(onSubscribe).toHaveBeenCalledTimes(1);
    expect(button()).toHaveAttribute('aria-disabled', 'true');
    expect(region()).toHaveAttribute('data-state', 'submitting');
    expect(status()).toHaveTextContent(words.newsletterSubmitting);
    await act(async () => answer.resolve());
    expect(screen.queryByRole('button', { name: words.newsletterSubmit })).toBeNull();
    expect(status()).toBeEmptyDOMElement();
    expect(confirmation()).toHaveTextContent(words.newsletterSubscribed);
  });

  it('sends once when two clicks land in the same tick', async () => {
    const { email, button, onSubscribe } = renderSignup({
      onSubscribe: () => new Promise(() => {}),
    });
    fireEvent.change(email(), { target: { value: 'reader@example.com' } });
    act(() => {
      button().click();
      button().click();
    });
    expect(onSubscribe).toHaveBeenCalledTimes(1);
  });

  it.each([
    [undefined, 'subscribed', words.newsletterSubscribed],
    [{ status: 'subscribed' }, 'subscribed', words.newsletterSubscribed],
    [{ status: 'pending' }, 'pending', words.newsletterPending],
    [{ status: 'already' }, 'already', words.newsletterAlready],
  ] as const)(
    'replaces the form with the result %j, which takes focus',
    async (result, state, message) => {
      const { user, email, button, region } = renderSignup({
        onSubscribe: () => Promise.resolve(result),
      });
      await user.type(email(), 'reader@example.com');
      await user.click(button());
      expect(confirmation()).toHaveTextContent(message);
      expect(confirmation()).toHaveFocus();
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(region()).toHaveAttribute('data-state', state);
    },
  );
});

describe('NewsletterSignup after a post without JavaScript', () => {
  it.each([
    ['pending', words.newsletterPending],
    ['already', words.newsletterAlready],
    ['subscribed', words.newsletterSubscribed],
  ] as const)(
    'shows the %s outcome the server hands back in place of the form',
    (outcome, message) => {
      const state = subscribeDone(outcome, { email: 'reader@example.com' });
      const { html } = renderToHtml(<NewsletterSignup action="/subscribe" state={state} />);
      expect(html).toContain(message);
      expect(html).not.toContain('<form');
      renderSignup({ state });
      expect(confirmation()).toHaveTextContent(message);
      // Shown with the page, not moved to: focus stays where the browser put it.
      expect(confirmation()).not.toHaveFocus();
    },
  );

  it('gives back a failure with the email and the server’s reason, and sends again', async () => {
    const data = new FormData();
    data.set('email', 'reader@example.com');
    data.set('key', 'k-0123456789');
    const state = subscribeFailed(data, 'The list is full');
    const { html } = renderToHtml(<NewsletterSignup action="/subscribe" state={state} />);
    expect(html).toContain('The list is full');
    expect(html).toContain('value="reader@example.com"');
    expect(html).toContain('value="k-0123456789"');
    const { user, button, status, onSubscribe } = renderSignup({ state });
    expect(status()).toHaveTextContent('The list is full');
    await user.click(button());
    expect(onSubscribe).toHaveBeenCalledWith(
      { email: 'reader@example.com' },
      { key: 'k-0123456789', signal: expect.any(AbortSignal) },
    );
  });

  it('shows a server’s refusal in the summary and beside the field, with the values back', () => {
    const data = new FormData();
    data.set('email', 'reader@example..com');
    data.set('consent', 'yes');
    const parsed = parseSubscribeForm(data, { requireConsent: true });
    expect(parsed.ok).toBe(false);
    const state = !parsed.ok ? parsed.state : undefined;
    const { html } = renderToHtml(
      <NewsletterSignup action="/subscribe" state={state} consentLabel="I agree" />,
    );
    expect(html).toContain(words.errorSummaryTitle);
    expect(html).toContain('value="reader@example..com"');
    renderSignup({ state, consentLabel: 'I agree' });
    expect(summary()).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: 'I agree' })).toBeChecked();
    expect(
      screen.getByRole('textbox', { name: words.newsletterEmailLabel }),
    ).toHaveAccessibleDescription(`${words.errorPrefix} ${words.errorEmailInvalid}`);
  });

  it('still takes the deprecated defaultStatus', () => {
    renderSignup({ defaultStatus: 'pending' });
    expect(confirmation()).toHaveTextContent(words.newsletterPending);
  });
});

describe('NewsletterSignup failures', () => {
  const failures: [string, Subscribe][] = [
    ['a rejection', () => Promise.reject(new Error('503'))],
    [
      'a synchronous throw',
      () => {
        throw new Error('not configured');
      },
    ],
    ['an unknown status', () => Promise.resolve({ status: 'maybe' } as never)],
    ['a status that is not a string', () => Promise.resolve({ status: ['pending'] } as never)],
    ['a string', () => Promise.resolve('ok' as never)],
    ['null', () => Promise.resolve(null as never)],
  ];

  it.each(failures)(
    'keeps the email, announces the error and retries after %s',
    async (_, fail) => {
      const onSubscribe = vi.fn<Subscribe>().mockImplementationOnce(fail);
      onSubscribe.mockImplementationOnce(() => Promise.resolve({ status: 'pending' }));
      const user = userEvent.setup();
      render(<NewsletterSignup onSubscribe={onSubscribe} />);
      const email = screen.getByRole('textbox', { name: words.newsletterEmailLabel });
      const button = screen.getByRole('button', { name: words.newsletterSubmit });
      await user.type(email, ' Reader@Example.com');
      await user.click(button);
      const status = screen.getByRole('status');
      expect(status).toHaveTextContent(words.errorSubscribeFailed);
      expect(screen.getByRole('region')).toHaveAttribute('data-state', 'failed');
      // The field keeps what was typed (a type="email" value drops the outer spaces).
      expect(email).toHaveValue('Reader@Example.com');
      expect(button).not.toHaveAttribute('aria-disabled');
      await user.click(button);
      expect(onSubscribe).toHaveBeenCalledTimes(2);
      expect(confirmation()).toHaveTextContent(words.newsletterPending);
    },
  );

  it('counts a handler that returns nothing at all as subscribed', async () => {
    const { user, email, button } = renderSignup({
      onSubscribe: (() => undefined) as never,
    });
    await user.type(email(), 'reader@example.com');
    await user.click(button());
    expect(confirmation()).toHaveTextContent(words.newsletterSubscribed);
  });

  it('fails after the timeout the app sets, and then lets the reader retry', async () => {
    vi.useFakeTimers();
    const onSubscribe = vi.fn<Subscribe>(() => new Promise(() => {}));
    render(<NewsletterSignup onSubscribe={onSubscribe} timeout={8000} />);
    const email = screen.getByRole('textbox', { name: words.newsletterEmailLabel });
    fireEvent.change(email, { target: { value: 'reader@example.com' } });
    const button = screen.getByRole('button', { name: words.newsletterSubmit });
    act(() => button.click());
    await act(async () => vi.advanceTimersByTime(7999));
    expect(screen.getByRole('status')).toHaveTextContent(words.newsletterSubmitting);
    await act(async () => vi.advanceTimersByTime(1));
    expect(screen.getByRole('status')).toHaveTextContent(words.errorSubscribeFailed);
    expect(email).toHaveValue('reader@example.com');
    act(() => button.click());
    expect(onSubscribe).toHaveBeenCalledTimes(2);
  });

  it('clears an old failure when the next try does not pass validation', async () => {
    const { user, email, button, status } = renderSignup({
      onSubscribe: () => Promise.reject(new Error('down')),
    });
    await user.type(email(), 'reader@example.com');
    await user.click(button());
    expect(status()).toHaveTextContent(words.errorSubscribeFailed);
    await user.clear(email());
    await user.click(button());
    expect(status()).toBeEmptyDOMElement();
    expect(summary()).toHaveFocus();
  });

  it('ignores an answer that arrives after it has gone', async () => {
    const answer = deferred<SubscribeResult>();
    const errors = vi.spyOn(console, 'error');
    const { user, email, button, unmount } = renderSignup({ onSubscribe: () => answer.promise });
    await user.type(email(), 'reader@example.com');
    await user.click(button());
    unmount();
    await act(async () => answer.resolve({ status: 'pending' }));
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('NewsletterSignup spam trap', () => {
  it('hides the trap from people and assistive technology', () => {
    const { container } = renderSignup();
    const trap = container.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap).toHaveAttribute('aria-hidden', 'true');
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap).toHaveAttribute('autocomplete', 'off');
    expect(trap).toHaveAttribute('data-part', 'honeypot');
    // Only the email field is a text box anyone can find.
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
  });

  it('is skipped by Tab', async () => {
    const { user, email, button } = renderSignup();
    await user.click(email());
    await user.tab();
    expect(button()).toHaveFocus();
  });

  it('pretends success to a bot that fills it, never calls onSubscribe and tells onTrap', async () => {
    const onTrap = vi.fn();
    const { user, container, email, button, status, onSubscribe } = renderSignup({
      consentLabel: 'I agree',
      onTrap,
    });
    fireEvent.change(container.querySelector('input[name="website"]')!, {
      target: { value: 'https://spam.example' },
    });
    await user.type(email(), 'bot@example.com');
    await user.click(button());
    expect(onSubscribe).not.toHaveBeenCalled();
    expect(onTrap).toHaveBeenCalledTimes(1);
    expect(confirmation()).toHaveTextContent(words.newsletterSubscribed);
    expect(status()).toBeEmptyDOMElement();
    expect(screen.queryByText(words.errorConsentRequired)).toBeNull();
  });
});

describe('NewsletterSignup accessibility', () => {
  it('has no axe violations idle, with errors, submitting, in each success state and failed', async () => {
    const answer = deferred<SubscribeResult>();
    const { container, user, email, button, onSubscribe } = renderSignup({
      consentLabel: 'I agree to receive the newsletter',
      privacyUrl: '/privacy',
      onSubscribe: () => answer.promise,
    });
    expect(await axe(container)).toHaveNoViolations();
    await user.click(button());
    expect(await axe(container)).toHaveNoViolations();
    await user.type(email(), 'reader@example.com');
    await user.click(screen.getByRole('checkbox'));
    await user.click(button());
    expect(onSubscribe).toHaveBeenCalled();
    expect(await axe(container)).toHaveNoViolations();
    await act(async () => answer.reject(new Error('down')));
    expect(screen.getByRole('status')).toHaveTextContent(words.errorSubscribeFailed);
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each(['subscribed', 'pending', 'already'] as const)(
    'has no axe violations when %s, in the dark card',
    async (state) => {
      const { container } = renderWithProvider(
        <main>
          <NewsletterSignup variant="card" onSubscribe={() => Promise.resolve({ status: state })} />
        </main>,
        { theme: darkTheme },
      );
      const user = userEvent.setup();
      await user.type(screen.getByRole('textbox'), 'reader@example.com');
      await user.click(screen.getByRole('button'));
      expect(screen.getByRole('region')).toHaveAttribute('data-state', state);
      expect(await axe(container)).toHaveNoViolations();
    },
  );

  it('follows the direction of the page, right to left included', async () => {
    const { messages: arabic } = await import('../src/messages/ar');
    renderWithProvider(<NewsletterSignup onSubscribe={() => Promise.resolve()} />, {
      dir: 'rtl',
      lang: 'ar',
      messages: arabic,
    });
    const region = screen.getByRole('region', { name: arabic.newsletterTitle });
    expect(region.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: arabic.newsletterSubmit })).toBeInTheDocument();
  });
});

/** Server HTML parsed as a browser without JavaScript would see it. */
function serverPage(props: Partial<NewsletterSignupProps>) {
  const { html, styles } = renderToHtml(
    <NewsletterSignup onSubscribe={() => Promise.resolve()} {...props} />,
  );
  const page = document.createElement('div');
  page.innerHTML = html;
  return { page, styles };
}

describe('NewsletterSignup without JavaScript', () => {
  it('server-renders with action as a form that posts the email field by name', () => {
    const { page, styles } = serverPage({
      action: 'https://news.example/subscribe',
      consentLabel: 'I agree',
      list: 'morning',
    });
    const form = page.querySelector('form')!;
    expect(form.method).toBe('post');
    expect(form.getAttribute('action')).toBe('https://news.example/subscribe');
    // Once JavaScript has run, validation happens on submit, in the page.
    expect(form).toHaveAttribute('novalidate');
    const email = form.querySelector('input[type="email"]')!;
    expect(email).toHaveAttribute('name', 'email');
    expect(form.querySelector('input[type="checkbox"]')).toHaveAttribute('name', 'consent');
    expect(form.querySelector('input[type="hidden"]')).toHaveAttribute('name', 'list');
    expect(form.querySelector('input[type="hidden"]')).toHaveAttribute('value', 'morning');
    const submit = form.querySelector('button')!;
    expect(submit.type).toBe('submit');
    expect(submit.disabled).toBe(false);
    // What the browser would post: the reader's email under "email".
    (email as HTMLInputElement).value = 'reader@example.com';
    (form.querySelector('input[type="checkbox"]') as HTMLInputElement).checked = true;
    const posted = Object.fromEntries(new FormData(form));
    expect(posted).toEqual({
      email: 'reader@example.com',
      consent: 'yes',
      list: 'morning',
      // No key in server HTML: a cached page would hand every reader the same one.
      key: '',
      website: '',
    });
    expect(form).toHaveAttribute('method', 'post');
    expect(styles).toContain('bs-newsletter');
    // The spam trap is hidden by the styles, not only by the attributes.
    expect(styles).toMatch(/honeypot'\]\{[^}]*clip-path:inset\(50%\)/);
    expectResilientStyles(styles);
  });

  it('without action, offers no button that would do nothing, and never posts as GET', () => {
    const { page } = serverPage({});
    const form = page.querySelector('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect(form).not.toHaveAttribute('action');
    expect(page.querySelector('button')!.disabled).toBe(true);
    expect(page.textContent).not.toContain(words.formCannotSend);
  });

  it('with neither action nor handler, says it cannot send and keeps its button off', async () => {
    const { html } = renderToHtml(<NewsletterSignup />);
    expect(html).toContain(words.formCannotSend);
    const container = await hydrateWithoutWarnings(<NewsletterSignup />);
    expect(within(container).getByRole('button', { name: words.newsletterSubmit })).toBeDisabled();
    container.remove();
  });

  it('never posts to a script URL', () => {
    const { page } = serverPage({ action: 'javascript:alert(1)' });
    expect(page.querySelector('form')).not.toHaveAttribute('action');
    expect(page.querySelector('form')).toHaveAttribute('method', 'post');
  });
});

describe('NewsletterSignup hydration', () => {
  it('hydrates with no warning and then subscribes through onSubscribe, not the action', async () => {
    const onSubscribe = vi.fn<Subscribe>(() => Promise.resolve({ status: 'pending' }));
    const container = await hydrateWithoutWarnings(
      <BroadsheetProvider>
        <NewsletterSignup
          onSubscribe={onSubscribe}
          action="/subscribe"
          consentLabel="I agree"
          privacyUrl="/privacy"
          list="weekly"
        />
      </BroadsheetProvider>,
    );
    const view = within(container);
    // Heard after React's own listener on the root: the browser would not post.
    let prevented = false;
    const onSubmit = (event: Event) => {
      prevented = event.defaultPrevented;
    };
    document.addEventListener('submit', onSubmit);
    const user = userEvent.setup();
    await user.type(view.getByRole('textbox'), 'reader@example.com');
    await user.click(view.getByRole('checkbox'));
    await user.click(view.getByRole('button', { name: words.newsletterSubmit }));
    document.removeEventListener('submit', onSubmit);
    expect(prevented).toBe(true);
    expect(onSubscribe).toHaveBeenCalledWith(
      {
        email: 'reader@example.com',
        consent: true,
        list: 'weekly',
      },
      expect.objectContaining({ key: expect.any(String), signal: expect.any(AbortSignal) }),
    );
    expect(within(confirmation()).getByText(words.newsletterPending)).toBeVisible();
    container.remove();
  });

  it('enables the button once hydrated when there is no action', async () => {
    const container = await hydrateWithoutWarnings(
      <NewsletterSignup onSubscribe={() => Promise.resolve()} />,
    );
    expect(within(container).getByRole('button')).toBeEnabled();
    container.remove();
  });

  it('keeps what the reader typed before the script arrived', async () => {
    const { html } = renderToHtml(<NewsletterSignup onSubscribe={() => Promise.resolve()} />);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    container.querySelector('input')!.value = 'early@example.com';
    const { hydrateRoot } = await import('react-dom/client');
    const onSubscribe = vi.fn<(request: SubscribeRequest) => Promise<SubscribeResult>>(() =>
      Promise.resolve(),
    );
    let root: ReturnType<typeof hydrateRoot>;
    await act(async () => {
      root = hydrateRoot(container, <NewsletterSignup onSubscribe={onSubscribe} />);
    });
    expect(container.querySelector('input')).toHaveValue('early@example.com');
    await userEvent.click(within(container).getByRole('button'));
    expect(onSubscribe).toHaveBeenCalledWith(
      { email: 'early@example.com' },
      expect.objectContaining({ key: expect.any(String), signal: expect.any(AbortSignal) }),
    );
    act(() => root.unmount());
    container.remove();
  });
});
