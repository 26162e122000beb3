// A long article for measuring the CSS a page ships: many callouts of every variant, several
// trend lists, pull quotes and an FAQ between paragraphs and section headings. Both the
// Server Component pages (test/rsc/pages.tsx) and the classic server render use it.
import type { Article, Block, CalloutVariant } from '../../src';
import { sampleArticle } from '../../samples';

const variants: CalloutVariant[] = ['didYouKnow', 'tip', 'note', 'warning'];

/** The body: `callouts` callouts (variants in turn), `trends` trend lists, a quote and paragraphs between. */
export function longBody({ callouts = 12, trends = 4, faq = true } = {}): Block[] {
  const blocks: Block[] = [];
  const sections = Math.max(callouts, trends);
  for (let n = 0; n < sections; n += 1) {
    blocks.push({ type: 'heading', text: `Section ${n + 1}` });
    blocks.push({ type: 'paragraph', text: `Paragraph ${n + 1} of the running text.` });
    if (n < callouts) {
      blocks.push({
        type: 'callout',
        variant: variants[n % variants.length],
        text: `Box ${n + 1} says something short.`,
      });
    }
    if (n < trends) {
      blocks.push({
        type: 'trends',
        title: `Trends ${n + 1}`,
        items: [
          { id: `trend-${n}-a`, title: `First trend of list ${n + 1}`, body: 'Why it matters.' },
          { id: `trend-${n}-b`, title: `Second trend of list ${n + 1}`, body: 'What comes next.' },
        ],
      });
    }
    if (n % 3 === 1) {
      blocks.push({ type: 'quote', text: `Quoted sentence ${n + 1}.`, cite: 'A diplomat' });
    }
  }
  if (faq) {
    blocks.push({
      type: 'faq',
      title: 'Questions',
      items: [
        { question: 'Why so many boxes?', answer: 'To measure the CSS.' },
        { question: 'Does it repeat?', answer: 'It should not.' },
      ],
    });
  }
  return blocks;
}

/** The sample article with a long body. */
export function longArticle(options?: Parameters<typeof longBody>[0]): Article {
  return { ...sampleArticle, body: longBody(options) };
}
