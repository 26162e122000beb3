const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** "rtl" for languages written right to left, "ltr" for the rest. */
export function directionOf(language: string | undefined): 'ltr' | 'rtl' | undefined {
  if (!language) return undefined;
  const [lang, ...subtags] = language.split(/[-_]/);
  const script = subtags.find((tag) => tag.length === 4);
  if (script) {
    const normalised = script[0].toUpperCase() + script.slice(1).toLowerCase();
    return RTL_SCRIPTS.has(normalised) ? 'rtl' : 'ltr';
  }
  return RTL_LANGUAGES.has(lang.toLowerCase()) ? 'rtl' : 'ltr';
}

/** "A, B and C" in the locale's own words, falling back to commas. */
export function formatList(items: string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
