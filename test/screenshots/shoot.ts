// Draws a story as the workshop shows it and compares it with its reference image.
import { expect, inject } from 'vitest';
import { cdp, commands, page, userEvent } from 'vitest/browser';
import { comparison } from './versions';

export type Theme = 'light' | 'dark';
export type Direction = 'ltr' | 'rtl';

/** The widths a design is reviewed at (the workshop's viewport presets). */
export const desktop = 1280;
export const phone = 390;

/** The window height a story is drawn in before it grows to fit a tall story. */
const baseHeight = 800;

/** A story from `composeStories`, with the workshop's decorators and globals. */
export interface ComposedStory {
  run(context?: {
    canvasElement?: HTMLElement;
    globals?: Record<string, unknown>;
    args?: Record<string, unknown>;
  }): Promise<void>;
  load(): Promise<void>;
  globals: Record<string, unknown>;
  args: Record<string, unknown>;
}

export interface Shot {
  theme: Theme;
  direction: Direction;
  /** The window width, 1280 unless given. */
  width?: number;
  /** Args on top of the story's own, for a state the story has in another language only. */
  args?: Record<string, unknown>;
  /** What the reader does before the picture is taken: open, focus, submit. */
  act?: (canvas: HTMLElement) => Promise<void>;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Sizes the test frame, and the window around it so that Vitest does not scale the frame. */
async function setViewport(width: number, height: number) {
  await commands.fitWindow(width + 100, height + 100);
  await page.viewport(width, height);
  await nextFrame();
  const scale = window.frameElement?.parentElement?.getAttribute('data-scale');
  if (window.innerWidth !== width || (scale != null && scale !== '1')) {
    throw new Error(
      `The frame is ${window.innerWidth} px wide at scale ${scale}, not ${width} at 1.`,
    );
  }
}

/**
 * Every picture loaded and decoded, every font ready, and nothing asked of another host (the
 * pictures from one are answered with a stand-in, see config.ts). Lazy pictures below the fold
 * are told to load now, as they would once scrolled to.
 */
async function settle(canvas: HTMLElement) {
  const images = Array.from(canvas.querySelectorAll('img'));
  for (const image of images) image.loading = 'eager';
  await Promise.all(
    images.map((image) =>
      image.decode().catch(() => {
        throw new Error(`The picture ${image.currentSrc || image.src} did not load.`);
      }),
    ),
  );
  await document.fonts.ready;
  const remote = performance
    .getEntriesByType('resource')
    .filter((entry) => (entry as PerformanceResourceTiming).initiatorType !== 'img')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin !== location.origin);
  if (remote.length > 0) throw new Error(`The page asked other hosts for ${remote.join(', ')}`);
  await nextFrame();
  await nextFrame();
}

/**
 * Narrows the canvas to what the story draws (plus the workshop's padding), so a picture holds
 * the component and not the empty width of the window beside it.
 */
function cropToContent(canvas: HTMLElement) {
  const root = canvas.firstElementChild as HTMLElement;
  let start = Infinity;
  let end = -Infinity;
  for (const element of root.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) {
      start = Math.min(start, box.left);
      end = Math.max(end, box.right);
    }
  }
  const style = getComputedStyle(root);
  const width = Math.ceil(
    end - start + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight),
  );
  if (width < canvas.getBoundingClientRect().width) canvas.style.inlineSize = `${width}px`;
}

/** Makes the frame tall enough to hold the whole story, which a picture cannot go beyond. */
async function fitHeight(canvas: HTMLElement, width: number) {
  for (let tries = 0; tries < 3; tries += 1) {
    const height = Math.max(baseHeight, Math.ceil(canvas.getBoundingClientRect().bottom));
    if (height === window.innerHeight) return;
    await setViewport(width, height);
  }
}

/**
 * Empties the browser's memory of pictures drawn before: given a `srcset`, Chromium takes a
 * larger candidate it already holds over the one the width calls for, which would make a picture
 * depend on the tests that ran before it.
 */
async function forgetPictures() {
  await cdp().send('HeapProfiler.collectGarbage');
  await cdp().send('Memory.simulatePressureNotification', { level: 'critical' });
}

/**
 * Renders `story` with the given theme and direction at the given width, lets the reader act,
 * and compares the story's canvas with `references/<file>/<name>.png`.
 */
export async function shoot(
  story: ComposedStory,
  name: string,
  { theme, direction, width = desktop, args, act }: Shot,
) {
  await setViewport(width, baseHeight);
  await forgetPictures();
  performance.clearResourceTimings();
  const canvas = document.body.appendChild(document.createElement('div'));
  canvas.dataset.testid = 'screenshot';
  try {
    // Every right-to-left picture is of an Arabic sample: the words the components write
    // themselves are Arabic too, as the workshop's language menu sets them.
    const locale = direction === 'rtl' ? 'ar' : 'en';
    await story.run({
      canvasElement: canvas,
      globals: { ...story.globals, theme, direction, locale },
      args: { ...story.args, ...args },
    });
    if (act) await act(canvas);
    // Focus moved by the story or the act may have scrolled the page: the picture starts at the top.
    window.scrollTo(0, 0);
    await settle(canvas);
    cropToContent(canvas);
    await fitHeight(canvas, width);
    await settle(canvas);
    const { recorded, current } = inject('screenshotEnvironment');
    const { comparatorOptions, note } = comparison(recorded?.chromium, current.chromium);
    try {
      await expect
        .element(page.getByTestId('screenshot'))
        .toMatchScreenshot(`${name}.png`, { comparatorOptions });
    } catch (error) {
      if (note && error instanceof Error) error.message += `\n\n${note}`;
      throw error;
    }
  } finally {
    // Storybook unmounts the story drawn before when it loads one: so its pictures are let go.
    await story.load();
    canvas.remove();
  }
}

/** Presses Tab, as a keyboard reader does, until the first element matching `selector` has focus. */
export function tabTo(selector: string) {
  return async (canvas: HTMLElement) => {
    const target = canvas.querySelector(selector);
    if (!target) throw new Error(`Nothing matches ${selector}.`);
    for (let presses = 0; presses < 20 && document.activeElement !== target; presses += 1) {
      await userEvent.tab();
    }
    if (document.activeElement !== target) throw new Error(`Tab never reached ${selector}.`);
  };
}

/** Sends the form as it stands (here, empty), and waits for the errors to show. */
export async function submitEmpty(canvas: HTMLElement) {
  const button = canvas.querySelector<HTMLButtonElement>('[data-part="submit"]');
  if (!button) throw new Error('The form has no submit button.');
  button.click();
  await expect.poll(() => canvas.querySelector('[aria-invalid="true"]')).not.toBeNull();
}
