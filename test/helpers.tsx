import { act, render, screen, type RenderOptions } from '@testing-library/react';
import { createRef, type ReactElement, type Ref } from 'react';
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

/**
 * Fails unless server-rendered CSS uses only logical sides, which right-to-left pages need,
 * moves only inside `prefers-reduced-motion: no-preference`, and (unless `forcedColors` is
 * false) has rules that keep its frame in forced-colours mode, where backgrounds and shadows
 * are dropped.
 */
export function expectResilientStyles(styles: string, { forcedColors = true } = {}): void {
  if (forcedColors) expect(styles).toMatch(/forced-colors:\s*active/);
  // Motion (transitions, animations, starting styles) only for readers who welcome it.
  expect(splitByMotionPreference(styles).outside).not.toMatch(
    /transition|animation|@starting-style/,
  );
  expect(styles).not.toMatch(/(margin|padding|border|inset)-(left|right)\b|[^-](left|right):/);
}

/** The CSS inside `@media (prefers-reduced-motion: no-preference)` blocks, and the rest. */
function splitByMotionPreference(styles: string): { inside: string; outside: string } {
  const opening = /@media \(prefers-reduced-motion:\s*no-preference\)\s*\{/g;
  let outside = '';
  let inside = '';
  let from = 0;
  for (let match = opening.exec(styles); match; match = opening.exec(styles)) {
    outside += styles.slice(from, match.index);
    // The block ends where its braces balance.
    let depth = 1;
    let end = opening.lastIndex;
    for (; depth > 0 && end < styles.length; end += 1) {
      if (styles[end] === '{') depth += 1;
      if (styles[end] === '}') depth -= 1;
    }
    inside += styles.slice(match.index, end);
    from = opening.lastIndex = end;
  }
  return { inside, outside: outside + styles.slice(from) };
}

/**
 * Fails unless the CSS has transitions inside `@media (prefers-reduced-motion: no-preference)`
 * (expectResilientStyles fails on any motion outside it). Returns those blocks.
 */
export function expectMotionOnlyWhenWelcome(styles: string): string {
  const { inside } = splitByMotionPreference(styles);
  expect(inside).toMatch(/transition:/);
  return inside;
}

/** What every component must hand to its root element: a ref, a class, an id, any attribute. */
export interface RootProps {
  ref: Ref<never>;
  className: string;
  id: string;
  lang: string;
  'data-testid': string;
}

/** Renders `ui` with RootProps and checks each of them reached the root, a `tagName` element. */
export function expectForwardsToRoot(
  ui: (root: RootProps) => ReactElement,
  tagName: string,
): HTMLElement {
  const ref = createRef<HTMLElement>();
  render(
    ui({
      ref: ref as Ref<never>,
      className: 'mine',
      id: 'root-id',
      lang: 'en-GB',
      'data-testid': 'root',
    }),
  );
  const root = screen.getByTestId('root');
  expect(ref.current).toBe(root);
  expect(root.tagName).toBe(tagName);
  expect(root).toHaveClass('mine');
  expect(root).toHaveAttribute('id', 'root-id');
  expect(root).toHaveAttribute('lang', 'en-GB');
  return root;
}

/** A promise and the functions that settle it, for handlers a test answers when it chooses. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((settle, fail) => {
    resolve = settle;
    reject = fail;
  });
  return { promise, resolve, reject };
}
