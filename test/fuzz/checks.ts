// What every rendered page must satisfy, whatever data went in. Each check returns the problems
// it found as sentences, so a failing property names what is wrong and where.

/** Every element the components write. Anything else came from data. */
const ELEMENTS = new Set([
  'a',
  'article',
  'aside',
  'blockquote',
  'bs-panel',
  'button',
  'div',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'img',
  'input',
  'label',
  'li',
  'link',
  'nav',
  'ol',
  'option',
  'p',
  'path',
  'script',
  'section',
  'select',
  'span',
  'svg',
  'textarea',
  'time',
  'ul',
]);

/** Every attribute the components write (lower case). */
const ATTRIBUTES = new Set([
  'action',
  'alt',
  'aria-controls',
  'aria-describedby',
  'aria-disabled',
  'aria-expanded',
  'aria-hidden',
  'aria-invalid',
  'aria-label',
  'aria-labelledby',
  'as',
  'autocomplete',
  'class',
  'd',
  'data-disabled',
  'data-failed',
  'data-image',
  'data-over',
  'data-part',
  'data-pending',
  'data-state',
  'data-variant',
  'datetime',
  'decoding',
  'dir',
  'disabled',
  'fetchpriority',
  'for',
  'height',
  'hidden',
  'href',
  'id',
  'imagesizes',
  'imagesrcset',
  'lang',
  'loading',
  'method',
  'name',
  'novalidate',
  'rel',
  'required',
  'role',
  'rows',
  'selected',
  'sizes',
  'spellcheck',
  'src',
  'srcset',
  'start',
  'tabindex',
  'type',
  'value',
  'viewbox',
  'width',
]);

/** Attributes whose values the components choose from a fixed set. */
const ENUMERATED: Record<string, ReadonlySet<string>> = {
  'data-part': new Set(
    (
      'actions announcer answer author avatar avatars body byline cancel cannot-send caption card ' +
      'checkbox confirmation confirmation-message viewer ' +
      'closed closing closing-actions comment content count count-hint count-status count-title credit date ' +
      'description empty error-message error-prefix error-summary error-summary-list ' +
      'error-summary-title expand-all faq field form headline hero hint honeypot icon image ' +
      'in-reply-to item item-title kicker label list load-more load-status meta number pending ' +
      'privacy question question-text quote related replies reply-button reply-form replying-to ' +
      'retry role section-title sent sort standfirst status submit submit-error thread ' +
      'thread-header title trigger badge permalink comment-actions recommend recommend-count ' +
      'recommendations report-button report-form report-sent placeholder more-replies picks ' +
      'picks-title pick pick-link new-comments sign-in'
    ).split(' '),
  ),
  'data-variant': new Set(['didYouKnow', 'tip', 'note', 'warning', 'inline', 'card', 'primary']),
  role: new Set(['note', 'list', 'status', 'alert']),
  dir: new Set(['ltr', 'rtl']),
  loading: new Set(['lazy', 'eager']),
  decoding: new Set(['async']),
  method: new Set(['post']),
  rel: new Set(['nofollow ugc noopener', 'preload']),
  as: new Set(['image']),
};

/** Attributes that hold a URL or a list of them. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'imagesrcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'background',
  'ping',
  'xlink:href',
]);

/** Attributes that name other elements by id. */
const IDREF_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'];

/**
 * Why a URL is not safe to link or load, or undefined when it is http(s), protocol-relative, a
 * relative path or a fragment. It reads the URL as a browser does: leading and trailing
 * controls and spaces dropped, tabs and newlines anywhere dropped, then the scheme.
 */
export function urlProblem(value: string): string | undefined {
  const cleaned = value
    // eslint-disable-next-line no-control-regex -- the browser's URL parser strips exactly these
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1].toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return `scheme "${scheme}:" in ${JSON.stringify(value)}`;
  }
  try {
    const { protocol } = new URL(value, 'https://base.example/dir/page');
    if (protocol !== 'http:' && protocol !== 'https:') {
      return `resolves to ${protocol} in ${JSON.stringify(value)}`;
    }
  } catch {
    // Not a URL a browser would follow at all.
  }
  return undefined;
}

/** The URLs of a srcset, split as the HTML standard's srcset parser splits them. */
export function srcSetUrls(value: string): string[] {
  const space = /[\t\n\f\r ]/;
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (space.test(value[i]) || value[i] === ',')) i += 1;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !space.test(value[i])) i += 1;
    let url = value.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Descriptors run to the next comma outside parentheses.
      let inParens = false;
      for (; i < value.length; i += 1) {
        if (value[i] === '(') inParens = true;
        else if (value[i] === ')') inParens = false;
        else if (value[i] === ',' && !inParens) {
          i += 1;
          break;
        }
      }
    }
    urls.push(url);
  }
  return urls;
}

