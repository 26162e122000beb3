// fast-check generators for the data Broadsheet takes from outside: articles, blocks, comments,
// questions, trends and the sign-up's settings. Every field may be missing, hostile or of the
// wrong type, as JSON from a CMS one day will be; the types say what the app is promised, so
// the generated values are cast through `unknown` where they are handed to a component.
import fc from 'fast-check';

/** Options every record here shares: any key may be missing, and prototypes are ordinary. */
const optional = { requiredKeys: [] as never[], noNullPrototype: true };

/** Records whose `keys` are always there (with values of any kind), the rest optional. */
function needs<K extends string>(...keys: K[]) {
  return { requiredKeys: keys, noNullPrototype: true };
}

// ---------------------------------------------------------------------------------------------
// Text

/** Strings that look like markup or script, and the awkward corners of Unicode. */
export const NASTY_STRINGS: readonly string[] = [
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '</SCRIPT ><iframe src=javascript:alert(1)>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><details open ontoggle=alert(1)>",
  '<xss id=x tabindex=1 onfocus=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<!--<script>',
  '<style>*{display:none}</style>',
  '<template><object data="javascript:alert(1)">',
  '&lt;b&gt; &amp; &#x3C;script&#x3E;',
  '{"@context":"https://schema.org"}</script>',
  '\u2028\u2029',
  ']]>',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  'مرحبا بالعالم',
  'שלום עולם',
  'سؤال؟ ‏(نعم)',
  '\u202Eevil\u202C',
  '\u200F\u061C\u200E',
  'e\u0301\u0302\u0303\u0304',
  'Z\u0324\u0354\u0367\u0311\u0313a\u0356\u032D\u0308\u0307l\u036E\u0312\u036Bg\u030C\u0317\u035A',
  '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}',
  '\u{1F3F3}\uFE0F\u200D\u{1F308}',
  '\u200D',
  '\u200B',
  '\uFEFF',
  '\u00A0',
  '\u2060',
  '\u3000',
  '\uD800',
  '\uDC00x',
  '\u0000',
  '\u0007\u001B[31m',
  '\r\n',
  'one\n\ntwo\n \nthree',
  '\t',
  '',
  ' ',
  '   \n  ',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'a https://example.com/x) and http://ok.example/path.',
  'see https://ex.ample/"><img src=x onerror=alert(1)> now',
  'http://',
  'https://\u0001evil',
  'x'.repeat(300),
];

/** Plain text of any kind: printable graphemes, any code point, or nasty pieces joined. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }), weight: 4 },
  // Words whose slugs are ids in the pool below, so made ids meet given ones.
  {
    arbitrary: fc.constantFrom('a', 'A', 'b', 'q', 'Intro', 'intro 2', 'Section', 'a b'),
    weight: 1,
  },
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 16 }), weight: 1 },
  {
    arbitrary: fc
      .array(
        fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: 'grapheme', maxLength: 8 })),
        { minLength: 2, maxLength: 4 },
      )
      .map((pieces) => pieces.join(' ')),
    weight: 2,
  },
);

// ---------------------------------------------------------------------------------------------
// Wrong types

/** Objects JSON.parse can give that trip up naive code: no working toString, an own __proto__. */
const trickyObjects: readonly unknown[] = [
  '{}',
  '{"toString":1}',
  '{"toString":{},"valueOf":{}}',
  '{"__proto__":{"src":"javascript:alert(1)","name":"proto"}}',
  '{"length":3}',
  '{"src":"javascript:alert(1)","0":"x"}',
].map((json) => JSON.parse(json));

/** A value of the wrong type, as JSON (and a little more) can hold one. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(0, -0, 1e21, -1, 2.5, NaN, Infinity),
  // Twice as likely as the others: the objects are what String() and template strings choke on.
  { arbitrary: fc.constantFrom(...trickyObjects), weight: 2 },
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null)), {
    maxLength: 3,
  }),
);

/** Mostly the right type, sometimes the wrong one. */
export function orJunk<T>(arbitrary: fc.Arbitrary<T>, weight = 4): fc.Arbitrary<T | unknown> {
  return fc.oneof({ arbitrary, weight }, { arbitrary: junk, weight: 1 });
}

// ---------------------------------------------------------------------------------------------
// URLs

const SCHEMES = [
  'javascript',
  'data',
  'vbscript',
  'livescript',
  'file',
  'blob',
  'mailto',
  'tel',
  'ftp',
  'about',
  'jar',
  'http',
  'https',
] as const;

/** What a scheme may be preceded by: white space, controls, invisible characters. */
const LEADING = [
  '',
  '',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n ',
  '\u0000',
  '\u0001',
  '\u001F',
  '\u007F',
  '\u00A0',
  '\uFEFF',
  '\u200B',
  '\u3000',
  '\u2028',
];

