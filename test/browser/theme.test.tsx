// In Chromium: what the theme does to the browser's own controls, which jsdom does not draw.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BroadsheetProvider, darkTheme, NewsletterSignup } from '../../src';

const subscribe = async () => ({ status: 'subscribed' as const });

describe('the colour scheme of the browser’s own controls', () => {
  it('is dark inside a dark theme, so a checkbox is not a bright white box', () => {
    render(
      <BroadsheetProvider theme={darkTheme}>
        <NewsletterSignup onSubscribe={subscribe} consentLabel="I agree" />
      </BroadsheetProvider>,
    );
    const checkbox = screen.getByRole('checkbox', { name: /I agree/ });
    expect(getComputedStyle(checkbox).colorScheme).toBe('dark');
  });

  it('is light with the light theme and with no provider at all', () => {
    render(
      <>
        <BroadsheetProvider>
          <NewsletterSignup onSubscribe={subscribe} consentLabel="Inside" />
        </BroadsheetProvider>
        <NewsletterSignup onSubscribe={subscribe} consentLabel="Alone" />
      </>,
    );
    expect(getComputedStyle(screen.getByRole('checkbox', { name: /Inside/ })).colorScheme).toBe(
      'light',
    );
    expect(getComputedStyle(screen.getByRole('checkbox', { name: /Alone/ })).colorScheme).toBe(
      'normal',
    );
  });
});
