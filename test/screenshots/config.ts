// The node side of the screenshot tests: the browser they run in, the commands they call and
// where the reference images live. vitest.config.ts puts these together as a project.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { BrowserCommand } from 'vitest/node';

/** Where the reference images are kept, one folder per test file. */
export const referenceDirectory = 'test/screenshots/references';

/** `references/<file>/<name>.png`: no browser or platform in the name, as only one is used. */
export function referencePath({
  root,
  testFileName,
  arg,
  ext,
}: {
  root: string;
  testFileName: string;
  arg: string;
  ext: string;
}): string {
  return path.join(
    root,
    referenceDirectory,
    testFileName.replace(/\.screenshot\.tsx$/, ''),
    arg + ext,
  );
}

/**
 * What the pictures depend on, pinned: one pixel per CSS pixel, the same time zone, language,
 * colour scheme and motion setting on every machine, scroll bars that take no room, greyscale
 * text smoothing, an sRGB output, and no host name but localhost resolving, so nothing can come
 * from the network (`stubOtherHosts` answers pictures from other hosts before that).
 */
export const screenshotBrowser = {
  args: [
    '--force-device-scale-factor=1',
    '--hide-scrollbars',
    '--disable-lcd-text',
    '--force-color-profile=srgb',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
  contextOptions: {
    deviceScaleFactor: 1,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light' as const,
    reducedMotion: 'reduce' as const,
  },
};

/**
 * Makes the browser window at least `width` × `height`, so that Vitest draws the test frame at
 * full size (it scales the frame down when the window is smaller) and a tall story fits in it.
 */
const fitWindow: BrowserCommand<[width: number, height: number]> = async (
  context,
  width,
  height,
) => {
  const current = context.page.viewportSize();
  await context.page.setViewportSize({
    width: Math.max(width, current?.width ?? 0),
    height: Math.max(height, current?.height ?? 0),
  });
};

/** A flat grey square: what a picture from another host is drawn as. */
const standIn = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#8c8c8c"/></svg>`;

const stubbed = new WeakSet<object>();

/**
 * Answers every request for another host from here: a picture gets the grey square, anything
 * else (a web font, a style sheet) fails. A failed picture would be drawn at one size or another
 * depending on when its failure arrives; the square is drawn the same on every run.
 */
const stubOtherHosts: BrowserCommand<[]> = async ({ context }) => {
  if (stubbed.has(context)) return;
  stubbed.add(context);
  await context.route(
    (url) => url.hostname !== 'localhost' && url.hostname !== '127.0.0.1',
    (route) =>
      route.request().resourceType() === 'image'
        ? route.fulfill({ contentType: 'image/svg+xml', body: standIn })
        : route.abort('blockedbyclient'),
  );
};

export const screenshotCommands = { fitWindow, stubOtherHosts };

declare module 'vitest/browser' {
  interface BrowserCommands {
    fitWindow: (width: number, height: number) => Promise<void>;
    stubOtherHosts: () => Promise<void>;
  }
}

/**
 * Serves the sample pictures at /sample-images/, where the samples point and where Storybook
 * serves them (`staticDirs` in .storybook/main.ts).
 */
export function sampleImages(directory: string): Plugin {
  return {
    name: 'broadsheet:sample-images',
    configureServer(server) {
      server.middlewares.use('/sample-images', (request, response, next) => {
        const name = path.basename(decodeURIComponent((request.url ?? '').split('?')[0]));
        if (!/^[\w.-]+\.svg$/.test(name)) return next();
        readFile(path.join(directory, name)).then(
          (body) => {
            response.setHeader('Content-Type', 'image/svg+xml');
            // Kept by no cache, so a `srcset` picks by the width alone (see forgetPictures).
            response.setHeader('Cache-Control', 'no-store');
            response.end(body);
          },
          () => next(),
        );
      });
    },
  };
}
