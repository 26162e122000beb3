import { cached } from './cache';

const ZONELESS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i;

/** The date an ISO 8601 string names, or undefined when it names none. */
export function parseDate(value: string | null | undefined): Date | undefined {
  const time = parseTime(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** The time an ISO 8601 string names, in milliseconds since 1970, or NaN when it names none. */
export function parseTime(value: string | null | undefined): number {
  if (typeof value !== 'string') return NaN;
  // The usual case, a time in UTC, is read as it is.
  if (value.endsWith('Z')) return Date.parse(value);
  const trimmed = value.trim();
  // A date-time with no zone would be read in each machine's own zone: read it as UTC instead.
  // Blank text names no date.
  return Date.parse(ZONELESS.test(trimmed) ? trimmed + 'Z' : value);
}

/**
 * A date written for readers in the locale. The time zone is fixed (UTC unless given) so
 * the server and the browser write the same words and hydration never disagrees.
 */
export function formatDate(
  date: Date,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
  timeZone = 'UTC',
): string {
  try {
    return dateFormat(locale, options, timeZone).format(date);
  } catch {
    return dateFormat('en', options, 'UTC').format(date);
  }
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};

/**
 * A dateline: day and time, and the zone named in the locale's own words ("UTC", "MESZ",
 * "غرينتش"), or no zone when `showZone` is false (the app writes dates in the reader's own).
 */
export function formatDateTime(
  date: Date,
  locale: string,
  timeZone = 'UTC',
  showZone = true,
): string {
  if (!showZone) return formatDate(date, locale, DATE_TIME, timeZone);
  try {
    return zonedDateTime(date, locale, timeZone);
  } catch {
    return zonedDateTime(date, 'en', 'UTC');
  }
}

const LATIN_ONLY = /^[\s!-\u024f]*$/;

function zonedDateTime(date: Date, locale: string, timeZone: string): string {
  const format = dateFormat(locale, { ...DATE_TIME, timeZoneName: 'short' }, timeZone);
  // format() is read, not the parts joined: V8 writes a plain space before "AM" in the one and
  // U+202F in the other.
  const text = format.format(date);
  // A dateline all in Latin letters has nothing to swap: most pages stop here.
  if (LATIN_ONLY.test(text)) return text;
  const parts = format.formatToParts(date);
  const zone = parts.find((part) => part.type === 'timeZoneName')?.value;
  const rest = parts.filter((part) => part.type !== 'timeZoneName').map((part) => part.value);
  // Some locales written in another script name a zone in Latin letters ("UTC" in Arabic):
  // their name for its offset from Greenwich is in their own words, "+0" left off.
  if (zone && LATIN_ONLY.test(zone) && !LATIN_ONLY.test(rest.join(''))) {
    const offset = dateFormat(locale, { timeZoneName: 'shortOffset' }, timeZone)
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value;
    if (offset && !LATIN_ONLY.test(offset)) {
      return text.replace(zone, offset.replace(/\s*[+\u2212-]0$/, ''));
    }
  }
  return text;
}

// Building an Intl formatter costs far more than using one, and pages render many dates.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions, timeZone: string) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  return cached(formats, key, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
];
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * "3 hours ago" for a date less than a week before `now`, in whole minutes, hours or days
 * (rounded down, so the words stay true until the next step); undefined for anything older,
 * in the future by more than a minute, or in a locale Intl cannot write.
 */
export function relativeTime(date: Date, now: number, locale: string): string | undefined {
  const ago = now - date.getTime();
  if (!(ago > -60_000 && ago < 7 * 86_400_000)) return undefined;
  let step = STEPS[0];
  for (const candidate of STEPS) if (ago >= candidate[1]) step = candidate;
  try {
    const format = cached(
      relativeFormats,
      locale,
      () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
    );
    return format.format(-Math.floor(Math.max(0, ago) / step[1]), step[0]);
  } catch {
    return undefined;
  }
}
