import { act, render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { expect, vi } from 'vitest';
import { configureAxe } from 'vitest-axe';
import { BroadsheetProvider, type BroadsheetProviderProps } from '../src';

/** Renders inside a BroadsheetProvider with the given settings. */
export function renderWithProvider(
  ui: ReactElement,
  provider: Omit<BroadsheetProviderProps, 'children'> = {},
  options?: RenderOptions,
) {
  return render(<BroadsheetProvider {...provider}>{ui}</BroadsheetProvider>, options);
}

/** Server-renders through a ServerStyleSheet, as an app's server would. */
export function renderToHtml(ui: ReactElement): { html: string; styles: string } {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(ui));
    return { html, styles: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
}

/**
 * Server-renders, puts the HTML in the document, hydrates it and fails on any console
 * error or warning or recoverable hydration error. Returns the hydrated container.
 */
export async function hydrateWithoutWarnings(ui: ReactElement): Promise<HTMLElement> {
  const { html, styles } = renderToHtml(ui);
  document.head.insertAdjacentHTML('beforeend', styles);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);

  const errors: unknown[] = [];
  const onConsole = (...args: unknown[]) => errors.push(args);
  const error = vi.spyOn(console, 'error').mockImplementation(onConsole);
  const warn = vi.spyOn(console, 'warn').mockImplementation(onConsole);
  try {
    await act(async () => {
      hydrateRoot(container, ui, { onRecoverableError: (cause) => errors.push(cause) });
    });
  } finally {
    error.mockRestore();
    warn.mockRestore();
  }
  if (errors.length > 0) {
    throw new Error(`Hydration reported problems:\n${errors.map((e) => String(e)).join('\n')}`);
  }
  return container;
}

/** axe for jsdom; colour contrast needs real layout, so Chromium's story tests check it. */
export const axe = configureAxe({ rules: { 'color-contrast': { enabled: false } } });

/** Fails when server-rendered CSS uses physical sides, which break right-to-left pages. */
export function expectOnlyLogicalSides(styles: string): void {
  expect(styles).not.toMatch(/(margin|padding|border|inset)-(left|right)\b|[^-](left|right):/);
}
