// The page script the bench drives in Chromium (bundled from dist by scripts/bench-build.mjs,
// React's production build). It does nothing on load; scripts/bench.tsx calls the functions
// on `window.broadsheetBench` through Playwright and reads back the times, in milliseconds
// of the page's own clock.
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import * as lib from 'broadsheet';
import { sampleComments } from '../samples';
import { CommitProbe, fullPage, generateComments, samplePage, threadPage } from './bench-data';

/**
 * Resolves with the time just after the next frame is painted: a task queued from the frame's
 * requestAnimationFrame callback runs after that frame's style, layout and paint.
 */
function afterNextPaint(): Promise<number> {
  return nextFrame().then(({ painted }) => painted);
}

/** The next frame: when its requestAnimationFrame callback ran, and just after its paint. */
function nextFrame(): Promise<{ frame: number; painted: number }> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ frame, painted: performance.now() });
      channel.port2.postMessage(null);
    });
  });
}

export interface HydrationTimes {
  /** From the hydrateRoot call to the commit of the hydrated tree. */
  commit: number;
  /** From the hydrateRoot call to just after the next paint after that commit. */
  paint: number;
  errors: string[];
}

export interface InteractionTimes {
  /** From the input event's timestamp to the end of the page's handlers (React's included). */
  handlers: number;
  /** From the input event's timestamp to the next frame's requestAnimationFrame callback. */
  frame: number;
  /** From the input event's timestamp to just after the next paint. */
  paint: number;
  /** Whatever the bench checks happened (e.g. the question's aria-expanded after the click). */
  state: string;
}

const submit = async () => undefined;

/** The comments drawn, and those behind each "Show N more replies": every one, once. */
function accountedFor(container: HTMLElement): number {
  const buttons = container.querySelectorAll('[data-part="more-replies"]');
  const waiting = Array.from(buttons, (b) => Number(/\d+/.exec(b.textContent ?? '')?.[0] ?? 0));
  return (
    container.querySelectorAll('[data-part="comment"]').length +
    waiting.reduce((sum, n) => sum + n, 0)
  );
}
let pending: Promise<InteractionTimes> | null = null;
let box: { root: Root; container: HTMLElement } | null = null;
const slowEvents: { name: string; duration: number; interactionId: number }[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The Event Timing API reports only events that took 16 ms or more to the next paint.
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const { interactionId = 0 } = entry as PerformanceEntry & { interactionId?: number };
      slowEvents.push({ name: entry.name, duration: entry.duration, interactionId });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
} catch {
  // No Event Timing in this browser: the counts stay empty.
}

/** The page a kind of hydration draws (`comments-N`: a thread of N comments). */
function pageFor(kind: string) {
  return kind === 'sample'
    ? samplePage(lib)
    : kind === 'full'
      ? fullPage(lib, sampleComments)
      : threadPage(lib, Number(kind.replace(/^\D+/, '')), kind.startsWith('grown-'));
}

// The page's data is made as the script loads, as an app's data is parsed before it hydrates:
// making thousands of comments leaves garbage that would otherwise be collected inside the
// timed hydration.
const loaded = location.pathname.slice(1);
const prepared = /^(sample|full|comments-\d+|grown-\d+)$/.test(loaded)
  ? { kind: loaded, page: pageFor(loaded) }
  : null;

const bench = {
  /** Hydrates the server-rendered page in #root (`comments-N`: a thread of N comments). */
  hydrate(kind: string): Promise<HydrationTimes> {
    const container = document.getElementById('root')!;
    const page = prepared?.kind === kind ? prepared.page : pageFor(kind);
    const errors: string[] = [];
    return new Promise((resolve) => {
      let start = 0;
      const onCommit = () => {
        const commit = performance.now() - start;
        void afterNextPaint().then((painted) =>
          resolve({ commit, paint: painted - start, errors }),
        );
      };
      start = performance.now();
      hydrateRoot(container, <CommitProbe onCommit={onCommit}>{page}</CommitProbe>, {
        onRecoverableError: (error) => errors.push(String(error)),
      });
    });
  },

  /**
   * Listens for the next `start` event (from Playwright's real input) and times it: handlers
   * end when `end` reaches the window, after React's own listener on the root.
   */
  arm(start: 'click' | 'keydown', end: 'click' | 'input', read: () => string) {
    pending = new Promise((resolve) => {
      let stamp = 0;
      const onStart = (event: Event) => {
        stamp = event.timeStamp;
      };
      const onEnd = () => {
        const handlers = performance.now() - stamp;
        const state = read();
        void nextFrame().then(({ frame, painted }) =>
          resolve({ handlers, frame: frame - stamp, paint: painted - stamp, state }),
        );
      };
      window.addEventListener(start, onStart, { capture: true, once: true });
      window.addEventListener(end, onEnd, { once: true });
    });
  },
  armClick(selector: string) {
    bench.arm('click', 'click', () =>
      document.querySelector(selector)!.getAttribute('aria-expanded')!,
    );
  },
  armKey() {
    bench.arm('keydown', 'input', () => document.querySelector('textarea')!.value);
  },
  result(): Promise<InteractionTimes> {
    return pending!;
  },

  /** Renders CommentBox with `count` comments into a new root; times the commit and paint. */
  async renderComments(count: number) {
    const comments = generateComments(count);
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    // Start well after a frame, so the next one is not held back by the frame rate.
    await afterNextPaint();
    await sleep(50);
    const start = performance.now();
    // Every comment at once: the cost of rendering comments, not of the first page.
    flushSync(() =>
      root.render(<lib.CommentBox comments={comments} onSubmit={submit} pageSize={Infinity} />),
    );
    const commit = performance.now() - start;
    const paint = (await afterNextPaint()) - start;
    const shown = accountedFor(container);
    root.unmount();
    container.remove();
    return { commit, paint, shown };
  },

  /** Mounts CommentBox with `count` comments and keeps it, for the keystroke timings. */
  async mountComments(count: number) {
    bench.unmountComments();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    flushSync(() =>
      root.render(
        <lib.CommentBox comments={generateComments(count)} onSubmit={submit} pageSize={Infinity} />,
      ),
    );
    box = { root, container };
    await afterNextPaint();
    return accountedFor(container);
  },
  unmountComments() {
    box?.root.unmount();
    box?.container.remove();
    box = null;
  },

  /** Event Timing entries of 16 ms or more since the last call. */
  takeSlowEvents() {
    return slowEvents.splice(0);
  },
};

export type BenchPage = typeof bench;
declare global {
  interface Window {
    broadsheetBench: BenchPage;
  }
}
window.broadsheetBench = bench;
