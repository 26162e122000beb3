import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  BroadsheetProvider,
  Callout,
  darkTheme,
  defaultMessages,
  type CalloutVariant,
} from '../src';
import {
  axe,
  expectForwardsToRoot,
  expectResilientStyles,
  hydrateWithoutWarnings,
  renderToHtml,
  renderWithProvider,
} from './helpers';
import { render } from '@testing-library/react';

const variants: [CalloutVariant, string][] = [
  ['didYouKnow', defaultMessages.calloutDidYouKnow],
  ['tip', defaultMessages.calloutTip],
  ['note', defaultMessages.calloutNote],
  ['warning', defaultMessages.calloutWarning],
];

describe('Callout', () => {
  it.each(variants)('%s is a note named by its default title', (variant, title) => {
    render(<Callout variant={variant}>Seventy-one per cent said yes.</Callout>);
    const box = screen.getByRole('note', { name: title });
    expect(box.tagName).toBe('ASIDE');
    expect(box).toHaveTextContent('Seventy-one per cent said yes.');
    expect(box).toHaveAttribute('data-variant', variant);
  });

  it('is a note when no variant is given, and when the variant is unknown', () => {
    render(
      <>
        <Callout>Plain</Callout>
        <Callout variant={'shout' as CalloutVariant}>Odd</Callout>
      </>,
    );
    expect(screen.getAllByRole('note', { name: 'Note' })).toHaveLength(2);
  });

  it('takes a title of its own', () => {
    render(
      <Callout variant="tip" title="A very long title that goes on well past the width of the box">
        Body
      </Callout>,
    );
    expect(
      screen.getByRole('note', {
        name: 'A very long title that goes on well past the width of the box',
      }),
    ).toBeInTheDocument();
  });

  it('hides its icon from assistive technology', () => {
    const { container } = render(<Callout variant="warning">Careful</Callout>);
    const icon = container.querySelector('svg');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
  });

  it('passes className, id, other attributes and its ref to the aside', () => {
    expectForwardsToRoot((rootProps) => <Callout {...rootProps}>Text</Callout>, 'ASIDE');
  });

  it('reads its default titles from the provider, overridden in part', () => {
    renderWithProvider(
      <>
        <Callout variant="didYouKnow">One</Callout>
        <Callout variant="tip">Two</Callout>
      </>,
      { messages: { calloutDidYouKnow: 'Schon gewusst?' } },
    );
    expect(screen.getByRole('note', { name: 'Schon gewusst?' })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Pro tip' })).toBeInTheDocument();
  });

  it('shows plain text from data as text, never as HTML', () => {
    const { container } = render(
      <Callout title="<img src=x onerror=alert(1)>">{'<b>bold</b>'}</Callout>,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByRole('note', { name: '<img src=x onerror=alert(1)>' })).toHaveTextContent(
      '<b>bold</b>',
    );
  });

  it('has no axe violations in any variant, light or dark', async () => {
    const { container } = renderWithProvider(
      <main>
        {variants.map(([variant]) => (
          <Callout key={variant} variant={variant}>
            Text for {variant}
          </Callout>
        ))}
      </main>,
      { theme: darkTheme },
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('server-renders its title, text and styles with no provider', () => {
    const { html, styles } = renderToHtml(<Callout variant="tip">Use think tanks.</Callout>);
    expect(html).toContain('<aside');
    expect(html).toContain('Pro tip');
    expect(html).toContain('Use think tanks.');
    expect(styles).toContain('border-block-start');
    expect(styles).toContain('var(--bs-color-tip');
    expectResilientStyles(styles);
  });

  it('hydrates server HTML with no warning', async () => {
    const container = await hydrateWithoutWarnings(
      <BroadsheetProvider>
        <Callout variant="didYouKnow">Fifty-four per cent would accept guarantees.</Callout>
      </BroadsheetProvider>,
    );
    expect(container.querySelector('aside')).toHaveTextContent('Did you know?');
  });

  it('follows the direction of the page, right to left included', () => {
    renderWithProvider(
      <Callout variant="tip" title="نصيحة">
        نص عربي
      </Callout>,
      { dir: 'rtl', lang: 'ar' },
    );
    const box = screen.getByRole('note', { name: 'نصيحة' });
    expect(box.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(box).toHaveTextContent('نص عربي');
  });
});
