/** Paragraphs from text given as one string or several, with empty ones dropped. */
export function toParagraphs(text: string | readonly string[] | null | undefined): string[] {
  if (text == null) return [];
  const list = typeof text === 'string' ? [text] : text;
  return list.filter((paragraph) => typeof paragraph === 'string' && paragraph.trim() !== '');
}

/** True when the value is a string with something other than white space in it. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
