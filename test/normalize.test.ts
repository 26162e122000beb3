import { describe, expect, it } from 'vitest';
import {
  normalizeArticle,
  normalizeAuthors,
  normalizeBlocks,
  normalizeFaqItems,
  normalizeRelated,
  normalizeTrends,
} from '../src/model/normalize';
import { hostileArticle, sampleArticle } from '../samples';

const junk = [null, undefined, 42, 'text', true, [], {}, [null, 1, 'x', [], { a: 1 }]];

describe('normalisers', () => {
  it('never throw, whatever JSON they are given, and give back lists', () => {
    for (const value of junk) {
      expect(normalizeAuthors(value)).toEqual([]);
      expect(normalizeTrends(value)).toEqual([]);
      expect(normalizeFaqItems(value)).toEqual([]);
      expect(normalizeBlocks(value)).toEqual([]);
      expect(normalizeRelated(value)).toEqual([]);
    }
    for (const value of [null, undefined, 42, 'text', []]) {
      expect(normalizeArticle(value)).toBeUndefined();
    }
    expect(normalizeArticle({})).toMatchObject({ authors: [], body: [], related: [], tags: [] });
  });

  it('check each input once: the same object, or their own result, comes straight back', () => {
    const first = normalizeArticle(sampleArticle)!;
    expect(normalizeArticle(sampleArticle)).toBe(first);
    expect(normalizeArticle(first)).toBe(first);
    expect(normalizeBlocks(first.body)).toBe(first.body);
    expect(normalizeAuthors(first.authors)).toBe(first.authors);
    const faq = first.body.find((block) => block.type === 'faq');
    expect(faq && normalizeFaqItems(faq.items)).toBe(faq?.items);
    const trends = first.body.find((block) => block.type === 'trends');
    expect(trends && normalizeTrends(trends.items)).toBe(trends?.items);
  });

  it('keep what is valid and drop what is not', () => {
    expect(
      normalizeAuthors([
        { name: 'Ana', url: 'javascript:alert(1)', avatar: { src: 'data:x', alt: '' } },
        { name: '  ' },
        { role: 'No name' },
        { name: 'Ben', url: 'https://example.com/ben', role: 7 },
      ]),
    ).toEqual([
      { name: 'Ana', role: undefined, url: undefined, avatar: undefined },
      { name: 'Ben', role: undefined, url: 'https://example.com/ben', avatar: undefined },
    ]);
    expect(
      normalizeBlocks([
        { type: 'paragraph', text: '   ' },
        { type: 'callout', variant: 'shout', text: 'Boxed.' },
        { type: 'image', image: { src: 'javascript:alert(1)', alt: 'x' } },
        { type: 'poll', question: 'Mine?' },
        { text: 'No type' },
      ]),
    ).toEqual([
      { type: 'callout', variant: 'note', title: undefined, text: 'Boxed.' },
      { type: 'custom', block: { type: 'poll', question: 'Mine?' } },
    ]);
  });

  it('give headings, trends and questions ids unique across the body', () => {
    const blocks = normalizeBlocks([
      { type: 'heading', text: 'Costs' },
      { type: 'trends', items: [{ title: 'Costs', body: 'x' }] },
      { type: 'faq', items: [{ id: 'costs', question: 'Costs?', answer: 'y' }] },
    ]);
    const ids = blocks.flatMap((block) =>
      block.type === 'heading'
        ? [block.id]
        : block.type === 'trends' || block.type === 'faq'
          ? block.items.map((item) => item.id)
          : [],
    );
    expect(ids).toEqual(['costs', 'costs-2', 'costs-3']);
  });

  it('leave the hostile sample with only safe links and sources', () => {
    const article = normalizeArticle(hostileArticle)!;
    const urls = [
      article.url,
      article.hero?.src,
      ...article.authors.flatMap((author) => [author.url, author.avatar?.src]),
      ...article.related.flatMap((link) => [link.url, link.image?.src]),
    ].filter(Boolean);
    for (const url of urls) expect(url).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  });
});
