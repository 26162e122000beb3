// In Chromium, with the reader's media settings emulated through the DevTools protocol:
// reduced motion and forced colours (high contrast), which jsdom cannot show.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { Callout, FAQAccordion, type FAQAccordionItem } from '../../src';

const items: FAQAccordionItem[] = [
  { id: 'what', question: 'What is a guarantee?', answer: ['A promise of help.', 'In writing.'] },
  { id: 'who', question: 'Who signs it?', answer: 'The parties.' },
  { id: 'later', question: 'When is the text out?', answer: 'Once signed.', disabled: true },
];

async function emulate(features: { name: string; value: string }[]) {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}

afterEach(async () => {
  await emulate([]);
});

/** What a system colour such as GrayText computes to under the current emulation. */
function systemColor(name: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = name;
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function panelOf(button: HTMLElement) {
  return document.getElementById(button.getAttribute('aria-controls')!)!;
}

describe('FAQAccordion and the reader’s motion setting', () => {
  it('animates opening when motion is welcome', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    // A slow motion token, so a running transition is still running when it is looked for.
    render(<FAQAccordion items={items} style={{ '--bs-motion-duration': '5s' } as object} />);
    const button = screen.getByRole('button', { name: 'What is a guarantee?' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panelOf(button).getAnimations().length).toBeGreaterThan(0);
  });

  it('opens and closes at once under prefers-reduced-motion: reduce', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    render(<FAQAccordion items={items} style={{ '--bs-motion-duration': '5s' } as object} />);
    const button = screen.getByRole('button', { name: 'What is a guarantee?' });
    const panel = panelOf(button);
    await userEvent.click(button);
    expect(panel.getAnimations()).toHaveLength(0);
    expect(panel.getBoundingClientRect().height).toBeGreaterThan(20);
    await userEvent.click(button);
    expect(panel.getAnimations()).toHaveLength(0);
    expect(panel.getBoundingClientRect().height).toBe(0);
  });
});

describe('forced colours', () => {
  it('keeps FAQAccordion’s dividers and focus outline, with GrayText for a disabled question', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    render(<FAQAccordion items={items} />);
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const disabled = screen.getByRole('button', { name: 'When is the text out?' });
    expect(getComputedStyle(disabled).color).toBe(systemColor('GrayText'));
    const item = screen
      .getByRole('button', { name: 'Who signs it?' })
      .closest('[data-part="item"]')!;
    expect(getComputedStyle(item).borderBlockEndStyle).toBe('solid');

    await userEvent.tab();
    const focused = screen.getByRole('button', { name: 'What is a guarantee?' });
    expect(focused).toHaveFocus();
    expect(getComputedStyle(focused).outlineStyle).toBe('solid');
    expect(parseFloat(getComputedStyle(focused).outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('draws a Callout’s frame in the text colour, as its background colour is dropped', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    render(<Callout variant="tip">Check the date.</Callout>);
    const style = getComputedStyle(screen.getByRole('note'));
    const text = systemColor('CanvasText');
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      expect(style[`border${side}Style`]).toBe('solid');
      expect(style[`border${side}Color`]).toBe(text);
    }
  });
});
