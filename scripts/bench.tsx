// Server-render cost of Broadsheet's styling: the sample article page rendered through
// styled-components' ServerStyleSheet, against the same HTML built from plain React elements
// with one static stylesheet. Rounds alternate between the two so machine noise hits both.
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { createElement, type ReactElement, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { Article, BroadsheetProvider } from 'broadsheet';
import { sampleArticle, sampleClosing } from '../samples';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const RENDERS_PER_ROUND = Number(process.env.BENCH_RENDERS ?? 40);

const page = (
  <BroadsheetProvider>
    <Article article={sampleArticle} closing={sampleClosing} />
  </BroadsheetProvider>
);

function renderStyled(): string {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(page));
    return sheet.getStyleTags() + html;
  } finally {
    sheet.seal();
  }
}

// React prop names for the HTML attributes that differ from them.
const PROP_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  srcset: 'srcSet',
  datetime: 'dateTime',
  fetchpriority: 'fetchPriority',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  autocomplete: 'autoComplete',
  crossorigin: 'crossOrigin',
  referrerpolicy: 'referrerPolicy',
  novalidate: 'noValidate',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  enctype: 'encType',
  inputmode: 'inputMode',
  spellcheck: 'spellCheck',
};
const BOOLEAN_ATTRIBUTES = new Set([
  'hidden',
  'disabled',
  'checked',
  'required',
  'open',
  'novalidate',
]);

function styleObject(style: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const declaration of style.split(';')) {
    const at = declaration.indexOf(':');
    if (at < 0) continue;
    const name = declaration.slice(0, at).trim();
    const key = name.startsWith('--')
      ? name
      : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    result[key] = declaration.slice(at + 1).trim();
  }
  return result;
}

/** The DOM as plain React elements: the same markup with no styled-components at all. */
function toElement(node: Node, key?: number): ReactNode {
  if (node.nodeType === 3) return node.textContent;
  if (node.nodeType !== 1) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  // React writes its own image preload links for the hero.
  if (tag === 'link' && element.getAttribute('rel') === 'preload') return null;
  const props: Record<string, unknown> = { key };
  for (const { name, value } of Array.from(element.attributes)) {
    if (name === 'style') props.style = styleObject(value);
    else if (BOOLEAN_ATTRIBUTES.has(name) && value === '') props[PROP_NAMES[name] ?? name] = true;
    else props[PROP_NAMES[name] ?? name] = value;
  }
  if (tag === 'script' || tag === 'style') {
    props.dangerouslySetInnerHTML = { __html: element.textContent };
    return createElement(tag, props);
  }
  const children = Array.from(element.childNodes).map((child, index) => toElement(child, index));
  return createElement(tag, props, ...children);
}

const reference = renderStyled();
const styleTags = reference.slice(0, reference.indexOf('</style>') + '</style>'.length);
const body = new JSDOM(`<body>${reference.slice(styleTags.length)}</body>`).window.document.body;
const plainTree = createElement(
  'div',
  null,
  ...Array.from(body.childNodes).map((child, index) => toElement(child, index)),
) as ReactElement;

function renderPlain(): string {
  return styleTags + renderToString(plainTree);
}

const plainHtml = renderPlain();
const withoutWrapper = (html: string) => html.replace(/<\/?div>/g, '');
const sameMarkup = withoutWrapper(plainHtml).length === withoutWrapper(reference).length;

function time(render: () => string): number {
  const start = performance.now();
  for (let i = 0; i < RENDERS_PER_ROUND; i += 1) render();
  return (performance.now() - start) / RENDERS_PER_ROUND;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

for (let i = 0; i < 3; i += 1) {
  time(renderStyled);
  time(renderPlain);
}

const styled: number[] = [];
const plain: number[] = [];
const ratios: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const first = round % 2 === 0;
  const a = first ? time(renderStyled) : time(renderPlain);
  const b = first ? time(renderPlain) : time(renderStyled);
  const [s, p] = first ? [a, b] : [b, a];
  styled.push(s);
  plain.push(p);
  ratios.push(s / p);
}

console.log(
  `Page: the sample article (${(reference.length / 1024).toFixed(1)} KiB of HTML and CSS)`,
);
console.log(`Markup of both variants the same size: ${sameMarkup ? 'yes' : 'NO'}`);
console.log(`Rounds: ${ROUNDS} x ${RENDERS_PER_ROUND} renders each, alternating`);
console.log(
  `styled-components + ServerStyleSheet: median ${median(styled).toFixed(3)} ms per page`,
);
console.log(`plain elements + static stylesheet:   median ${median(plain).toFixed(3)} ms per page`);
console.log(`median ratio (styled / plain): ${median(ratios).toFixed(2)}x`);

// FAQAccordion with thousands of questions, in jsdom: a toggle should cost about the same as
// with five, since only the row it touches re-renders. Same rounds, same run.
async function faqInteraction() {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    url: 'https://example.com/',
  });
  const globals = globalThis as Record<string, unknown>;
  for (const key of [
    'window',
    'document',
    'navigator',
    'Node',
    'Element',
    'HTMLElement',
    'Event',
    'KeyboardEvent',
    'history',
    'location',
  ]) {
    globals[key] = (dom.window as unknown as Record<string, unknown>)[key];
  }
  globals.addEventListener = dom.window.addEventListener.bind(dom.window);
  globals.removeEventListener = dom.window.removeEventListener.bind(dom.window);
  const { createRoot } = await import('react-dom/client');
  const { flushSync } = await import('react-dom');
  const { FAQAccordion } = await import('broadsheet');

  const measure = (count: number) => {
    const container = dom.window.document.createElement('div');
    dom.window.document.body.append(container);
    const root = createRoot(container);
    const items = Array.from({ length: count }, (_, i) => ({
      question: `Question ${i}?`,
      answer: `Answer ${i}.`,
    }));
    flushSync(() => root.render(<FAQAccordion items={items} />));
    const buttons = container.querySelectorAll('button');
    const middle = buttons[Math.floor(count / 2)];
    const toggles: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const start = performance.now();
      flushSync(() => middle.click());
      toggles.push(performance.now() - start);
    }
    if (middle.getAttribute('aria-expanded') !== String(ROUNDS % 2 === 1))
      throw new Error('toggle did not apply');
    flushSync(() => root.unmount());
    container.remove();
    return { toggle: median(toggles) };
  };

  measure(5);
  const small = measure(5);
  const large = measure(2000);
  console.log(
    `FAQAccordion toggle: median ${small.toggle.toFixed(3)} ms with 5 questions, ${large.toggle.toFixed(3)} ms with 2,000`,
  );
}

await faqInteraction();
