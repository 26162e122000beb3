import { describe, expect, it } from 'vitest';
import { Article, BroadsheetProvider, Callout, darkTheme } from '../src';
import { sampleArticle, sampleClosing } from '../samples';
import { renderToHtml } from './helpers';

describe('class names', () => {
  // styled-components numbers components without an id in the order a bundle creates them;
  // a server bundle and a browser bundle can differ, and hydration then finds other classes.
  it('are stable: every styled element carries its fixed bs- id and none is numbered', () => {
    const { html } = renderToHtml(
      <BroadsheetProvider theme={darkTheme}>
        <Callout variant="tip">Tip</Callout>
        <Article article={sampleArticle} closing={sampleClosing} />
      </BroadsheetProvider>,
    );
    const classes = [...html.matchAll(/class="([^"]*)"/g)].flatMap((match) => match[1].split(' '));
    expect(classes.filter((name) => name.startsWith('sc-'))).toEqual([]);
    for (const id of [
      'bs-theme',
      'bs-callout',
      'bs-article',
      'bs-header',
      'bs-body',
      'bs-trends',
      'bs-faq',
    ]) {
      expect(classes).toContain(id);
    }
  });
});