const PAYLOADS = [
  'alert(1)',
  '//%0aalert(1)',
  'text/html,<script>alert(1)</script>',
  'text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'image/svg+xml,<svg onload=alert(1)>',
  'msgbox(1)',
  '//example.com/a.jpg',
  'void(0)',
];

/** A scheme with its letters in random case and tabs or newlines inside it. */
const mangledScheme = fc
  .tuple(
    fc.constantFrom(...SCHEMES),
    fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    fc.array(fc.tuple(fc.nat(10), fc.constantFrom('\t', '\n', '\r', '\u0000', ' ')), {
      maxLength: 2,
    }),
  )
  .map(([scheme, upper, inserts]) => {
    let out = [...scheme].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
    for (const [at, char] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + char + out.slice(i);
    }
    return out;
  });

/** URLs that must never be linked or loaded. */
export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'javascript\u0000:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      '  \n javascript:alert(1) ',
    ),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom(...LEADING),
        mangledScheme,
        fc.constantFrom(':', ':', ':', '&colon;', '%3a', '&#58;'),
        fc.constantFrom(...PAYLOADS),
        fc.constantFrom('', ' ', '\t', '\u0000'),
      )
      .map((parts) => parts.join('')),
    weight: 5,
  },
);

/** URLs that may be linked: http(s), protocol-relative, relative paths, fragments. */
export const safeUrl: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    '/a/b.jpg',
    'img.png',
    './x.jpg',
    '../x.jpg',
    '#frag',
    '?q=1',
    '//cdn.example/x.jpg',
    'HTTPS://EXAMPLE.COM/x',
    'https://example.com/a%20b',
    'https://example.com/?q="><script>',
    'https://example.com/,comma.jpg',
    '\\\\evil.example/x',
  ),
);

/** Any URL field: safe, hostile, or not a string at all. */
export const url: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: safeUrl, weight: 3 },
  { arbitrary: hostileUrl, weight: 4 },
  { arbitrary: junk, weight: 1 },
);

/** A srcset: candidates of any URL with or without descriptors, some of them hostile. */
export const srcSet: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        fc.array(
          fc.tuple(
            fc.oneof(safeUrl, hostileUrl),
            fc.constantFrom('', ' 1x', ' 2x', ' 480w', ' 1x(, javascript:alert(1))', '\t2x'),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom(', ', ',', ' ,\n', ',,'),
      )
      .map(([candidates, separator]) => candidates.map((c) => c.join('')).join(separator)),
    weight: 4,
  },
  { arbitrary: junk, weight: 1 },
);

// ---------------------------------------------------------------------------------------------
// Small values

/** Ids from a small pool, so duplicates and suffix clashes ("a" next to "a-q") are common. */
export const idText: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'a',
      'b',
      'a-q',
      'a-a',
      'a-2',
      'b-q',
      'intro',
      'intro-2',
      'section',
      'trend',
      'question',
      '1',
      ' a ',
      'a b',
      'a\tb',
      'a-b',
    ),
    weight: 3,
  },
  { arbitrary: text, weight: 1 },
);

/** An id field: mostly from the pool, sometimes not a string. */
export const id: fc.Arbitrary<unknown> = orJunk(idText, 8);

/** ISO dates, dates without a zone, impossible dates, the edges of the Date range, junk. */
export const date: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '2025-06-14T09:30:00Z',
    '2025-06-14T09:30:00',
    '2025-06-14',
    '2025-06-14T09:30:00+05:30',
    '2025-06-14T09:30:00.123456789Z',
    '2025-13-45T99:99:99Z',
    '2025-02-30T00:00:00Z',
    'not a date',
    'Invalid Date',
    '',
    ' ',
    '0',
    '+275760-09-13T00:00:00.000Z',
    '+275760-09-13T00:00:00.001Z',
    '-271821-04-20T00:00:00Z',
    'Tue, 14 Jun 2025 09:30:00 GMT',
  ),
  fc
    .date({ noInvalidDate: false })
    .map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())),
  junk,
);

/**
 * The id an app gives a component's root: a valid HTML id (no white space), now and then one
 * the data also uses, or one that starts ids made from it ("a" and a question "q" make "a-q").
 */
// A root id the app gives is the app's, like the ids in its data: two it gives alike are its own
// clash, so roots here take ids that data ids and slugs do not.
export const rootId = fc.constantFrom(undefined, 'root', 'my-list');

/** Heading levels an app might pass, in range and out. */
export const headingLevel = fc.constantFrom(undefined, 0, 1, 2, 3, 6, 7, -1, 2.5, NaN, Infinity);

