/** A URL-fragment-friendly id from any text; letters of every script are kept. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .slice(0, 80)
      // Trimmed after the cut, so a slug never ends on the hyphen the cut left.
      .replace(/^-+|-+$/g, '')
  );
}

/**
 * Hands out ids that are unique within one scope: a repeated base gets "-2", "-3" and so on.
 * Give every list on a page the same registry to keep ids unique across the page.
 */
export class IdRegistry {
  private readonly used = new Set<string>();

  constructor(private readonly fallback = 'section') {}

  claim(preferred: string | undefined, text?: string): string {
    // An HTML id may not contain white space, so inner spaces in a given id become hyphens.
    const given = typeof preferred === 'string' ? preferred.trim().replace(/\s+/g, '-') : '';
    const base = given || slugify(text ?? '') || this.fallback;
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
