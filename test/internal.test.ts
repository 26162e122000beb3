import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, parseDate } from '../src/internal/dates';
import { formatMessage } from '../src/internal/format';
import { directionOf, listParts } from '../src/internal/locale';

const formatList = (items: string[], locale: string) =>
  listParts(items, locale)
    .map((part) => part.value)
    .join('');
import { safeUrl } from '../src/internal/safeUrl';
import { createIdRegistry, slugify } from '../src/internal/ids';
import { toParagraphs } from '../src/internal/text';

describe('safeUrl', () => {
  it.each([
    'https://news.example.com/a?b=1#c',
    'http://news.example.com',
    'HTTPS://NEWS.EXAMPLE.COM/',
    '//cdn.example.com/image.jpg',
    '/europe/2025/story',
    'story/next',
    '../up',
    '?page=2',
    '#why-security-guarantees-matter',
  ])('keeps %s', (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it('trims white space around an address it keeps', () => {
    expect(safeUrl('  https://news.example.com/a \n')).toBe('https://news.example.com/a');
  });

  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript\u0000:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:desk@example.com',
    'https://example.com/a\u2028b',
    '',
    '   ',
  ])('rejects %j', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });

  it.each([
    null,
    undefined,
    42,
    {},
    ['https://news.example.com'],
    new URL('https://news.example.com'),
  ])('rejects the non-string %j', (value) => {
    expect(safeUrl(value)).toBeUndefined();
  });
});

describe('slugify', () => {
  it('lower-cases words and joins them with hyphens', () => {
    expect(slugify('Bilateral Guarantees as a New Norm')).toBe(
      'bilateral-guarantees-as-a-new-norm',
    );
    expect(slugify('  Diplomatic “Track‑Two” Initiatives!  ')).toBe(
      'diplomatic-track-two-initiatives',
    );
  });

  it('drops accents but keeps the letters of every script', () => {
    expect(slugify('Café Crème à Genève')).toBe('cafe-creme-a-geneve');
    expect(slugify('لماذا الضمانات؟')).toBe('لماذا-الضمانات');
    expect(slugify('Überblick 2025')).toBe('uberblick-2025');
  });

  it('gives an empty string for text with no letters or digits', () => {
    expect(slugify('')).toBe('');
    expect(slugify('?! — …')).toBe('');
  });

  it('keeps slugs short and never ends one on a hyphen', () => {
    const long = slugify(`${'a'.repeat(79)} bcd`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).not.toMatch(/-$/);
    expect(slugify('x'.repeat(5000))).toHaveLength(80);
  });
});

describe('createIdRegistry', () => {
  it('uses the given id, else a slug of the text, else the fallback', () => {
    const ids = createIdRegistry('trend');
    expect(ids('own-id', 'Some title')).toBe('own-id');
    expect(ids(undefined, 'Some Title')).toBe('some-title');
    expect(ids('  ', '???')).toBe('trend');
  });

  it('numbers repeats so every id stays unique', () => {
    const ids = createIdRegistry();
    expect(ids('same')).toBe('same');
    expect(ids('same')).toBe('same-2');
    expect(ids(undefined, 'Same')).toBe('same-3');
    expect(ids(undefined, '')).toBe('section');
    expect(ids(undefined, '')).toBe('section-2');
  });

  it('steps over a numbered id that was claimed first', () => {
    const ids = createIdRegistry();
    expect(ids('faq-2')).toBe('faq-2');
    expect(ids('faq')).toBe('faq');
    expect(ids('faq')).toBe('faq-3');
  });

  it('makes a valid HTML id of a given id with spaces inside', () => {
    const ids = createIdRegistry();
    expect(ids('  why it matters ')).toBe('why-it-matters');
  });

  it('keeps scopes apart: a new registry starts afresh', () => {
    createIdRegistry()('same');
    expect(createIdRegistry()('same')).toBe('same');
  });
});

describe('parseDate', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it('reads ISO 8601 dates with a zone', () => {
    expect(parseDate('2025-06-14T09:30:00Z')?.toISOString()).toBe('2025-06-14T09:30:00.000Z');
    expect(parseDate('2025-06-15T10:00:00+02:00')?.toISOString()).toBe('2025-06-15T08:00:00.000Z');
  });

  it.each([
    'not a date',
    'also not a date',
    '2025-13-45',
    '2025-06-14T25:61:00Z',
    '',
    '   ',
    null,
    undefined,
    42,
    {},
  ])('gives undefined for %j', (value) => {
    expect(parseDate(value as string)).toBeUndefined();
  });

  it('reads a date and time with no zone as UTC, whatever the machine’s zone', () => {
    // Otherwise a server in UTC and a browser in New York would name different instants.
    process.env.TZ = 'America/New_York';
    expect(parseDate('2025-06-14T09:30:00')?.toISOString()).toBe('2025-06-14T09:30:00.000Z');
    expect(parseDate('2025-06-14T09:30')?.toISOString()).toBe('2025-06-14T09:30:00.000Z');
    expect(parseDate('2025-06-14')?.toISOString()).toBe('2025-06-14T00:00:00.000Z');
  });
});