/** Locales and time zones, known, unknown and malformed. */
export const locale = fc.constantFrom(
  undefined,
  'en',
  'de',
  'ar',
  'he',
  'ar-EG-u-nu-arab',
  'xx',
  'not a locale!',
);
export const timeZone = fc.constantFrom(
  undefined,
  'UTC',
  'Asia/Kolkata',
  'America/St_Johns',
  'Not/AZone',
  '',
);

/** An array of `item`, usually short, now and then empty or long. */
function list<T>(item: fc.Arbitrary<T>, max: number, long = max * 6): fc.Arbitrary<T[]> {
  return fc.oneof(
    { arbitrary: fc.array(item, { maxLength: max }), weight: 8 },
    { arbitrary: fc.constant<T[]>([]), weight: 1 },
    // Long lists start from any length, so a failure shrinks to a short one.
    { arbitrary: fc.array(item, { maxLength: long, size: 'max' }), weight: 1 },
  );
}

// ---------------------------------------------------------------------------------------------
// The data model

export const image = fc.record(
  {
    src: url,
    alt: orJunk(text),
    width: fc.oneof(fc.integer({ min: -10, max: 4000 }), junk),
    height: fc.oneof(fc.integer({ min: -10, max: 4000 }), junk),
    srcSet,
    sizes: orJunk(fc.constantFrom('100vw', '(max-width: 600px) 100vw, 50vw', '"><script>')),
    caption: orJunk(text),
    credit: orJunk(text),
  },
  needs('src'),
);

export const author = fc.record(
  { name: orJunk(text), role: orJunk(text), url, avatar: orJunk(image) },
  needs('name'),
);

const paragraphs = fc.oneof(text, fc.array(orJunk(text), { maxLength: 4 }), junk);

export const trend = fc.record({ id, title: orJunk(text), body: paragraphs }, needs('title'));

export const faqItem = fc.record(
  { id, question: orJunk(text), answer: paragraphs, disabled: fc.oneof(fc.boolean(), junk) },
  needs('question'),
);

export const trends = orJunk(list(orJunk(trend, 8), 6), 6);
export const faqItems = orJunk(list(orJunk(faqItem, 8), 6), 6);

const variant = fc.oneof(
  fc.constantFrom(
    'didYouKnow',
    'tip',
    'note',
    'warning',
    'Tip',
    'constructor',
    '__proto__',
    'toString',
  ),
  junk,
);

/** A block of every library type, of the app's own types, and blocks that are no blocks. */
export const block: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ type: fc.constant('paragraph'), text: orJunk(text) }, needs('type', 'text')),
  fc.record({ type: fc.constant('heading'), text: orJunk(text), id }, needs('type', 'text')),
  fc.record(
    { type: fc.constant('callout'), variant, title: orJunk(text), text: orJunk(text) },
    needs('type', 'text'),
  ),
  fc.record(
    { type: fc.constant('trends'), title: orJunk(text), items: trends },
    needs('type', 'items'),
  ),
  fc.record(
    { type: fc.constant('faq'), title: orJunk(text), items: faqItems },
    needs('type', 'items'),
  ),
  fc.record(
    { type: fc.constant('quote'), text: orJunk(text), cite: orJunk(text) },
    needs('type', 'text'),
  ),
  fc.record({ type: fc.constant('image'), image: orJunk(image) }, needs('type', 'image')),
  // The app's own types, drawn by renderBlock or left out with a warning.
  fc.record(
    {
      type: fc.oneof(
        fc.constantFrom('video', 'embed', 'Paragraph', '__proto__', 'toString', ''),
        text,
      ),
      id: orJunk(id),
      src: url,
      html: fc.constantFrom(...NASTY_STRINGS),
    },
    { requiredKeys: ['type'], noNullPrototype: true },
  ),
  // Not blocks at all.
  junk,
  fc.record({ type: junk, text }, { noNullPrototype: true }),
);

export const relatedLink = fc.record(
  { title: orJunk(text), url, kicker: orJunk(text), image: orJunk(image) },
  needs('title', 'url'),
);

export const language = fc.oneof(
  fc.constantFrom('en', 'ar', 'he', 'fa', 'de-1901', 'zh-Hant', 'ar-Latn', 'en-Arab', 'x-junk', ''),
  text,
  junk,
);

/** An article, any field missing, hostile or of the wrong type. */
export const article = fc.record(
  {
    id: orJunk(id),
    url,
    language,
    kicker: orJunk(text),
    headline: orJunk(text, 8),
    standfirst: orJunk(text),
    authors: orJunk(list(orJunk(author, 8), 4, 12)),
    publishedAt: date,
    updatedAt: date,
    hero: orJunk(image),
    body: orJunk(list(block, 10, 40), 8),
    tags: orJunk(fc.array(orJunk(text), { maxLength: 4 })),
    related: orJunk(list(orJunk(relatedLink, 8), 4, 12)),
  },
  needs('headline', 'authors', 'publishedAt', 'body'),
);

