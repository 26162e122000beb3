import { render } from '@testing-library/react';
import { act, useContext, type ElementType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import {
  ServerStyleSheet,
  StyleSheetContext,
  StyleSheetManager,
  styled,
  type IStyleSheetContext,
} from 'styled-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleArticle, sampleClosing, sampleComments } from '../samples';
import { ruleCachePages, serve } from '../scripts/rule-cache-pages';

// Every component root, as the components would adopt the cache: each `*.styles.ts` module is
// loaded with its root passed through withRuleCache, which is what
// `cacheCss(styled.x.withConfig(…))` does to the root it defines.
const roots: Record<string, string> = {
  Article: 'ArticleRoot',
  ArticleBody: 'ArticleBodyRoot',
  ArticleHeader: 'ArticleHeaderRoot',
  Callout: 'CalloutRoot',
  CommentBox: 'CommentBoxRoot',
  FAQAccordion: 'FAQRoot',
  NewsletterSignup: 'NewsletterRoot',
  NumberedTrendList: 'TrendListRoot',
};

type Library = typeof import('../src');
type RuleCacheModule = typeof import('../src/internal/ruleCache');

/** A fresh copy of the library, with the cache on every root or with no cache anywhere. */
async function loadLibrary(cached: boolean): Promise<Library & { cache: RuleCacheModule }> {
  vi.resetModules();
  for (const [name, root] of Object.entries(roots)) {
    const file = `../src/components/${name}/${name}.styles`;
    vi.doUnmock(file);
    if (cached) {
      vi.doMock(file, async (importOriginal) => {
        const original = await importOriginal<Record<string, ElementType>>();
        const { withRuleCache } = await import('../src/internal/ruleCache');
        return { ...original, [root]: withRuleCache(original[root]) };
      });
    }
  }
  vi.doUnmock('../src/internal/ruleCache');
  if (!cached) {
    vi.doMock('../src/internal/ruleCache', async (importOriginal) => ({
      ...(await importOriginal<RuleCacheModule>()),
      withRuleCache: (root: unknown) => root,
      cacheCss: (tag: unknown) => tag,
    }));
  }
  const library = await import('../src');
  const cache = await import('../src/internal/ruleCache');
  return { ...library, cache };
}

/** The component ids the cache holds rules for. */
const cachedIds = (cache: RuleCacheModule) =>
  [...cache.ruleCache.values()].map(([others]) => others.split('\0')[2]);

afterEach(() => {
  vi.resetModules();
  vi.doUnmock('../src/internal/ruleCache');
  for (const name of Object.keys(roots)) vi.doUnmock(`../src/components/${name}/${name}.styles`);
});

describe('the cache of compiled rules, on the server', () => {
  it('gives byte-identical HTML and CSS to no cache, request after request', async () => {
    const plain = await loadLibrary(false);
    const cached = await loadLibrary(true);
    expect(cached.cache.ruleCache.size).toBe(0);
    const plainPages = ruleCachePages(plain);
    const cachedPages = ruleCachePages(cached);
    for (let request = 0; request < 3; request += 1) {
      for (const name of Object.keys(plainPages)) {
        const expected = serve(plainPages[name]);
        expect(expected, name).toContain('<style');
        expect(serve(cachedPages[name]), `${name}, request ${request + 1}`).toBe(expected);
      }
    }
    // It was used: every library root's rules are in it.
    const ids = cachedIds(cached.cache);
    for (const id of ['bs-theme', 'bs-article', 'bs-callout', 'bs-faq', 'bs-comments']) {
      expect(ids).toContain(id);
    }
  });

  it('steps aside under stylis plugins, a namespace or vendor prefixes', async () => {
    // Requests with no plugin and with two different plugins, in turn. A plugin sees every
    // rule stylis compiles; it is a new array each request, as an app that writes it inline
    // makes. Under any of these the cache compiles nothing and keeps nothing.
    const kinds = ['none', 'first', 'none', 'second', 'first', 'second', 'none', 'first'];
    const compiled: Record<'plain' | 'cached', number[]> = { plain: [], cached: [] };
    const pages: Record<'plain' | 'cached', string[]> = { plain: [], cached: [] };
    for (const build of ['plain', 'cached'] as const) {
      const lib = await loadLibrary(build === 'cached');
      for (const kind of kinds) {
        let count = 0;
        const plugin = Object.defineProperty(() => void (count += 1), 'name', { value: kind });
        pages[build].push(
          serve(
            <StyleSheetManager stylisPlugins={kind === 'none' ? [] : [plugin]}>
              <lib.Article article={sampleArticle} closing={sampleClosing} />
            </StyleSheetManager>,
          ),
        );
        if (kind !== 'none') compiled[build].push(count);
      }
      for (const options of [{ namespace: '#page' }, { enableVendorPrefixes: true }]) {
        const html = serve(
          <StyleSheetManager {...options}>
            <lib.Article article={sampleArticle} closing={sampleClosing} />
          </StyleSheetManager>,
        );
        pages[build].push(html);
      }
      if (build === 'cached') {
        // Only the requests with no plugin, namespace or prefixes filled it.
        expect(cachedIds(lib.cache)).toContain('bs-article');
        lib.cache.ruleCache.clear();
        serve(
          <StyleSheetManager
            stylisPlugins={[Object.defineProperty(() => {}, 'name', { value: 'x' })]}
          >
            <lib.Article article={sampleArticle} closing={sampleClosing} />
          </StyleSheetManager>,
        );
        expect(lib.cache.ruleCache.size).toBe(0);
      }
    }
    const [rules] = compiled.plain;
    expect(rules).toBeGreaterThan(100);
    expect(compiled.plain).toEqual([rules, rules, rules, rules, rules]);
    expect(compiled.cached).toEqual(compiled.plain);
    expect(pages.cached).toEqual(pages.plain);
    expect(pages.plain.at(-2)).toContain('#page .');
    expect(pages.plain.at(-1)).not.toEqual(pages.plain[0]);
  });

  it('gives each of two same-named plugins its own CSS', async () => {
    // A plugin factory: every plugin it makes has the same name, so the same stylis hash.
    const recolour = (to: string) =>
      Object.defineProperty(
        (element: { type: string; props: unknown; return: string }) => {
          if (element.type === 'decl' && element.props === 'color') element.return = `color:${to};`;
        },
        'name',
        { value: 'recolour' },
      );
    const outputs: Record<'plain' | 'cached', string[]> = { plain: [], cached: [] };
    for (const build of ['plain', 'cached'] as const) {
      const { cache } = await loadLibrary(build === 'cached');
      const Box = cache.withRuleCache(styled.div.withConfig({ componentId: 'bs-recolour' })`
        color: teal;
      `);
      for (const to of ['red', 'blue', 'red', 'green']) {
        outputs[build].push(
          serve(
            <StyleSheetManager stylisPlugins={[recolour(to)]}>
              <Box>Text</Box>
            </StyleSheetManager>,
          ),
        );
      }
    }
    expect(outputs.plain.map((html) => html.match(/color:(\w+)/)?.[1])).toEqual([
      'red',
      'blue',
      'red',
      'green',
    ]);
    expect(outputs.cached).toEqual(outputs.plain);
  });

  it('leaves an app’s own styled components to styled-components', async () => {
    const { cache, BroadsheetProvider } = await loadLibrary(true);
    const AppBox = styled.div.withConfig({ componentId: 'app-box' })<{ $tone: string }>`
      color: ${(props) => props.$tone};
    `;
    const html = serve(
      <BroadsheetProvider>
        <AppBox $tone="rebeccapurple">Own styles</AppBox>
      </BroadsheetProvider>,
    );
    expect(html).toContain('color:rebeccapurple');
    const ids = cachedIds(cache);
    expect(ids).toEqual(['bs-theme']);
  });
});

describe('the cache of compiled rules, where the library installs it', () => {
  /** The library as it ships: roots as written, no mocks. */
  async function shipped() {
    vi.resetModules();
    return { ...(await import('../src')), cache: await import('../src/internal/ruleCache') };
  }

  it('is installed by Article alone, for the page inside it', async () => {
    const lib = await shipped();
    serve(<lib.Article article={sampleArticle} closing={sampleClosing} />);
    const ids = cachedIds(lib.cache);
    for (const id of ['bs-article', 'bs-header', 'bs-body', 'bs-faq']) {
      expect(ids).toContain(id);
    }
  });

  it('is installed by BroadsheetProvider, for any component inside it', async () => {
    const lib = await shipped();
    serve(
      <lib.BroadsheetProvider>
        <lib.Callout title="Note">Text</lib.Callout>
      </lib.BroadsheetProvider>,
    );
    expect(cachedIds(lib.cache).sort()).toEqual(['bs-callout', 'bs-theme']);
  });

  it('leaves a component rendered with neither to styled-components, unchanged', async () => {
    const lib = await shipped();
    const html = serve(<lib.Callout title="Note">Text</lib.Callout>);
    expect(html).toContain('Text');
    expect(lib.cache.ruleCache.size).toBe(0);
  });
});

/** The context value styled-components gives with no StyleSheetManager around. */
function defaultSheetContext(): IStyleSheetContext {
  let value: IStyleSheetContext | undefined;
  function Read() {
    value = useContext(StyleSheetContext);
    return null;
  }
  renderToString(<Read />);
  return value!;
}

describe('the cache of compiled rules, when the shape differs', () => {
  const Box = styled.div.withConfig({ componentId: 'bs-shape-test' })`
    color: red;
    & > [data-part='title'] {
      font-weight: 700;
    }
  `;

  /** Renders through a sheet whose context value is `change`d, counting stylis calls. */
  async function renderWith(
    change: (value: IStyleSheetContext, stylis: IStyleSheetContext['stylis']) => object,
    cached: boolean,
  ) {
    const { cache } = await loadLibrary(cached);
    const Root = cached ? cache.withRuleCache(Box) : Box;
    const base = defaultSheetContext();
    let calls = 0;
    const counting = Object.assign(
      (...args: Parameters<IStyleSheetContext['stylis']>) => {
        calls += 1;
        return base.stylis(...args);
      },
      { hash: base.stylis.hash },
    );
    const outputs: string[] = [];
    for (let request = 0; request < 2; request += 1) {
      const sheet = new ServerStyleSheet();
      const value = change({ ...base, styleSheet: sheet.instance }, counting);
      const html = renderToString(
        <StyleSheetContext.Provider value={value as IStyleSheetContext}>
          <Root>
            <p data-part="title">Title</p>
          </Root>
        </StyleSheetContext.Provider>,
      );
      outputs.push(sheet.getStyleTags() + html);
      sheet.seal();
    }
    return { outputs, calls, size: cache.ruleCache.size };
  }

  it('uses the cache when the shape is as expected', async () => {
    const result = await renderWith((value, stylis) => ({ ...value, stylis }), true);
    expect(result.calls).toBe(1);
    expect(result.size).toBe(1);
    expect(result.outputs).toEqual(
      (await renderWith((value, stylis) => ({ ...value, stylis }), false)).outputs,
    );
  });

  const wrongShapes: Record<
    string,
    (value: IStyleSheetContext, stylis: IStyleSheetContext['stylis']) => object
  > = {
    'a stylis with no hash': (value, stylis) => ({
      ...value,
      stylis: (...args: Parameters<typeof stylis>) => stylis(...args),
    }),
    'a hash that is not a string': (value, stylis) => ({
      ...value,
      stylis: Object.assign((...args: Parameters<typeof stylis>) => stylis(...args), { hash: 7 }),
    }),
    'a stylis with plugins, a namespace or prefixes (a hash)': (value, stylis) => ({
      ...value,
      stylis: Object.assign((...args: Parameters<typeof stylis>) => stylis(...args), {
        hash: '1234',
      }),
    }),
    'a stylis with a property it does not know': (value, stylis) => ({
      ...value,
      stylis: Object.assign((...args: Parameters<typeof stylis>) => stylis(...args), {
        hash: '',
        options: {},
      }),
    }),
    'plugins listed in the context': (value, stylis) => ({
      ...value,
      stylis,
      stylisPlugins: [Object.defineProperty(() => {}, 'name', { value: 'quiet' })],
    }),
    'a context key it does not know': (value, stylis) => ({ ...value, stylis, layer: 'app' }),
    'a context that is not a plain object': (value, stylis) =>
      Object.assign(Object.create({ inherited: true }) as object, { ...value, stylis }),
    'a sheet that does not say it is a server’s': (value, stylis) => ({
      ...value,
      stylis,
      styleSheet: new Proxy(value.styleSheet, {
        get: (target, key) =>
          key === 'server' ? undefined : (Reflect.get(target, key, target) as unknown),
      }),
    }),
  };

  for (const [name, change] of Object.entries(wrongShapes)) {
    it(`renders plainly with ${name}`, async () => {
      const cached = await renderWith(change, true);
      const plain = await renderWith(change, false);
      expect(cached.outputs).toEqual(plain.outputs);
      expect(cached.outputs[0]).toContain('font-weight:700');
      expect(cached.calls).toBe(plain.calls);
      expect(cached.calls).toBeGreaterThan(0);
      expect(cached.size).toBe(0);
    });
  }

  it('renders plainly when stylis is given arguments it does not know', async () => {
    const { cache } = await loadLibrary(true);
    const Root = cache.withRuleCache(Box);
    let memo: IStyleSheetContext['stylis'] | undefined;
    function Read() {
      memo = useContext(StyleSheetContext).stylis;
      return null;
    }
    serve(
      <Root>
        <Read />
      </Root>,
    );
    expect(memo).toBeDefined();
    expect(memo!.hash).toBe(defaultSheetContext().stylis.hash);
    const size = cache.ruleCache.size;
    const call = memo as unknown as (...args: unknown[]) => string[];
    const plain = defaultSheetContext().stylis as unknown as (...args: unknown[]) => string[];
    const odd: unknown[][] = [
      ['a{color:red}', '.x', undefined, 'bs-x', 'more'],
      ['a{color:red}', '.x', undefined, 'app-x'],
      ['a{color:red}', '.x', 3, 'bs-x'],
      ['a{color:red}', '.x', undefined, { id: 'bs-x' }],
    ];
    for (const args of odd) {
      expect(call(...args)).toEqual(plain(...args));
      expect(call(...args)).toEqual(plain(...args));
    }
    expect(cache.ruleCache.size).toBe(size);
    expect(call('a{color:red}', '.x', undefined, 'bs-x')).toEqual(['.x a{color:red;}']);
    expect(cache.ruleCache.size).toBe(size + 1);
    // What it hands out is a copy: styled-components may do as it likes with it.
    call('a{color:red}', '.x', undefined, 'bs-x').push('.x b{}');
    expect(call('a{color:red}', '.x', undefined, 'bs-x')).toEqual(['.x a{color:red;}']);
  });

  it('keeps the rules of two components with the same CSS apart', async () => {
    const { cache } = await loadLibrary(true);
    const First = cache.withRuleCache(styled.div.withConfig({ componentId: 'bs-twin-a' })`
      color: teal;
    `);
    const Second = cache.withRuleCache(styled.div.withConfig({ componentId: 'bs-twin-b' })`
      color: teal;
    `);
    for (let request = 0; request < 2; request += 1) {
      const html = serve(
        <>
          <First />
          <Second />
        </>,
      );
      const classes = [...html.matchAll(/class="bs-twin-\w (\w+)"/g)].map((match) => match[1]);
      expect(classes).toHaveLength(2);
      expect(classes[0]).not.toBe(classes[1]);
      for (const name of classes) expect(html).toContain(`.${name}{color:teal;}`);
    }
  });

  it('installs the cache once: a root inside another passes the same context on', async () => {
    const { cache } = await loadLibrary(true);
    const Root = cache.withRuleCache(Box);
    const seen: IStyleSheetContext[] = [];
    function Read() {
      seen.push(useContext(StyleSheetContext));
      return null;
    }
    serve(
      <Root>
        <Read />
        <Root>
          <Read />
        </Root>
      </Root>,
    );
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
  });

  it('renders plainly when styled-components exports no StyleSheetContext', async () => {
    vi.resetModules();
    vi.doMock('styled-components', async (importOriginal) => ({
      ...(await importOriginal<object>()),
      StyleSheetContext: undefined,
    }));
    try {
      const cache = await import('../src/internal/ruleCache');
      const Root = cache.withRuleCache(Box);
      const html = serve(<Root data-part="box">Box</Root>);
      expect(html).toContain('data-part="box"');
      expect(html).toContain('font-weight:700');
      expect(cache.ruleCache.size).toBe(0);
    } finally {
      vi.doUnmock('styled-components');
    }
  });
});

describe('the cache of compiled rules, held to its cap', () => {
  /** Characters the cache holds: keys, other arguments and compiled rules, counted afresh. */
  const heldChars = (cache: RuleCacheModule['ruleCache']) =>
    [...cache].reduce(
      (sum, [key, [others, rules]]) => sum + key.length + others.length + rules.join('').length,
      0,
    );

  it('evicts the least recently used entries and never holds more than its cap', async () => {
    const { cache } = await loadLibrary(true);
    const Shade = cache.withRuleCache(styled.div.withConfig({
      componentId: 'bs-cap-test',
    })<{ $n: number }>`
      inline-size: ${(props) => props.$n}px;
    `);
    const keyOf = (n: number) =>
      [...cache.ruleCache.keys()].find((key) => key.includes(`inline-size: ${n}px;`));
    const total = cache.RULE_CACHE_ENTRIES + 40;
    for (let n = 0; n < total; n += 1) {
      expect(serve(<Shade $n={n} />)).toContain(`inline-size:${n}px`);
      // 0, used again once the cache is full, outlives those written after it.
      if (n === cache.RULE_CACHE_ENTRIES - 1) serve(<Shade $n={0} />);
      expect(cache.ruleCache.size).toBeLessThanOrEqual(cache.RULE_CACHE_ENTRIES);
    }
    expect(cache.ruleCache.size).toBe(cache.RULE_CACHE_ENTRIES);
    expect(keyOf(total - 1)).toBeDefined();
    expect(keyOf(0)).toBeDefined();
    expect(keyOf(1)).toBeUndefined();
    expect(keyOf(40)).toBeUndefined();
    expect(keyOf(41)).toBeDefined();
  });

  it('holds no more characters than its cap, and skips a rule set larger than it', async () => {
    const { cache } = await loadLibrary(true);
    const Big = cache.withRuleCache(styled.div.withConfig({
      componentId: 'bs-bytes-test',
    })<{ $css: string }>`
      ${(props) => props.$css}
    `);
    // About 100,000 characters of CSS each: a handful fill the cap.
    const block = (n: number, size: number) =>
      Array.from({ length: size }, (_, i) => `--bs-cap-${n}-${i}: ${i}px;`).join('\n');
    for (let n = 0; n < 14; n += 1) {
      serve(<Big $css={block(n, 5000)} />);
      expect(heldChars(cache.ruleCache)).toBeLessThanOrEqual(cache.RULE_CACHE_CHARS);
    }
    expect(cache.ruleCache.size).toBeGreaterThan(3);
    expect(cache.ruleCache.size).toBeLessThan(14);
    const kept = [...cache.ruleCache.keys()];
    const huge = block(99, 40_000);
    expect(serve(<Big $css={huge} />)).toContain('--bs-cap-99-39999:39999px');
    expect([...cache.ruleCache.keys()]).toEqual(kept);
    expect(heldChars(cache.ruleCache)).toBeLessThanOrEqual(cache.RULE_CACHE_CHARS);
  });
});

describe('the cache of compiled rules, in the browser', () => {
  it('renders the same DOM and styles as no cache, and stays out of the way', async () => {
    const results: { html: string; css: string; size: number }[] = [];
    for (const cached of [false, true]) {
      const lib = await loadLibrary(cached);
      // A sheet of its own for each render, so each writes all of its rules.
      const target = document.head.appendChild(document.createElement('div'));
      const { container, unmount } = render(
        <StyleSheetManager target={target}>
          <lib.BroadsheetProvider>
            <lib.Article article={sampleArticle} closing={sampleClosing} />
          </lib.BroadsheetProvider>
        </StyleSheetManager>,
      );
      const css = [...target.querySelectorAll('style')]
        .flatMap((style) => [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText))
        .join('\n');
      // Client ids count up across roots: number them in order of appearance.
      const seen = new Map<string, number>();
      const html = container.innerHTML.replace(/_r_\w+_/g, (id) => {
        if (!seen.has(id)) seen.set(id, seen.size);
        return `id${seen.get(id)}`;
      });
      results.push({ html, css, size: lib.cache.ruleCache.size });
      unmount();
    }
    expect(results[1].html).toBe(results[0].html);
    expect(results[1].css).toBe(results[0].css);
    expect(results[1].css).toContain("[data-variant='warning']");
    expect(results[1].size).toBe(0);
  });

  it('hydrates server HTML made with the cache, with no warning and the same ids', async () => {
    const lib = await loadLibrary(true);
    const ui = (
      <lib.BroadsheetProvider>
        <lib.Article
          article={sampleArticle}
          closing={sampleClosing}
          comments={sampleComments}
          onCommentSubmit={async () => undefined}
          onSubscribe={async () => ({ status: 'pending' as const })}
        />
      </lib.BroadsheetProvider>
    );
    const html = serve(ui).replace(/^(<style[^>]*>[\s\S]*?<\/style>)+/, '');
    expect(lib.cache.ruleCache.size).toBeGreaterThan(0);
    const container = document.createElement('div');
    container.innerHTML = html;
    const serverDom = container.cloneNode(true) as HTMLElement;
    const ids = (root: HTMLElement) => [...root.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids(serverDom).length).toBeGreaterThan(5);
    document.body.appendChild(container);
    const problems: unknown[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((...args) => problems.push(args));
    try {
      await act(async () => {
        hydrateRoot(container, ui, { onRecoverableError: (cause) => problems.push(cause) });
      });
    } finally {
      error.mockRestore();
    }
    expect(problems).toEqual([]);
    expect(ids(container)).toEqual(ids(serverDom));
    container.remove();
  });
});
