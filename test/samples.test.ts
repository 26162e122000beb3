import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../src/model/types';
import { rtlArticle, sampleArticle, sampleComments } from '../samples';

function blocksOf<T extends Block['type']>(article: Article, type: T) {
  return article.body.filter((block): block is Extract<Block, { type: T }> => block.type === type);
}

function longestWord(article: Article): number {
  const text = JSON.stringify(article.body);
  return Math.max(...text.split(/[\s"]+/).map((word) => word.length));
}

describe('samples', () => {
  it('sampleArticle follows the source structure', () => {
    const variants = blocksOf(sampleArticle, 'callout').map((block) => block.variant);
    expect(variants).toEqual(expect.arrayContaining(['didYouKnow', 'tip']));
    expect(blocksOf(sampleArticle, 'trends')[0].items).toHaveLength(4);
    expect(blocksOf(sampleArticle, 'faq')[0].items).toHaveLength(5);
    expect(sampleArticle.related?.length).toBeGreaterThanOrEqual(3);
    for (const link of sampleArticle.related ?? []) expect(link.url).toMatch(/^https:\/\//);
  });

  it('rtlArticle stresses right-to-left layout', () => {
    expect(rtlArticle.language).toBe('ar');
    expect(rtlArticle.hero).toBeUndefined();
    expect(rtlArticle.authors.length).toBeGreaterThan(1);
    expect(rtlArticle.standfirst).toBe('');
    expect(longestWord(rtlArticle)).toBeGreaterThanOrEqual(300);
  });

  it('sampleComments hold a reply and a pending comment', () => {
    const ids = new Set(sampleComments.map((comment) => comment.id));
    const replies = sampleComments.filter((comment) => comment.parentId);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(ids.has(reply.parentId!)).toBe(true);
    expect(sampleComments.some((comment) => comment.status === 'pending')).toBe(true);
  });
});
