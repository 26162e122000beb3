// How strictly a picture is compared, by the Chromium it was drawn with. Shared by the node and
// browser sides, so it imports nothing.

/** The major version in a `chromium --version` line, or undefined when there is none. */
export function chromiumMajor(version: string | undefined): number | undefined {
  const match = /(\d+)\.\d+\.\d+\.\d+/.exec(version ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * The Chromium the references were drawn with: pixel for pixel. The same build draws the same
 * pixels run after run, so any difference is a change, even a colour one step off.
 */
export const sameMajor = { threshold: 0, allowedMismatchedPixels: 0 };

/**
 * Another major version (Debian moves Chromium to a new one every few weeks): text edges may be
 * drawn a little differently, so colours may differ more and up to 0.1 % of a picture's pixels
 * may differ, which is far less than a changed word, a moved icon or another colour.
 */
export const otherMajor = { threshold: 0.2, allowedMismatchedPixelRatio: 0.001 };

export function comparison(recorded: string | undefined, current: string) {
  const then = chromiumMajor(recorded);
  const now = chromiumMajor(current);
  if (then === undefined || then === now) return { comparatorOptions: sameMajor, note: undefined };
  return {
    comparatorOptions: otherMajor,
    note: [
      `The screenshot references were drawn with Chromium ${then}; this is Chromium ${now ?? '(unknown)'}.`,
      'Pictures are compared with a small tolerance for the way text edges are drawn. If one',
      'still differs, look at its diff image: when only the browser drew it differently, run',
      '`npm run test:screenshots:update` and commit the new references with environment.json.',
    ].join('\n'),
  };
}
