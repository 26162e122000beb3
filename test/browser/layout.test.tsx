// In Chromium, with real layout: what the reader sees, which jsdom cannot measure.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hostileArticle, rtlArticle } from '../../samples';
import {
  Article,
  ArticleBody,
  ArticleHeader,
  Callout,
  FAQAccordion,
  NumberedTrendList,
} from '../../src';

const word = 'Sicherheitsgarantie'.repeat(250);

/** Every element in the container that is drawn wider than the 320 px column it sits in. */
function overflowing(container: HTMLElement): string[] {
  const column = container.getBoundingClientRect();
  return Array.from(container.querySelectorAll<HTMLElement>('*'))
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > column.right + 0.5 || box.left < column.left - 0.5);
    })
    .map((element) => `${element.tagName.toLowerCase()} ${element.textContent?.slice(0, 30)}`);
}

function inColumn(ui: React.ReactElement, dir: 'ltr' | 'rtl' = 'ltr') {
  const { container } = render(
    <div dir={dir} style={{ inlineSize: '320px' }}>
      {ui}
    </div>,
  );
  return container.firstElementChild as HTMLElement;
}

describe('a word longer than the column', () => {
  it.each([
    ['Callout', <Callout title={word}>{word}</Callout>],
    ['FAQAccordion', <FAQAccordion items={[{ question: word, answer: word }]} defaultValue={[]} />],
    ['NumberedTrendList', <NumberedTrendList title={word} items={[{ title: word, body: word }]} />],
    [
      'ArticleHeader',
      <ArticleHeader headline={word} standfirst={word} authors={[{ name: word }]} />,
    ],
    ['ArticleBody', <ArticleBody blocks={hostileArticle.body} />],
  ])('wraps inside %s instead of widening the page', (_, ui) => {
    const column = inColumn(ui);
    expect(column.scrollWidth).toBeLessThanOrEqual(320);
    expect(overflowing(column)).toEqual([]);
  });

  it('wraps in a whole page, left to right and right to left', () => {
    for (const [article, dir] of [
      [hostileArticle, 'ltr'],
      [rtlArticle, 'rtl'],
    ] as const) {
      const column = inColumn(<Article article={article} />, dir);
      expect(column.scrollWidth).toBeLessThanOrEqual(320);
      expect(overflowing(column)).toEqual([]);
    }
  });
});