/** Where a page does not hold: unknown elements and attributes, unsafe URLs, duplicate ids. */
export function pageProblems(root: ParentNode, allowed: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const elements = Array.from(root.querySelectorAll('*'));
  for (const element of elements) {
    const tag = element.localName;
    if (!ELEMENTS.has(tag)) problems.push(`unexpected element <${tag}>`);
    if ((tag === 'svg' || tag === 'path') && !element.closest('svg[data-part="icon"]')) {
      problems.push(`<${tag}> outside the callout icon`);
    }
    if (tag === 'link' && element.getAttribute('rel') !== 'preload') {
      problems.push(`<link rel="${element.getAttribute('rel')}">`);
    }
    if (tag === 'script') problems.push(...jsonLdProblems(element));
    for (const { name: raw, value } of Array.from(element.attributes)) {
      const name = raw.toLowerCase();
      if (name.startsWith('on')) problems.push(`event handler attribute ${name} on <${tag}>`);
      else if (!ATTRIBUTES.has(name) && !allowed.has(name))
        problems.push(`unexpected attribute ${name} on <${tag}>`);
      if (ENUMERATED[name] && !allowed.has(name) && !ENUMERATED[name].has(value)) {
        problems.push(`unexpected ${name}=${JSON.stringify(value)} on <${tag}>`);
      }
      if (URL_ATTRIBUTES.has(name)) {
        const urls = name === 'srcset' || name === 'imagesrcset' ? srcSetUrls(value) : [value];
        for (const url of urls) {
          const problem = urlProblem(url);
          if (problem) problems.push(`unsafe ${name} on <${tag}>: ${problem}`);
        }
      }
    }
    if (element.hasAttribute('id')) {
      const id = element.getAttribute('id')!;
      ids.set(id, (ids.get(id) ?? 0) + 1);
    }
  }
  for (const [id, count] of ids) {
    if (count > 1) problems.push(`id ${JSON.stringify(id)} on ${count} elements`);
  }
  // Every id a label or ARIA attribute names is on the page, once.
  for (const element of elements) {
    for (const name of IDREF_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      for (const ref of value.split(/[\t\n\f\r ]+/).filter(Boolean)) {
        if (ids.get(ref) !== 1) {
          problems.push(`${name}=${JSON.stringify(ref)} names ${ids.get(ref) ?? 0} elements`);
        }
      }
    }
  }
  return problems;
}

/** The structured data scripts of a page, parsed. */
export function jsonLdOf(root: ParentNode): Record<string, unknown>[] {
  return Array.from(root.querySelectorAll('script')).map((script) =>
    JSON.parse(script.textContent ?? ''),
  );
}

const URL_KEYS = new Set(['url', '@id', 'image', 'sameAs', 'logo', 'contentUrl']);

function jsonLdProblems(script: Element): string[] {
  if (script.getAttribute('type') !== 'application/ld+json') {
    return [`a script of type ${JSON.stringify(script.getAttribute('type'))}`];
  }
  const source = script.textContent ?? '';
  if (/<\/script|<!--/i.test(source)) return ['JSON-LD holds "</script" or "<!--"'];
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return [`JSON-LD does not parse: ${String(error)}: ${source.slice(0, 200)}`];
  }
  if (data === null || typeof data !== 'object') return ['JSON-LD is not an object'];
  // The URLs inside are held to the same rule as the page's attributes.
  const problems: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string' && URL_KEYS.has(key)) {
      const problem = urlProblem(value);
      if (problem) problems.push(`unsafe JSON-LD ${key}: ${problem}`);
    } else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(data, '');
  return problems;
}

/**
 * Problems with the raw server HTML: every `<script` in it is one the parser also found, and
 * each script's text, up to the first `</script`, is the whole of what the parser read.
 */
export function rawHtmlProblems(html: string, root: ParentNode): string[] {
  const scripts = Array.from(root.querySelectorAll('script'));
  const raw = Array.from(html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script/gi), (m) => m[1]);
  if (raw.length !== scripts.length) {
    return [`${raw.length} <script> tags in the HTML, ${scripts.length} scripts parsed`];
  }
  return raw.flatMap((source, i) => {
    if (source !== scripts[i].textContent) return ['a script ends before its JSON does'];
    try {
      JSON.parse(source);
      return [];
    } catch {
      return [`the raw JSON-LD does not parse: ${source.slice(0, 200)}`];
    }
  });
}

/** A comment as the normaliser's rules keep it: what must be on the page. */
export interface ExpectedComment {
  id: string;
  name: string;
  body: string;
}

/**
 * The comments that must be shown, written from the rules rather than the library's code: an
 * id (text, trimmed, inner white space as hyphens, or a finite number), an author's name with
 * text, a body with text, a status that is missing, 'published' or 'pending' (any other is
 * never shown as published); of comments with the same id, the first one.
 */
