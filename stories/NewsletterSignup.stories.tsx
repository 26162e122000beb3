import type { Meta, StoryObj } from '@storybook/react-vite';
import { renderToString } from 'react-dom/server';
import { expect, fn, userEvent, waitFor, within, type Mock } from 'storybook/test';
import { defaultMessages, NewsletterSignup, type NewsletterSignupProps } from '../src';
import {
  parseSubscribeForm,
  subscribeDone,
  subscribeFailed,
  type SubscribeFormState,
} from '../src/forms';
import { messages as arabic } from '../src/messages/ar';

const words = defaultMessages;
type Subscribe = NonNullable<NewsletterSignupProps['onSubscribe']>;

const meta = {
  title: 'Components/NewsletterSignup',
  component: NewsletterSignup,
  args: {
    onSubscribe: fn<Subscribe>(() => Promise.resolve()),
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['inline', 'card'] },
    title: { control: 'text' },
    description: { control: 'text' },
    consentLabel: { control: 'text' },
    privacyUrl: { control: 'text' },
  },
} satisfies Meta<typeof NewsletterSignup>;

export default meta;
type Story = StoryObj<typeof meta>;

const consent = {
  consentLabel: 'Yes, send me the weekly newsletter. I can unsubscribe at any time.',
  privacyUrl: 'https://example.com/privacy',
};

/** The panel that replaces the form once a sign-up went through. */
const confirmation = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLElement>('[data-part="confirmation"]');

export const Default: Story = {};

export const WithConsent: Story = { args: consent };

export const Card: Story = { args: { ...consent, variant: 'card' } };

// The outcomes a server passes in after a post without JavaScript; a submission reaches the same.
export const Subscribed: Story = { args: { state: subscribeDone('subscribed') } };

export const Pending: Story = { args: { state: subscribeDone('pending') } };

export const AlreadySubscribed: Story = { args: { state: subscribeDone('already') } };

export const Failed: Story = {
  args: {
    state: (() => {
      const data = new FormData();
      data.set('email', 'reader@example.com');
      return subscribeFailed(data);
    })(),
  },
};

/**
 * The server's HTML, not hydrated: what a reader gets before or without JavaScript. With
 * `action` it is a real form that posts `email`, `consent` and `list` to the server.
 */
export const NoJavaScript: Story = {
  args: { ...consent, action: '/newsletter/subscribe', list: 'weekly' },
  render: (args) => (
    <div
      // Server output from our own component, shown as the browser would receive it.
      dangerouslySetInnerHTML={{ __html: renderToString(<NewsletterSignup {...args} />) }}
      // Storybook's frame stays on this page; a real page would post to `action`.
      onSubmit={(event) => event.preventDefault()}
    />
  ),
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('action', '/newsletter/subscribe');
    await expect(within(form).getByRole('textbox')).toHaveAttribute('name', 'email');
  },
};

export const Dark: Story = { args: { ...consent, variant: 'card' }, globals: { theme: 'dark' } };

