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

/** Claims an id: the given one, else a slug of the text, else the fallback; unique in its scope. */
export type IdRegistry = (preferred: string | undefined, text?: string) => string;

/**
 * Hands out ids that are unique within one scope: a repeated base gets "-2", "-3" and so on.
 * Give every list on a page the same registry to keep ids unique across the page.
 */
export function createIdRegistry(fallback = 'section'): IdRegistry {
  const used = new Set<string>();
  return (preferred, text) => {
    // An HTML id may not contain white space, so inner spaces in a given id become hyphens.
    const given = typeof preferred === 'string' ? preferred.trim().replace(/\s+/g, '-') : '';
    const base = given || slugify(text ?? '') || fallback;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
