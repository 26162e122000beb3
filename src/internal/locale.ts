import { cached } from './cache';

// Languages written right to left, and the scripts (ISO 15924 codes) that are.
const RTL_LANGUAGE = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku|ps|sd|syr|ug|ur|yi)$/i;
const RTL_SCRIPT = /^(arab|hebr|thaa|syrc|nkoo|adlm|rohg)$/i;

/** "rtl" for languages written right to left, "ltr" for the rest. */
export function directionOf(language: string | undefined): 'ltr' | 'rtl' | undefined {
  if (!language) return undefined;
  const [lang, ...subtags] = language.split(/[-_]/);
  // A script subtag is four letters; four digits (as in "de-1901") is a variant.
  const script = subtags.find((tag) => /^[a-z]{4}$/i.test(tag));
  return (script ? RTL_SCRIPT.test(script) : RTL_LANGUAGE.test(lang)) ? 'rtl' : 'ltr';
}

/** A piece of a formatted list: an item, or the words between items. */
export interface ListPart {
  type: 'element' | 'literal';
  value: string;
}

/**
 * "A, B and C" in the locale's own words, as parts: `element` parts are the items, in order,
 * and `literal` parts the words between them. Falls back to commas.
 */
export function listParts(items: string[], locale: string): ListPart[] {
  try {
    const format = cached(
      listFormats,
      locale,
      () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
    );
    return format.formatToParts(items);
  } catch {
    // Each item after a comma, and the first comma taken off again.
    return items
      .flatMap((value): ListPart[] => [
        { type: 'literal', value: ', ' },
        { type: 'element', value },
      ])
      .slice(1);
  }
}

// Building an Intl formatter costs far more than using one.
const listFormats = new Map<string, Intl.ListFormat>();