export const RightToLeft: Story = {
  args: {
    messages: arabic,
    consentLabel: 'نعم، أرسلوا إليّ النشرة الأسبوعية.',
    privacyUrl: 'https://example.com/privacy',
  },
  globals: { direction: 'rtl' },
  render: (args) => (
    <div lang="ar">
      <NewsletterSignup {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    // The spam trap is a clipped pixel: it never widens the page, in either direction.
    const trap = canvasElement.querySelector('[data-part="honeypot"]')!;
    await expect(trap.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    const page = canvasElement.ownerDocument.documentElement;
    await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
  },
};

/** The Arabic confirmation, in place of the form. */
export const RightToLeftSubscribed: Story = {
  args: { messages: arabic, state: subscribeDone('subscribed') },
  globals: { direction: 'rtl' },
  render: (args) => (
    <div lang="ar">
      <NewsletterSignup {...args} />
    </div>
  ),
};

export const RightToLeftDark: Story = {
  ...RightToLeft,
  args: { ...RightToLeft.args, variant: 'card' },
  globals: { direction: 'rtl', theme: 'dark' },
};

/** Types an address, subscribes and hears "Thank you for subscribing". */
export const SubscribeFlow: Story = {
  args: { ...consent, list: 'weekly', onSubscribe: fn<Subscribe>(() => Promise.resolve()) },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(
      canvas.getByRole('textbox', { name: words.newsletterEmailLabel }),
      ' Reader@Example.com ',
    );
    await userEvent.click(canvas.getByRole('checkbox'));
    await userEvent.click(canvas.getByRole('button', { name: words.newsletterSubmit }));
    await waitFor(() =>
      expect(confirmation(canvasElement)).toHaveTextContent(words.newsletterSubscribed),
    );
    await expect(confirmation(canvasElement)).toHaveFocus();
    await expect((args.onSubscribe as Mock<Subscribe>).mock.calls.at(-1)?.[0]).toEqual({
      email: 'Reader@Example.com',
      consent: true,
      list: 'weekly',
    });
  },
};

/** Double opt-in: the app answers `{ status: 'pending' }`. */
export const PendingFlow: Story = {
  args: { onSubscribe: fn<Subscribe>(() => Promise.resolve({ status: 'pending' as const })) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox'), 'reader@example.com{Enter}');
    await waitFor(() =>
      expect(confirmation(canvasElement)).toHaveTextContent(words.newsletterPending),
    );
    await expect(confirmation(canvasElement)).toHaveFocus();
  },
};

/** The app answers `{ status: 'already' }`. */
export const AlreadyFlow: Story = {
  args: { onSubscribe: fn<Subscribe>(() => Promise.resolve({ status: 'already' as const })) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox'), 'reader@example.com{Enter}');
    await waitFor(() =>
      expect(confirmation(canvasElement)).toHaveTextContent(words.newsletterAlready),
    );
    await expect(confirmation(canvasElement)).toHaveFocus();
  },
};

/** Submits nothing, then a malformed address: each time the summary takes focus and names the field. */
export const ValidationErrorsFlow: Story = {
  args: { ...consent, onSubscribe: fn<Subscribe>(() => Promise.resolve()) },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByRole('textbox', { name: words.newsletterEmailLabel });
    await userEvent.click(canvas.getByRole('button', { name: words.newsletterSubmit }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveFocus());
    await expect(email).toHaveAccessibleDescription(
      `${words.errorPrefix} ${words.errorEmailRequired}`,
    );
    await expect(canvas.getByRole('checkbox')).toHaveAccessibleDescription(
      `${words.errorPrefix} ${words.errorConsentRequired}`,
    );
    await userEvent.type(email, 'reader@example');
    await userEvent.click(canvas.getByRole('button', { name: words.newsletterSubmit }));
    await expect(email).toHaveAccessibleDescription(
      `${words.errorPrefix} ${words.errorEmailInvalid}`,
    );
    await expect(args.onSubscribe).not.toHaveBeenCalled();
  },
};

/** The app never answers: the button is busy and further clicks send nothing. */
export const SubmittingFlow: Story = {
  args: { onSubscribe: fn<Subscribe>(() => new Promise(() => {})) },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: words.newsletterSubmit });
    await userEvent.type(canvas.getByRole('textbox'), 'reader@example.com');
    await userEvent.dblClick(button);
    await userEvent.click(button);
    await expect(args.onSubscribe).toHaveBeenCalledTimes(1);
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent(words.newsletterSubmitting);
  },
};

/** The first try fails; the address stays as typed, and the second try works. */
export const FailureAndRetryFlow: Story = {
  args: { onSubscribe: fn<Subscribe>(() => Promise.resolve({ status: 'pending' as const })) },
  play: async ({ args, canvasElement }) => {
    (args.onSubscribe as Mock<Subscribe>).mockRejectedValueOnce(new Error('Service unavailable'));
    const canvas = within(canvasElement);
    const email = canvas.getByRole('textbox');
    const button = canvas.getByRole('button', { name: words.newsletterSubmit });
    await userEvent.type(email, 'reader@example.com');
    await userEvent.click(button);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(words.errorSubscribeFailed),
    );
    await expect(email).toHaveValue('reader@example.com');
    await userEvent.click(button);
    await waitFor(() =>
      expect(confirmation(canvasElement)).toHaveTextContent(words.newsletterPending),
    );
    await expect(confirmation(canvasElement)).toHaveFocus();
    await expect(args.onSubscribe).toHaveBeenCalledTimes(2);
  },
};

/**
 * With a Server Action: `action` is a function `(state, formData) => Promise<state>` built on
 * `broadsheet/forms`. Here it runs in the browser and refuses example.org addresses, as a
 * server's own rule would.
 */
export const WithServerAction: Story = {
  args: {
    onSubscribe: undefined,
    action: async (_state: SubscribeFormState, data: FormData) => {
      const parsed = parseSubscribeForm(data);
      if (!parsed.ok) return parsed.state;
      if (parsed.request.email.endsWith('@example.org')) {
        return subscribeFailed(data, 'We cannot send to example.org addresses.');
      }
      return subscribeDone('pending', parsed.request);
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByRole('textbox', { name: words.newsletterEmailLabel });
    await userEvent.type(email, 'reader@example.org');
    await userEvent.click(canvas.getByRole('button', { name: words.newsletterSubmit }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('We cannot send to example.org'),
    );
    await expect(email).toHaveValue('reader@example.org');
  },
};

/** What a server hands back after a post without JavaScript: the refusal, with the values. */
export const ServerRefusal: Story = {
  args: {
    ...consent,
    action: '/newsletter',
    state: (() => {
      const data = new FormData();
      data.set('email', 'reader@example..com');
      const parsed = parseSubscribeForm(data, { requireConsent: true });
      return parsed.ok ? undefined : parsed.state;
    })(),
  },
};

/** A sign-up the server reports pending (double opt-in), shown in place of the form. */
export const ServerPending: Story = {
  args: { action: '/newsletter', state: subscribeDone('pending') },
};

export const ServerPendingDark: Story = {
  ...ServerPending,
  globals: { theme: 'dark' },
};