export function expectedComments(input: unknown): ExpectedComment[] {
  if (!Array.isArray(input)) return [];
  const seen = new Set<string>();
  const out: ExpectedComment[] = [];
  for (const item of input) {
    if (item === null || typeof item !== 'object') continue;
    const { id: rawId, author, body, status } = item as Record<string, unknown>;
    const id =
      typeof rawId === 'number' && Number.isFinite(rawId)
        ? String(rawId)
        : typeof rawId === 'string' && rawId.trim()
          ? rawId.trim().replace(/\s+/g, '-')
          : undefined;
    const name =
      author !== null && typeof author === 'object'
        ? (author as Record<string, unknown>).name
        : undefined;
    if (!id || typeof name !== 'string' || !name.trim()) continue;
    const shown = status == null || status === 'published' || status === 'pending';
    // A removed comment needs no text, as its text is never shown; it still takes its id.
    if (shown && (typeof body !== 'string' || !body.trim())) continue;
    if (seen.has(id)) continue;
    seen.add(id);
    if (shown) out.push({ id, name: name.trim(), body: body as string });
  }
  return out;
}

/** Where the comments on the page differ from the ones expected: each must be there once. */
export function commentProblems(root: ParentNode, input: unknown): string[] {
  const expected = expectedComments(input);
  const all = Array.from(root.querySelectorAll('[data-part="comment"]'));
  const problems: string[] = [];
  // Placeholders of removed comments: never a text, never counted.
  const placeholders = all.filter((element) => element.hasAttribute('data-state'));
  if (placeholders.some((element) => element.querySelector('[data-part="body"]'))) {
    problems.push('a removed comment shows a body');
  }
  const shown = all.filter((element) => !element.hasAttribute('data-state'));
  // Comments not drawn wait behind "Show N more replies", or behind "Show more comments".
  const waiting = Array.from(root.querySelectorAll('[data-part="more-replies"]'), (button) =>
    readNumber(button.textContent ?? ''),
  ).reduce((sum, n) => sum + n, 0);
  const paged = root.querySelector('[data-part="load-more"] button') !== null;
  const accounted = shown.length + waiting;
  if (paged ? accounted > expected.length : accounted !== expected.length) {
    problems.push(
      `${shown.length} comments shown and ${waiting} behind buttons, ${expected.length} valid in the input`,
    );
  }
  // The HTML parser reads U+0000 in an attribute as U+FFFD.
  const asParsed = (id: string) => id.replaceAll('\u0000', '\uFFFD');
  const byId = new Map<string, Element[]>();
  for (const element of shown) {
    // A comment's element id is its record id under the prefix "comment-".
    const id = asParsed(element.id.replace(/^comment-/, ''));
    const list = byId.get(id) ?? [];
    list.push(element);
    byId.set(id, list);
  }
  const squash = (s: string) => visible(s).replace(/\s+/g, '');
  const valid = new Set(expected.map((comment) => asParsed(comment.id)));
  for (const id of byId.keys()) {
    if (!valid.has(id)) problems.push(`comment ${JSON.stringify(id)} shown, not valid`);
  }
  for (const comment of expected) {
    const found = byId.get(asParsed(comment.id)) ?? [];
    if (found.length === 0) continue;
    if (found.length !== 1) {
      problems.push(`comment ${JSON.stringify(comment.id)} shown ${found.length} times`);
      continue;
    }
    const [element] = found;
    const name = element.querySelector(':scope > [data-part="meta"] > [data-part="author"]');
    if (visible(name?.textContent ?? '') !== visible(comment.name)) {
      problems.push(
        `comment ${JSON.stringify(comment.id)} shows author ${JSON.stringify(name?.textContent)}`,
      );
    }
    const body = element.querySelector(':scope > [data-part="body"]');
    if (squash(body?.textContent ?? '') !== squash(comment.body)) {
      problems.push(
        `comment ${JSON.stringify(comment.id)} shows body ${JSON.stringify(body?.textContent)}`,
      );
    }
  }
  return problems;
}

// The zeros of the digit runs the fuzzed locales write numbers in (Latin, Arabic-Indic,
// Persian, Devanagari, Bengali, Thai, Myanmar, full-width).
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1040, 0xff10];

/** The first number in a text, in whatever digits the locale wrote it (NaN if none known). */
function readNumber(text: string): number {
  const digits = /\p{Nd}+/u.exec(text)?.[0] ?? '';
  let value = digits ? 0 : NaN;
  for (const digit of digits) {
    const code = digit.codePointAt(0)!;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9);
    value = zero === undefined ? NaN : value * 10 + (code - zero);
  }
  return value;
}

/**
 * Text as a parsed page holds it, for comparing with the data: the HTML parser turns CR LF and
 * CR into LF and drops U+0000 from text, where a page built in the DOM keeps both.
 */
export function visible(text: string): string {
  return text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '');
}

/** Throws with every problem listed, so the property fails with a readable report. */
export function assertNone(problems: string[], where: string): void {
  if (problems.length > 0) {
    throw new Error(`${where}:\n  ${[...new Set(problems)].join('\n  ')}`);
  }
}
