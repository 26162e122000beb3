// Pages the rule-cache checks render with and without the cache: the sample page, an Arabic
// page in the dark theme, the article with no provider, hostile data, and every component
// alone. Shared by test/ruleCache.test.tsx and scripts/check-rule-cache.mjs.
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import type * as Broadsheet from '../src';
import { fullPage } from './bench-data';
import { messages as arabic } from '../src/messages/ar';
import {
  arabicArticle,
  arabicClosing,
  hostileArticle,
  sampleArticle,
  sampleClosing,
  sampleComments,
} from '../samples';

const submit = async () => undefined;
const subscribe = async () => ({ status: 'pending' as const });

/** The pages, built from one copy of the library. */
export function ruleCachePages(lib: typeof Broadsheet): Record<string, ReactElement> {
  return {
    'sample page': <>{fullPage(lib, sampleComments)}</>,
    'Arabic page, dark theme': (
      <lib.BroadsheetProvider theme={lib.darkTheme} locale="ar" messages={arabic}>
        <lib.Article article={arabicArticle} closing={arabicClosing} />
      </lib.BroadsheetProvider>
    ),
    'Article with no provider': <lib.Article article={sampleArticle} closing={sampleClosing} />,
    'hostile article': <lib.Article article={hostileArticle} />,
    'Callout alone': <lib.Callout variant="warning">Mind the gap.</lib.Callout>,
    'ArticleHeader alone': <lib.ArticleHeader {...sampleArticle} />,
    'ArticleBody alone': <lib.ArticleBody blocks={sampleArticle.body} />,
    'FAQAccordion alone': (
      <lib.FAQAccordion
        title="Questions"
        items={[{ id: 'q', question: 'Why?', answer: ['Because.'] }]}
      />
    ),
    'NumberedTrendList alone': (
      <lib.NumberedTrendList title="Trends" items={[{ title: 'One', body: ['First.'] }]} />
    ),
    'CommentBox alone': <lib.CommentBox comments={sampleComments} onSubmit={submit} />,
    'NewsletterSignup alone': <lib.NewsletterSignup onSubscribe={subscribe} />,
  };
}

/** One server request: a new ServerStyleSheet; the style tags, then the HTML. */
export function serve(ui: ReactElement): string {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(ui));
    return sheet.getStyleTags() + html;
  } finally {
    sheet.seal();
  }
}
