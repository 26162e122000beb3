/** Paragraphs from text given as one string or several, with empty ones dropped. */
export function toParagraphs(text: string | readonly string[] | null | undefined): string[] {
  // Data from outside may hold anything here: only strings with text become paragraphs.
  if (Array.isArray(text)) return text.filter(hasText);
  return hasText(text) ? [text] : [];
}

/** True when the value is a string with something other than white space in it. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
