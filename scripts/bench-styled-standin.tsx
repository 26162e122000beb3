// A stand-in for styled-components, swapped in at bundle time by scripts/bench-build.mjs so
// the bench can time the library's components without any styling work: every styled element
// renders as its plain tag with the props it is given (className passed through, `$` props
// dropped, `as` honoured, ref forwarded), and `css`, `keyframes` and `createTheme` do no more
// than return strings. It covers what Broadsheet imports; nothing here compiles CSS.
import {
  createElement,
  forwardRef,
  type ComponentType,
  type ElementType,
  type ReactNode,
  type Ref,
} from 'react';

type Props = Record<string, unknown> & { children?: ReactNode };
type Attrs = Props | ((props: Props) => Props);
interface Config {
  componentId?: string;
  displayName?: string;
  shouldForwardProp?: (prop: string, target: ElementType) => boolean;
}

/** The template's text with its interpolations, as a string; functions count as nothing. */
function join(strings: TemplateStringsArray | readonly string[], values: unknown[]): string {
  let text = strings[0] ?? '';
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    text += (typeof value === 'function' ? '' : String(value ?? '')) + (strings[i + 1] ?? '');
  }
  return text;
}

function builder(target: ElementType, attrs: readonly Attrs[], config: Config) {
  const template = (strings: TemplateStringsArray, ...values: unknown[]) => {
    void join(strings, values);
    const Styled = forwardRef(function Styled(props: Props, ref: Ref<unknown>) {
      let merged = props;
      for (const extra of attrs) {
        const more = typeof extra === 'function' ? extra(merged) : extra;
        merged = { ...merged, ...more };
      }
      const { as, forwardedAs, ...rest } = merged as Props & {
        as?: ElementType;
        forwardedAs?: ElementType;
      };
      const tag = as ?? target;
      const out: Props = {};
      for (const key in rest) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        if (config.shouldForwardProp && !config.shouldForwardProp(key, tag)) continue;
        out[key] = rest[key];
      }
      if (forwardedAs !== undefined) out.as = forwardedAs;
      out.ref = ref;
      return createElement(tag, out);
    });
    const name =
      config.displayName ??
      `styled.${typeof target === 'string' ? target : ((target as ComponentType).displayName ?? 'Component')}`;
    const id = config.componentId ?? name;
    return Object.assign(Styled, {
      displayName: name,
      styledComponentId: id,
      toString: () => `.${id}`,
      attrs: (more: Attrs) => builder(target, [...attrs, more], config)(strings, ...values),
      withConfig: (more: Config) =>
        builder(target, attrs, { ...config, ...more })(strings, ...values),
    });
  };
  return Object.assign(template, {
    attrs: (more: Attrs) => builder(target, [...attrs, more], config),
    withConfig: (more: Config) => builder(target, attrs, { ...config, ...more }),
  });
}

const base = (target: ElementType) => builder(target, [], {});

/** `styled.div`, `styled(Component)`: each gives the chainable template function. */
export const styled = new Proxy(base, {
  get(fn, key) {
    if (typeof key !== 'string' || key in fn) return Reflect.get(fn, key);
    return base(key as ElementType);
  },
}) as typeof base & Record<string, ReturnType<typeof base>>;
export default styled;

/** The CSS text, unparsed. */
export function css(strings: TemplateStringsArray, ...values: unknown[]): string {
  return join(strings, values);
}

/** The animation's name, made from its text; no rule is written. */
export function keyframes(strings: TemplateStringsArray, ...values: unknown[]): string {
  let hash = 5381;
  const text = join(strings, values);
  for (let i = 0; i < text.length; i += 1) hash = (hash * 33) ^ text.charCodeAt(i);
  return `sc-keyframes-${(hash >>> 0).toString(36)}`;
}

/** Every leaf of the theme as `var(--prefix-path, value)`, the shape styled-components gives. */
export function createTheme<T extends object>(theme: T, options: { prefix?: string } = {}): T {
  const prefix = options.prefix ? `${options.prefix}-` : '';
  const walk = (node: object, path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const name = path ? `${path}-${key}` : key;
      out[key] =
        value !== null && typeof value === 'object'
          ? walk(value as object, name)
          : `var(--${prefix}${name}, ${String(value)})`;
    }
    return out;
  };
  return walk(theme, '') as T;
}

/** Renders nothing: a global style is no part of what the bench times. */
export function createGlobalStyle(_strings: TemplateStringsArray, ..._values: unknown[]) {
  return function GlobalStyle() {
    return null;
  };
}

/** Passes its children through. */
export function ThemeProvider({ children }: { children?: ReactNode }) {
  return children;
}
export const StyleSheetManager = ThemeProvider;

export function isStyledComponent(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'styledComponentId' in value;
}
