const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** "rtl" for languages written right to left, "ltr" for the rest. */
export function directionOf(language: string | undefined): 'ltr' | 'rtl' | undefined {
  if (!language) return undefined;
  const [lang, ...subtags] = language.split(/[-_]/);
  // A script subtag is four letters; four digits (as in "de-1901") is a variant.
  const script = subtags.find((tag) => /^[a-z]{4}$/i.test(tag));
  if (script) {
    const normalised = script[0].toUpperCase() + script.slice(1).toLowerCase();
    return RTL_SCRIPTS.has(normalised) ? 'rtl' : 'ltr';
  }
  return RTL_LANGUAGES.has(lang.toLowerCase()) ? 'rtl' : 'ltr';
}

/** "A, B and C" in the locale's own words, falling back to commas. */
export function formatList(items: string[], locale: string): string {
  try {
    let format = listFormats.get(locale);
    if (!format) {
      format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
      if (listFormats.size > 100) listFormats.clear();
      listFormats.set(locale, format);
    }
    return format.format(items);
  } catch {
    return items.join(', ');
  }
}

// Building an Intl formatter costs far more than using one.
const listFormats = new Map<string, Intl.ListFormat>();
