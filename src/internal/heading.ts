export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type HeadingTag = `h${HeadingLevel}`;

/** A heading level kept within h1..h6, whatever number comes in. */
export function clampHeadingLevel(
  level: number | undefined,
  fallback: HeadingLevel = 2,
): HeadingLevel {
  // Number.isFinite is false for anything but a finite number, so data of any type is safe here.
  if (!Number.isFinite(level)) return fallback;
  return Math.min(6, Math.max(1, Math.round(level!))) as HeadingLevel;
}

/** The element name for a heading level, e.g. "h3"; out-of-range levels are clamped. */
export function headingTag(level: number | undefined, fallback: HeadingLevel = 2): HeadingTag {
  return `h${clampHeadingLevel(level, fallback)}`;
}