describe('formatDateTime', () => {
  const date = new Date('2025-06-14T09:30:00Z');
  it('names the zone in the locale’s own words, or not at all', () => {
    expect(formatDateTime(date, 'en')).toBe('June 14, 2025 at 9:30 AM UTC');
    expect(formatDateTime(date, 'de', 'Europe/Berlin')).toBe('14. Juni 2025 um 11:30 MESZ');
    // Arabic has no word of its own for "UTC" in the short form: its name for the offset.
    expect(formatDateTime(date, 'ar')).toMatch(/غرينتش$/);
    expect(formatDateTime(date, 'ar', 'Asia/Riyadh')).toMatch(/غرينتش\+3$/);
    expect(formatDateTime(date, 'ar')).not.toMatch(/[A-Z]/);
    expect(formatDateTime(date, 'en', 'UTC', false)).toBe('June 14, 2025 at 9:30 AM');
  });
});

describe('formatDate', () => {
  const date = new Date('2025-06-14T23:30:00Z');

  it('writes the date in the locale, in UTC unless told otherwise', () => {
    expect(formatDate(date, 'en')).toBe('June 14, 2025');
    expect(formatDate(date, 'de')).toBe('14. Juni 2025');
    expect(formatDate(date, 'en', undefined, 'Europe/Berlin')).toBe('June 15, 2025');
  });

  it('falls back to English in UTC for a locale or zone it cannot use', () => {
    expect(formatDate(date, 'not a locale!')).toBe('June 14, 2025');
    expect(formatDate(date, 'en', undefined, 'Mars/Olympus_Mons')).toBe('June 14, 2025');
  });
});

describe('formatList', () => {
  it('joins items in the locale’s own words', () => {
    expect(formatList(['A', 'B', 'C'], 'en-GB')).toBe('A, B and C');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(formatList(['A', 'B'], 'de')).toBe('A und B');
    expect(formatList(['أ', 'ب', 'ج'], 'ar')).toMatch(/^أ و\s?ب و\s?ج$/);
    expect(formatList(['Only'], 'en')).toBe('Only');
    expect(formatList([], 'en')).toBe('');
  });

  it('falls back to commas for a locale it cannot use', () => {
    expect(formatList(['A', 'B'], 'not a locale!')).toBe('A, B');
  });
});

describe('directionOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['AR', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa_IR', 'rtl'],
    ['ur-PK', 'rtl'],
    ['en', 'ltr'],
    ['de-DE', 'ltr'],
    ['zh-Hant-TW', 'ltr'],
    ['az-Arab', 'rtl'],
    ['pa-arab', 'rtl'],
    ['ku-Latn', 'ltr'],
    ['de-1901', 'ltr'],
    ['ar-1901', 'rtl'],
  ])('%s is %s', (language, direction) => {
    expect(directionOf(language)).toBe(direction);
  });

  it('is undefined when no language is given', () => {
    expect(directionOf(undefined)).toBeUndefined();
    expect(directionOf('')).toBeUndefined();
  });
});

describe('formatMessage', () => {
  it('fills the placeholders it has values for and leaves the others', () => {
    expect(formatMessage('{count} comments', { count: 3 })).toBe('3 comments');
    expect(formatMessage('Replying to {name}', { count: 3 })).toBe('Replying to {name}');
    expect(formatMessage('By {authors}', { authors: '{count}' })).toBe('By {count}');
  });
});

describe('toParagraphs', () => {
  it('keeps strings with text, from one string or several', () => {
    expect(toParagraphs('One.')).toEqual(['One.']);
    expect(toParagraphs(['One.', '  ', '', 'Two.'])).toEqual(['One.', 'Two.']);
  });

  it('gives nothing, and never throws, for data of the wrong shape', () => {
    for (const bad of [null, undefined, 42, {}, '   ', [null, 7, { text: 'x' }]]) {
      expect(toParagraphs(bad as never)).toEqual([]);
    }
  });
});