/**
 * Keys a JSON article may carry besides the Article fields, with values of any kind: the
 * ones React reads (style, children, dangerouslySetInnerHTML), event handler names, and the
 * extra fields CMSs add.
 */
export const extraArticleFields = fc.dictionary(
  fc.constantFrom(
    'title',
    'slug',
    'type',
    'createdAt',
    'onclick',
    'onClick',
    'style',
    'className',
    'hidden',
    'tabIndex',
    'contentEditable',
    'dangerouslySetInnerHTML',
    'children',
    'dir',
    'lang',
    'data-x',
    'aria-label',
    'href',
    'formAction',
  ),
  fc.oneof(
    text,
    junk,
    fc.constant({ __html: '<img src=x onerror=alert(1)>' }),
    fc.constant('javascript:alert(1)'),
  ),
  { maxKeys: 3, noNullPrototype: true },
);

// ---------------------------------------------------------------------------------------------
// Comments

/** Comment ids from a small pool: duplicates, ids that differ only in white space, numbers. */
const commentId: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', ' c1 ', 'c 1', 'c-1'),
    weight: 8,
  },
  { arbitrary: fc.constantFrom(1, 2, 1.5, -0, NaN, '1'), weight: 1 },
  { arbitrary: text, weight: 1 },
  { arbitrary: junk, weight: 1 },
);

/**
 * Comment ids that cannot equal an id in an article's body (the body's come from `idText`):
 * for a page whose other checks should not trip over that clash, which has its own property.
 */
const pageCommentId: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', ' c1 ', 'c 1', 'c-1'),
    weight: 8,
  },
  { arbitrary: text.map((t) => `comment ${t}`), weight: 1 },
  { arbitrary: junk.filter((value) => typeof value !== 'number'), weight: 1 },
);

/** Comment ids that are also ids in an article's body. */
const clashingCommentId: fc.Arbitrary<unknown> = fc.oneof(commentId, idText);

/** A comment whose id comes from `ids`. */
function commentWith(ids: fc.Arbitrary<unknown>) {
  return fc.record(
    {
      id: ids,
      parentId: fc.oneof(ids, fc.constant(null)),
      author: orJunk(fc.record({ name: orJunk(text, 8), avatar: orJunk(image) }, optional), 8),
      body: orJunk(text, 8),
      createdAt: date,
      status: orJunk(fc.constantFrom('published', 'pending', 'PENDING', 'rejected')),
    },
    { requiredKeys: ['id', 'author', 'body'], noNullPrototype: true },
  );
}

export const comment = commentWith(commentId);

/** A chain of replies, each to the one before, closed into a circle when `cyclic`. */
const chain = fc
  .tuple(fc.integer({ min: 2, max: 40 }), fc.boolean(), text)
  .map(([length, cyclic, body]) =>
    Array.from({ length }, (_, i) => ({
      id: `r${i}`,
      parentId: i > 0 ? `r${i - 1}` : cyclic ? `r${length - 1}` : null,
      author: { name: `Reader ${i}` },
      body: body.trim() ? body : `Reply ${i}`,
      createdAt: `2025-06-14T09:${String(i % 60).padStart(2, '0')}:00Z`,
    })),
  );

/** A flat list of comments as an app might send it, or something that is not a list. */
function commentList(ids: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const one = commentWith(ids);
  return fc.oneof(
    { arbitrary: fc.array(orJunk(one, 10), { maxLength: 20 }), weight: 8 },
    { arbitrary: fc.array(one, { maxLength: 120, size: 'max' }), weight: 1 },
    { arbitrary: chain, weight: 2 },
    { arbitrary: junk, weight: 1 },
  );
}

export const comments = commentList(commentId);
/** Comments for a whole page, whose ids never equal one in the body. */
export const pageComments = commentList(pageCommentId);
/** Comments for a whole page, whose ids often equal one in the body. */
export const clashingComments = commentList(clashingCommentId);

// ---------------------------------------------------------------------------------------------
// Settings of the sign-up, as a CMS might store them

export const newsletterSettings = fc.record(
  {
    title: fc.oneof(text, fc.integer()),
    description: fc.oneof(text, fc.constant(null)),
    consentLabel: text,
    privacyUrl: url,
    action: url,
    list: fc.oneof(text, fc.integer(), fc.constant(null)),
    variant: fc.constantFrom('inline', 'card', 'poster'),
    headingLevel,
    defaultStatus: fc.constantFrom('subscribed', 'pending', 'already', 'failed', 'bogus'),
  },
  optional,
);
