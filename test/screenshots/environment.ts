// Runs once before the screenshot tests, on the node side. The pictures depend on the browser
// build and on the fonts the system hands it, so the references record both
// (references/environment.json): an update writes it, a check compares with it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { referenceDirectory } from './config';
import { comparison } from './versions';

/** The system font packages the pictures are drawn with; .ci/run installs the same list. */
export const fontPackages = [
  'fonts-dejavu-core',
  'fonts-dejavu-extra',
  'fonts-liberation',
  'fonts-noto-color-emoji',
  'fonts-noto-core',
];

/**
 * The font fontconfig picks for each family the theme names, for Arabic text and for an emoji
 * (🤝, in a sample headline), which no family in the stacks covers: what Chromium is given
 * when it draws the stories.
 */
const fontQueries = [
  'Georgia',
  'Noto Serif',
  'serif',
  'sans-serif',
  'system-ui',
  'monospace',
  'Noto Naskh Arabic',
  'Noto Sans Arabic',
  'serif:lang=ar',
  'sans-serif:lang=ar',
  ':charset=1f91d',
];

export interface ScreenshotEnvironment {
  /** `chromium --version`, e.g. "Chromium 156.0.8078.114 built on Debian GNU/Linux 12". */
  chromium: string;
  /** Each query in `fontQueries` and the font file and face fontconfig answers with. */
  fonts: Record<string, string>;
  /** The version of each package in `fontPackages`, or "not installed". */
  fontPackages: Record<string, string>;
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')
      .at(-1)!;
  } catch {
    return 'unavailable';
  }
}

export function describeEnvironment(executablePath: string): ScreenshotEnvironment {
  return {
    chromium: run(executablePath, ['--version']),
    fonts: Object.fromEntries(
      fontQueries.map((query) => [
        query,
        run('fc-match', ['-f', '%{family[0]} %{style[0]}, %{file|basename}', query]),
      ]),
    ),
    fontPackages: Object.fromEntries(
      fontPackages.map((name) => [
        name,
        run('dpkg-query', ['-W', '-f', '${Version}', name]).replace(
          /^unavailable$/,
          'not installed',
        ),
      ]),
    ),
  };
}

/** What the tests are told: the environment the references were made in, and this one. */
export interface ScreenshotContext {
  recorded: ScreenshotEnvironment | null;
  current: ScreenshotEnvironment;
}

declare module 'vitest' {
  export interface ProvidedContext {
    screenshotEnvironment: ScreenshotContext;
  }
}

function differences(recorded: Record<string, string>, current: Record<string, string>) {
  return Object.keys({ ...recorded, ...current })
    .filter((key) => recorded[key] !== current[key])
    .map((key) => `  ${key}: references "${recorded[key]}", here "${current[key]}"`);
}

export default function setup(project: TestProject) {
  const file = path.join(project.config.root, referenceDirectory, 'environment.json');
  const current = describeEnvironment(process.env.CHROMIUM_PATH || '/usr/bin/chromium');
  const updating = project.config.snapshotOptions.updateSnapshot === 'all';
  let recorded: ScreenshotEnvironment | null = null;
  if (updating) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
    recorded = current;
  } else {
    try {
      recorded = JSON.parse(readFileSync(file, 'utf8')) as ScreenshotEnvironment;
    } catch {
      recorded = null;
    }
  }
  if (recorded) {
    const fonts = differences(recorded.fonts, current.fonts);
    if (fonts.length > 0) {
      // Other fonts change every line of text: say so once instead of failing every picture.
      throw new Error(
        [
          'The screenshot references were drawn with other fonts than this machine has:',
          ...fonts,
          ...differences(recorded.fontPackages, current.fontPackages),
          `Install the font packages .ci/run installs (${fontPackages.join(' ')}) and no others`,
          'that cover these families, or, if the new fonts are meant, run',
          '`npm run test:screenshots:update` and commit the new references.',
        ].join('\n'),
      );
    }
  }
  const { note } = comparison(recorded?.chromium, current.chromium);
  if (note) console.warn(`\n${note}\n`);
  project.provide('screenshotEnvironment', { recorded, current });
}
