import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  BroadsheetProvider,
  Callout,
  darkTheme,
  defaultMessages,
  extendTheme,
  lightTheme,
  tokens,
} from '../src';
import { messages as arabic } from '../src/messages/ar';
import { messages as german } from '../src/messages/de';
import { hydrateWithoutWarnings } from './helpers';

describe('BroadsheetProvider', () => {
  it('writes the theme as custom properties on its own element', () => {
    render(
      <BroadsheetProvider theme={darkTheme} data-testid="root">
        <p>Inside</p>
      </BroadsheetProvider>,
    );
    const root = screen.getByTestId('root');
    expect(root.style.getPropertyValue('--bs-color-text')).toBe(darkTheme.color.text);
    expect(root.style.getPropertyValue('--bs-color-background')).toBe(darkTheme.color.background);
    expect(root.style.getPropertyValue('--bs-space-md')).toBe(darkTheme.space.md);
    expect(root).toHaveTextContent('Inside');
  });

  it('sets no custom properties when no theme is given, so the surrounding theme applies', () => {
    render(
      <BroadsheetProvider data-testid="root">
        <p>Inside</p>
      </BroadsheetProvider>,
    );
    expect(screen.getByTestId('root').getAttribute('style')).toBeNull();
  });

  it('makes a brand theme from a few overridden tokens', () => {
    const brand = extendTheme({ color: { accent: '#00548f' }, radius: { md: '0' } });
    expect(brand.color.accent).toBe('#00548f');
    expect(brand.color.text).toBe(lightTheme.color.text);
    expect(brand.radius.md).toBe('0');
    expect(lightTheme.color.accent).not.toBe('#00548f');
    render(
      <BroadsheetProvider theme={brand} data-testid="root">
        x
      </BroadsheetProvider>,
    );
    expect(screen.getByTestId('root').style.getPropertyValue('--bs-color-accent')).toBe('#00548f');
  });

  it('gives components tokens that fall back to the light theme with no provider', () => {
    expect(tokens.color.text).toBe(`var(--bs-color-text, ${lightTheme.color.text})`);
    expect(tokens.space.md).toBe(`var(--bs-space-md, ${lightTheme.space.md})`);
  });

  it('replaces some words and keeps the rest, and nested providers build on their parent', () => {
    render(
      <BroadsheetProvider messages={{ calloutTip: 'Top tip' }}>
        <Callout variant="tip">One</Callout>
        <BroadsheetProvider messages={{ calloutNote: 'Aside' }}>
          <Callout variant="tip">Two</Callout>
          <Callout variant="note">Three</Callout>
          <Callout variant="warning">Four</Callout>
        </BroadsheetProvider>
      </BroadsheetProvider>,
    );
    expect(screen.getAllByRole('note', { name: 'Top tip' })).toHaveLength(2);
    expect(screen.getByRole('note', { name: 'Aside' })).toHaveTextContent('Three');
    expect(screen.getByRole('note', { name: defaultMessages.calloutWarning })).toHaveTextContent(
      'Four',
    );
  });

  it('takes a whole translated table', () => {
    render(
      <>
        <BroadsheetProvider locale="de" messages={german}>
          <Callout variant="didYouKnow">Text</Callout>
        </BroadsheetProvider>
        <BroadsheetProvider locale="ar" messages={arabic} dir="rtl">
          <Callout variant="didYouKnow">نص</Callout>
        </BroadsheetProvider>
      </>,
    );
    expect(screen.getByRole('note', { name: german.calloutDidYouKnow })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: arabic.calloutDidYouKnow })).toBeInTheDocument();
    expect(german.calloutDidYouKnow).not.toBe(defaultMessages.calloutDidYouKnow);
  });

  it('hydrates with a theme and messages with no warning', async () => {
    const container = await hydrateWithoutWarnings(
      <BroadsheetProvider theme={darkTheme} locale="de" messages={german}>
        <Callout variant="tip">Text</Callout>
      </BroadsheetProvider>,
    );
    expect(container).toHaveTextContent(german.calloutTip);
  });
});
