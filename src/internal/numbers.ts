import { cached } from './cache';
import { formatMessage } from './format';

/** A number as the locale writes it, e.g. "5,000" or "5.000". */
export function formatNumber(value: number, locale: string | undefined): string {
  try {
    return value.toLocaleString(locale);
  } catch {
    return String(value);
  }
}

// A page writes many counts: the rules are made once per locale.
const pluralRules = new Map<string | undefined, Intl.PluralRules>();

/**
 * The message for a count: `one` where the locale's plural rules call the number "one",
 * `other` for every other number, with `{count}` written as the locale writes numbers.
 */
export function countMessage(
  one: string,
  other: string,
  count: number,
  locale: string | undefined,
): string {
  let rule = count === 1 ? 'one' : 'other';
  try {
    rule = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  } catch {
    // An unknown locale: English rules.
  }
  return formatMessage(rule === 'one' ? one : other, { count: formatNumber(count, locale) });
}
