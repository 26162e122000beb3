import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  Article,
  ArticleBody,
  ArticleHeader,
  BroadsheetProvider,
  Callout,
  FAQAccordion,
  JsonLd,
  darkTheme,
  defaultMessages,
  faqPageJsonLd,
  lightTheme,
  newsArticleJsonLd,
  NewsletterSignup,
  NumberedTrendList,
} from '../src';
import type {
  Article as ArticleData,
  Author,
  Block,
  CalloutVariant,
  Comment,
  CommentDraft,
  FAQItem,
  Image,
  Messages,
  RelatedLink,
  SubscribeRequest,
  SubscribeResult,
  Trend,
} from '../src';
import * as arabic from '../src/messages/ar';
import * as german from '../src/messages/de';

// The names of the public contract; `tsc --noEmit` checks the type-level lines below.
describe('the public API', () => {
  it('exports every component, theme, table and structured-data helper by name', () => {
    const values = {
      Article,
      ArticleBody,
      ArticleHeader,
      BroadsheetProvider,
      Callout,
      FAQAccordion,
      JsonLd,
      NewsletterSignup,
      NumberedTrendList,
      darkTheme,
      defaultMessages,
      faqPageJsonLd,
      lightTheme,
      newsArticleJsonLd,
    };
    for (const [name, value] of Object.entries(values)) {
      expect(value, name).toBeDefined();
    }
  });

  it('exports each language table as `messages` and as the default', () => {
    for (const table of [german, arabic]) {
      expect(table.messages).toBe(table.default);
      expect(Object.keys(table.messages).sort()).toEqual(Object.keys(defaultMessages).sort());
    }
  });

  // Checked by the typecheck (tsc), which fails on any mismatch; at run time these are no-ops.
  it('gives the data model its types, the Article data type included', () => {
    expectTypeOf<ArticleData['headline']>().toEqualTypeOf<string>();
    expectTypeOf<ArticleData['authors']>().toEqualTypeOf<Author[]>();
    expectTypeOf<ArticleData['body']>().toEqualTypeOf<Block[]>();
    expectTypeOf<ArticleData['related']>().toEqualTypeOf<RelatedLink[] | undefined>();
    expectTypeOf<ArticleData['hero']>().toEqualTypeOf<Image | undefined>();
    expectTypeOf<Trend['body']>().toEqualTypeOf<string | string[]>();
    expectTypeOf<FAQItem['answer']>().toEqualTypeOf<string | string[]>();
    expectTypeOf<CalloutVariant>().toEqualTypeOf<'didYouKnow' | 'tip' | 'note' | 'warning'>();
    expectTypeOf<Comment['status']>().toEqualTypeOf<
      'published' | 'pending' | 'removed' | 'deleted' | undefined
    >();
    expectTypeOf<CommentDraft['body']>().toEqualTypeOf<string>();
    expectTypeOf<SubscribeRequest['consent']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<SubscribeResult>().toEqualTypeOf<void | {
      status: 'subscribed' | 'pending' | 'already';
    }>();
    expectTypeOf<Messages['calloutTip']>().toEqualTypeOf<string>();
  });
});
