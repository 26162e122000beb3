// The edit that puts a component's root behind the cache of compiled rules
// (src/internal/ruleCache.ts): an import, and `cacheCss(…)` around the styled tag of the one
// root its `*.styles.ts` module defines. The library ships the cache on the page-level roots
// only (Article's and BroadsheetProvider's); the rule-cache checks apply this edit to every
// root, so that each component's rules go through the cache even when it is rendered alone.

const root = /^(export const \w+ = )(styled\.\w+\.withConfig\(\{ componentId: '[\w-]+' \}\))`/m;

/**
 * The `*.styles.ts` source with its root cached (unchanged when it is already); throws when it
 * has no root of that form.
 */
export function adoptRuleCache(source) {
  if (/^export const \w+ = cacheCss\(styled\./m.test(source)) return source;
  if (!root.test(source)) throw new Error('No `export const X = styled.tag.withConfig(…)` root');
  const edited = source.replace(root, '$1cacheCss($2)`');
  return `import { cacheCss } from '../../internal/ruleCache';\n${edited}`;
}

/** A stand-in for src/internal/ruleCache.ts that caches nothing: the build with no cache. */
export const noRuleCache = `export const withRuleCache = (root) => root;
export const cacheCss = (tag) => (...template) => tag(...template);
export const ruleCache = new Map();
`;

/** The eight component roots, by the folder each lives in. */
export const componentStyles = [
  'Article',
  'ArticleBody',
  'ArticleHeader',
  'Callout',
  'CommentBox',
  'FAQAccordion',
  'NewsletterSignup',
  'NumberedTrendList',
].map((name) => `src/components/${name}/${name}.styles.ts`);
