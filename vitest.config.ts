import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import type { BrowserContextOptions } from 'playwright';
import { defineConfig } from 'vitest/config';
import {
  referencePath,
  sampleImages,
  screenshotBrowser,
  screenshotCommands,
} from './test/screenshots/config.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere. */
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Headless Chromium through Playwright, for the stories and the browser tests: a fresh object
 * for each project, as Vitest fills in each one's instances. The screenshot tests add flags
 * and a browser context of their own.
 */
const chromium = ({
  args = [],
  contextOptions = {},
}: { args?: string[]; contextOptions?: BrowserContextOptions } = {}) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        ...args,
      ],
    },
    contextOptions,
  }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          browser: chromium(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'stories',
          browser: chromium(),
        },
      },
      {
        // The stories drawn in Chromium and compared with the reference images committed in
        // test/screenshots/references (`npm run test:screenshots:update` makes them again).
        extends: true,
        plugins: [sampleImages(path.join(dirname, 'samples/images'))],
        test: {
          name: 'screenshots',
          include: ['test/screenshots/**/*.screenshot.tsx'],
          setupFiles: ['test/screenshots/setup.ts'],
          globalSetup: ['test/screenshots/environment.ts'],
          browser: {
            ...chromium(screenshotBrowser),
            viewport: { width: 1280, height: 800 },
            // A failed comparison writes the diff images; a picture of the whole frame adds nothing.
            screenshotFailures: false,
            commands: screenshotCommands,
            expect: { toMatchScreenshot: { resolveScreenshotPath: referencePath } },
          },
        },
      },
    ],
  },
});
