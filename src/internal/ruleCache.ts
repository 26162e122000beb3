import {
  createElement,
  forwardRef,
  useContext,
  type ComponentPropsWithRef,
  type ElementType,
  type ForwardRefExoticComponent,
} from 'react';
import { StyleSheetContext } from 'styled-components';

// styled-components compiles a component's CSS with stylis again for every new sheet, so a
// server that makes one ServerStyleSheet per request pays for it on every request. The root
// wrapper below hands the components the same sheet with a stylis function that remembers
// what it compiled, for the life of the process. It steps aside, and the root renders
// plainly, unless the context is exactly the shape it knows: a plain object with only
// styled-components' own keys, a server's sheet, and the plain stylis (no plugins, namespace
// or vendor prefixes, so an empty `hash`, its only property). A plugin's name says nothing of
// what it does, so rules compiled under plugins are never shared. In the browser (where the
// sheet is not a server's) and under React Server Components (no useContext) it does nothing.

type Stylis = ((...args: unknown[]) => string[]) & { hash: string };

/** At most this many compiled rule sets are kept... */
export const RULE_CACHE_ENTRIES = 256;
/** ...holding at most this many characters of CSS text, other arguments and compiled rules. */
export const RULE_CACHE_CHARS = 1 << 20;

/**
 * Compiled rules, by the CSS text: the other arguments (selector, at-rule and component id,
 * joined by NUL), the rules and their size in characters; least recently used first. The key
 * is the very string styled-components has just looked up, so finding it costs no new string
 * and no new hash.
 */
export const ruleCache = new Map<string, [others: string, rules: string[], chars: number]>();
let cachedChars = 0;

// A stylis function or a context value, and the memoising one made from it (a memoising
// stylis maps to itself).
const made = new WeakMap<object, object>();

/** The keys of styled-components 6's sheet context; any other makes the root render plainly. */
const contextKeys = ['shouldForwardProp', 'styleSheet', 'stylis', 'stylisPlugins'];

function memoise(stylis: Stylis): Stylis {
  let memo = made.get(stylis) as Stylis | undefined;
  if (memo) return memo;
  memo = Object.assign((...args: unknown[]) => {
    // Only the library's own rules, which are static (an app's dynamic styles would churn
    // the cache), and only for the arguments styled-components passes today.
    if (
      args.length !== 4 ||
      !args.every((arg) => arg === undefined || typeof arg === 'string') ||
      !/^bs-/.test(args[3] as string)
    ) {
      return stylis(...args);
    }
    const css = args[0] as string;
    const others = args.slice(1).join('\0');
    let entry = ruleCache.get(css);
    if (entry) ruleCache.delete(css);
    if (entry?.[0] !== others) {
      if (entry) cachedChars -= entry[2];
      const rules = stylis(...args);
      entry = [others, rules, css.length + others.length + rules.join('').length];
      if (entry[2] > RULE_CACHE_CHARS) return rules;
      cachedChars += entry[2];
    }
    ruleCache.set(css, entry);
    for (const [oldKey, [, , chars]] of ruleCache) {
      if (ruleCache.size <= RULE_CACHE_ENTRIES && cachedChars <= RULE_CACHE_CHARS) break;
      ruleCache.delete(oldKey);
      cachedChars -= chars;
    }
    return entry[1].slice();
  }, stylis);
  made.set(stylis, memo);
  made.set(memo, memo);
  return memo;
}

/** The context value with a memoising stylis, or undefined to render plainly. */
function cachedContext(value: unknown): object | undefined {
  const context = value as {
    stylis?: Stylis;
    stylisPlugins?: { length?: unknown };
    styleSheet?: { server?: unknown };
  };
  const stylis = context?.stylis;
  if (
    Object.getPrototypeOf(value ?? 0) !== Object.prototype ||
    Object.keys(context).some((key) => !contextKeys.includes(key)) ||
    typeof stylis !== 'function' ||
    Object.keys(stylis).join() !== 'hash' ||
    stylis.hash !== '' ||
    made.get(stylis) === stylis ||
    (context.stylisPlugins ?? []).length !== 0 ||
    context.styleSheet?.server !== true
  ) {
    return undefined;
  }
  let next = made.get(context);
  if (!next) {
    next = { ...context, stylis: memoise(stylis) };
    made.set(context, next);
  }
  return next;
}

// React's server-components build has no useContext: there the root renders plainly.
const useSheetContext: () => unknown =
  typeof useContext === 'function' &&
  (StyleSheetContext as Partial<typeof StyleSheetContext> | undefined)?.Provider
    ? () => useContext(StyleSheetContext)
    : () => undefined;

/**
 * The styled root with the process-wide cache of compiled rules installed above it, on the
 * server; the first such root of a page installs it for every one inside.
 */
export function withRuleCache<T extends ElementType>(
  Root: T,
): ForwardRefExoticComponent<ComponentPropsWithRef<T>> {
  const Cached = forwardRef<unknown, object>(function CachedRoot(props, ref) {
    const value = cachedContext(useSheetContext());
    const root = createElement(Root, { ...props, ref });
    return value
      ? createElement(StyleSheetContext.Provider, { value: value as never }, root)
      : root;
  });
  return Cached as unknown as ForwardRefExoticComponent<ComponentPropsWithRef<T>>;
}

/**
 * `withRuleCache` for a styled tag: `cacheCss(styled.aside.withConfig({ … }))` followed
 * by the template gives the cached root.
 */
export const cacheCss =
  <A extends unknown[], T extends ElementType>(tag: (...template: A) => T) =>
  (...template: A) =>
    withRuleCache(tag(...template));
