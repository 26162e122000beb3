// Server Component pages for test/server-components.test.tsx. They import from the package's
// root entry, as an app's `app/page.tsx` imports from 'broadsheet', and are rendered through
// React's server build by test/rsc/flight.ts (never imported by Vitest itself).
import { Article, ArticleBody, ArticleHeader, Callout, NumberedTrendList } from '../../src';
import type { Article as ArticleData } from '../../src';
import { messages as de } from '../../src/messages/de';
import { sampleArticle } from '../../samples';
import { longArticle } from './longArticle';

/** The sample article without its FAQ block, whose accordion is a client component. */
export const articleWithoutFaq: ArticleData = {
  ...sampleArticle,
  body: sampleArticle.body.filter((block) => block.type !== 'faq'),
};

export function CalloutPage() {
  return <Callout variant="didYouKnow">71 % of Ukrainians ranked NATO membership first.</Callout>;
}

export function ArticleHeaderPage() {
  return (
    <ArticleHeader
      headline="Kyiv weighs guarantees"
      authors={[{ name: 'Chief Editor' }]}
      publishedAt="2025-06-14T09:30:00Z"
    />
  );
}

export function NumberedTrendListPage() {
  return (
    <NumberedTrendList
      title="Trends to watch"
      items={[{ title: 'Bilateral guarantees', body: ['Pacts between a few states.'] }]}
    />
  );
}

export function ArticleBodyPage() {
  return (
    <ArticleBody
      blocks={[
        { type: 'paragraph', text: 'A paragraph of running text.' },
        { type: 'heading', text: 'A section heading' },
        { type: 'callout', variant: 'tip', text: 'Ask a think tank.' },
        { type: 'trends', items: [{ title: 'Track-two diplomacy', body: 'Informal talks.' }] },
        { type: 'quote', text: 'A quoted sentence.', cite: 'A diplomat' },
      ]}
    />
  );
}

export function ArticlePage() {
  return <Article article={articleWithoutFaq} />;
}

/** An FAQ block: ArticleBody hands it to FAQAccordion, which must cross as a client reference. */
export function ArticleBodyWithFaqPage() {
  return (
    <ArticleBody
      blocks={[
        { type: 'paragraph', text: 'Before the questions.' },
        { type: 'faq', title: 'Questions', items: [{ question: 'Why?', answer: 'Because.' }] },
      ]}
    />
  );
}

/** The README's Server Component page: the whole sample article in German, words as props. */
export function GermanArticlePage() {
  return <Article article={sampleArticle} locale="de" messages={de} />;
}

/** A long article: twelve callouts, four trend lists, quotes and an FAQ. */
export function LongArticlePage() {
  return <Article article={longArticle()} />;
}

/** The long article with twice the callouts and trend lists. */
export function LongerArticlePage() {
  return <Article article={longArticle({ callouts: 24, trends: 8 })} />;
}
