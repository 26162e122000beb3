// In Chromium, with real layout: the page's furniture measured in pixels, as a designer checks
// it against the column (a 608 px measure at 16 px to the rem).
import { render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { arabicArticle, sampleArticle, sampleClosing, sampleComments } from '../../samples';
import {
  Article,
  ArticleBody,
  BroadsheetProvider,
  CommentBox,
  FAQAccordion,
  darkTheme,
  lightTheme,
  type Article as ArticleData,
} from '../../src';

const measure = 608;
const box = (element: Element) => element.getBoundingClientRect();
const px = (element: Element, property: string) =>
  parseFloat(getComputedStyle(element).getPropertyValue(property));
const noSend = () => Promise.resolve();

function inWidth(ui: React.ReactElement, width: number) {
  const { container } = render(<div style={{ inlineSize: `${width}px` }}>{ui}</div>);
  return container.firstElementChild as HTMLElement;
}

/** How many cards sit in each row of the related links, top to bottom. */
function rows(root: HTMLElement): number[] {
  const tops = new Map<number, number>();
  for (const card of root.querySelectorAll('[data-part="card"]')) {
    const top = Math.round(box(card).top);
    tops.set(top, (tops.get(top) ?? 0) + 1);
  }
  return [...tops.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
}

function withLinks(count: number): ArticleData {
  const links = Array.from({ length: count }, (_, n) => ({
    ...sampleArticle.related![n % sampleArticle.related!.length],
    url: `https://news.example.com/${n}`,
  }));
  return { ...sampleArticle, body: [], related: links };
}

afterEach(() => page.viewport(1280, 800));

describe('related links', () => {
  it.each([
    [2, [2]],
    [3, [3]],
    [4, [2, 2]],
    [6, [3, 3]],
  ])('%i cards fill even rows in a 768 px column', (count, expected) => {
    expect(rows(inWidth(<Article article={withLinks(count)} />, 768))).toEqual(expected);
  });

  it('draws no empty frame for a card without a picture, and small pictures on a phone', () => {
    const root = inWidth(<Article article={sampleArticle} />, 342);
    const cards = [...root.querySelectorAll<HTMLElement>('[data-part="card"]')];
    expect(rows(root)).toEqual([1, 1, 1, 1]);
    const text = cards.find((card) => !card.querySelector('img'))!;
    expect(getComputedStyle(text, '::before').content).toBe('none');
    const picture = root.querySelector('[data-part="card"] > img')!;
    expect(box(picture).width).toBeLessThanOrEqual(120);
    const related = root.querySelector('[data-part="related"]')!;
    expect(box(related).height).toBeLessThan(600);
  });
});

describe('the comment section', () => {
  it('keeps its header, sort control and boxes in the column, with a quiet Reply', () => {
    const root = inWidth(<CommentBox comments={sampleComments} onSubmit={noSend} />, 1232);
    const start = box(root).left;
    for (const part of ['thread-header', 'sort', 'form', 'thread']) {
      const element = root.querySelector(`[data-part="${part}"]`)!;
      expect(box(element).right - start, part).toBeLessThanOrEqual(measure + 0.5);
    }
    const pending = root.querySelector('[data-pending]')!;
    expect(box(pending).right - start).toBeLessThanOrEqual(measure + 0.5);
    const reply = root.querySelector('[data-part="reply-button"]')!;
    expect(px(reply, 'border-top-width')).toBe(0);
    expect(box(reply).height).toBeGreaterThanOrEqual(24);
    const select = root.querySelector('select')!;
    expect(px(select, 'padding-inline-start')).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['light', lightTheme],
    ['dark', darkTheme],
  ])('marks a field in error with a bar in its own colour, %s', async (_, theme) => {
    const root = inWidth(
      <BroadsheetProvider theme={theme}>
        <CommentBox comments={[]} onSubmit={noSend} />
      </BroadsheetProvider>,
      800,
    );
    await userEvent.click(within(root).getByRole('button', { name: 'Post comment' }));
    const field = root.querySelector('[data-part="field"]:has([aria-invalid="true"])')!;
    expect(px(field, 'border-inline-start-width')).toBeGreaterThanOrEqual(5);
    const error = getComputedStyle(field).borderInlineStartColor;
    const button = getComputedStyle(root.querySelector('[data-part="submit"]')!).backgroundColor;
    expect(error).not.toBe(button);
    expect(getComputedStyle(root.querySelector('[data-part="error-message"]')!).color).toBe(error);
    // The focused summary's ring stands off its border, with a band between.
    const summary = root.querySelector('[data-part="error-summary"]')!;
    expect(document.activeElement).toBe(summary);
    expect(px(summary, 'outline-offset')).toBeGreaterThan(0);
  });
});

describe('the closing call to action', () => {
  it('keeps to the measure and links to the comments and the sign-up on the page', () => {
    const root = inWidth(
      <Article
        article={sampleArticle}
        closing={{ ...sampleClosing, action: { label: 'Read the draft', href: '/draft' } }}
        onCommentSubmit={noSend}
        onSubscribe={noSend}
      />,
      1232,
    );
    const closing = root.querySelector('[data-part="closing"]')!;
    expect(box(closing).width).toBeLessThanOrEqual(measure + 0.5);
    const links = [...closing.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).toEqual([
      'Read the draft',
      'Leave a comment',
      'Sign up for our newsletter',
    ]);
    expect(root.querySelector(links[1].hash)!.getAttribute('aria-labelledby')).toBeTruthy();
    expect(root.querySelector(links[2].hash)!.tagName).toBe('SECTION');
    expect(px(closing.querySelector('h2')!, 'font-size')).toBeLessThan(
      px(root.querySelector('[data-part="related"] > h2')!, 'font-size'),
    );
  });
});

describe('small consistency', () => {
  it('sets the FAQ flush with the column, at the body size and within the measure', () => {
    const root = inWidth(
      <FAQAccordion
        items={[{ question: 'Why?', answer: 'Because.'.repeat(40) }]}
        defaultValue={['0']}
      />,
      1232,
    );
    const question = root.querySelector('[data-part="trigger"]')!;
    expect(px(question, 'padding-inline-start')).toBe(0);
    const answer = root.querySelector('[data-part="answer"] > p')!;
    expect(px(answer, 'font-size')).toBeCloseTo(17, 0);
    expect(box(answer).width).toBeLessThanOrEqual(measure + 0.5);
  });

  it('gives a titled FAQ the room above it that a section heading has', () => {
    const root = inWidth(<ArticleBody blocks={sampleArticle.body} />, 768);
    const faq = root.querySelector('[data-part="faq"]')!;
    const heading = root.querySelector('h2')!;
    expect(px(faq, 'margin-top')).toBe(px(heading, 'margin-top'));
  });

  it('sets the hero caption at the size of the body captions', () => {
    const root = inWidth(
      <Article
        article={{
          ...sampleArticle,
          body: [
            { type: 'image', image: { src: '/a.svg', alt: '', width: 4, height: 3, caption: 'A' } },
          ],
        }}
      />,
      768,
    );
    const [hero, body] = root.querySelectorAll('figcaption');
    expect(px(hero, 'font-size')).toBe(px(body, 'font-size'));
  });

  it('runs the hero to the screen edges on a phone, over the page padding', async () => {
    await page.viewport(390, 800);
    const { container } = render(
      <div style={{ padding: '24px', ['--bs-layout-bleed' as string]: '24px' }}>
        <Article article={sampleArticle} />
      </div>,
    );
    const hero = container.querySelector('[data-part="hero"] > img')!;
    expect(box(hero).left).toBe(0);
    expect(box(hero).width).toBe(390);
  });
});

describe('Arabic', () => {
  it('is set a step larger than Latin, with looser leading', () => {
    const latin = inWidth(<ArticleBody blocks={sampleArticle.body} />, 768).querySelector('p')!;
    const arabic = inWidth(
      <div lang="ar" dir="rtl">
        <ArticleBody blocks={arabicArticle.body} />
      </div>,
      768,
    ).querySelector('p')!;
    expect(px(latin, 'font-size')).toBeCloseTo(17, 0);
    expect(px(arabic, 'font-size')).toBeGreaterThanOrEqual(18);
    expect(px(arabic, 'line-height') / px(arabic, 'font-size')).toBeGreaterThanOrEqual(1.75);
    // A Latin quote inside Arabic text keeps the Latin size.
    const quote = inWidth(
      <div lang="ar">
        <ArticleBody blocks={[{ type: 'paragraph', text: 'x' }]} lang="en" />
      </div>,
      768,
    ).querySelector('p')!;
    expect(px(quote, 'font-size')).toBeCloseTo(17, 0);
  });
});
