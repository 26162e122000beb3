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

/** Claims an id: the given one, else one made from the text; unique in its registry. */
export type IdRegistry = (given: string | undefined, text?: string) => string;

/**
 * Hands out ids that are unique within one registry: a repeated id gets "-2", "-3" and so on.
 * A given id is used as written, so it can be linked; an id made from the text (or, with no
 * text, from the fallback) starts with `prefix`, so two components on one page, each with its
 * own registry and prefix, never make the same id.
 */
export function createIdRegistry(fallback = 'section', prefix = ''): IdRegistry {
  const used = new Set<string>();
  return (given, text) => {
    // An HTML id may not contain white space, so inner spaces in a given id become hyphens.
    const base = given?.trim().replace(/\s+/g, '-') || prefix + (slugify(text ?? '') || fallback);
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** The items, each with an id claimed from the registry: its own, else one made from its text. */
export function withIds<T extends { id?: string }>(
  items: readonly T[],
  registry: IdRegistry,
  textOf: (item: T) => string,
): (T & { id: string })[] {
  // Given ids first, as written, so an id made from a text never takes one of them.
  const given = items.map((item) => item.id && registry(item.id));
  return items.map((item, index) => ({
    ...item,
    id: given[index] || registry(undefined, textOf(item)),
  }));
}
