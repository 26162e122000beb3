// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { adoptRuleCache, componentStyles, noRuleCache } from '../scripts/rule-cache-edit.mjs';
import { bundleServerGraph, flightToHtml, type ServerBundle } from './rsc/flight';

// React's server build has no useContext, so under React Server Components a cached root
// must render just as the plain one does. The server graph is bundled twice: with no cache
// anywhere, and with every component root put behind the cache by the edit the components
// adopt.

const slow = 60_000;
const pages = [
  'CalloutPage',
  'ArticleHeaderPage',
  'NumberedTrendListPage',
  'ArticleBodyPage',
  'ArticlePage',
  'GermanArticlePage',
  'LongArticlePage',
];

describe('the cache of compiled rules, under React Server Components', () => {
  let plain: ServerBundle;
  let cached: ServerBundle;
  const clientModules: Record<string, Record<string, unknown>> = {};

  beforeAll(async () => {
    const rewrite = Object.fromEntries(
      componentStyles.map((file) => [file, adoptRuleCache] as const),
    );
    [plain, cached] = await Promise.all([
      bundleServerGraph({
        pages: 'test/rsc/pages.tsx',
        rewrite: { 'src/internal/ruleCache.ts': () => noRuleCache },
      }),
      bundleServerGraph({ pages: 'test/rsc/pages.tsx', rewrite }),
    ]);
    for (const id of plain.clientReferences) {
      const file = fileURLToPath(new URL(`../${id}`, import.meta.url));
      clientModules[id] = await import(/* @vite-ignore */ file);
    }
  }, slow);

  it('bundles the cache into the server graph, against React’s server build', () => {
    expect(cached.reactUseState).toBe('undefined');
    expect(cached.serverModules).toContain('src/internal/ruleCache.ts');
    // The edit is the one the components adopt, and it found every root.
    for (const file of componentStyles) {
      expect(adoptRuleCache(readFileSync(file, 'utf8'))).toMatch(/= cacheCss\(styled\.\w+/);
    }
  });

  for (const page of pages) {
    it(`renders ${page} exactly as without the cache`, { timeout: slow }, async () => {
      const a = await plain.render(page);
      const b = await cached.render(page);
      expect(b.errors).toEqual([]);
      expect(a.errors).toEqual([]);
      // The payload itself differs in React's development-only debug rows (timings, the
      // wrapper's name among the owners); what reaches the page is compared below.
      const htmlA = await flightToHtml(a.flight, clientModules);
      const htmlB = await flightToHtml(b.flight, clientModules);
      expect(htmlB.errors).toEqual([]);
      expect(htmlB.html).toBe(htmlA.html);
      expect(htmlB.html).toContain('<style');
    });
  }
});
