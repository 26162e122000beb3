// The themes: plain data, and the helpers that make and apply them. Style modules read the
// tokens through ./vars instead, so a component never ships this table.

/* Latin faces first, then the Arabic ones common on phones and desktops (Android and Linux,
   Windows, Apple), so Arabic text is set in a face made for it and not the system's fallback.
   A browser takes each letter from the first face that has it, so Latin text is unchanged. */
const serif =
  "Georgia, 'Noto Serif', 'Noto Naskh Arabic', 'Traditional Arabic', 'Geeza Pro', serif";
const sans = "system-ui, 'Noto Sans Arabic', 'Geeza Pro', Tahoma, sans-serif";

/** The light theme's values: the shape every Broadsheet theme follows. */
const lightValues = {
  color: {
    text: '#1a1a1a',
    textMuted: '#505a5f',
    background: '#fff',
    surface: '#f4f2ee',
    border: '#b1b4b6',
    fieldBorder: '#1a1a1a',
    accent: '#8a1c1c',
    error: '#c4331b',
    link: '#1d4e89',
    focus: '#ffbf47',
    focusText: '#0b0c0c',
    didYouKnow: '#1d4e89',
    didYouKnowSurface: '#eef3fa',
    tip: '#00703c',
    tipSurface: '#edf7f1',
    note: '#505a5f',
    noteSurface: '#f4f2ee',
    warning: '#8a4b00',
    warningSurface: '#fff4e0',
  },
  font: {
    headline: serif,
    body: serif,
    ui: sans,
  },
  /* Headline > section head > furniture (sans, sm) > body (md). lg is the standfirst, display
     the pull quote; the steps that scale with the window are clamp()s, smallest on a phone. */
  fontSize: {
    xs: '0.8125rem',
    sm: '0.9375rem',
    md: '1.0625rem',
    lg: 'clamp(1.0625rem, 0.95rem + 0.5vw, 1.3125rem)',
    xl: 'clamp(1.375rem, 1.25rem + 0.6vw, 1.75rem)',
    display: 'clamp(1.5rem, 1.3rem + 0.9vw, 2rem)',
    xxl: 'clamp(1.75rem, 1.3rem + 2.2vw, 2.75rem)',
  },
  lineHeight: {
    tight: '1.2',
    body: '1.6',
  },
  /* Arabic script (ar, fa, ur) reads a size smaller than Latin at the same size: text in it is
     set this many times larger, with this many times the leading. */
  script: {
    arabicSize: '1.1',
    arabicLeading: '1.125',
  },
  space: {
    xs: '0.25rem',
    sm: '0.5rem',
    md: '1rem',
    lg: '1.5rem',
    xl: '2.5rem',
  },
  /* The measure: the longest line of running text, about 60 to 75 characters of body type. */
  layout: {
    measure: '38rem',
    /* How far a hero picture may run past the column on each side on a phone: the page's own
       inline padding, so the picture meets the screen's edges. 0 keeps it in the column. */
    bleed: '0px',
  },
  /* Square corners, as newspapers draw pictures and boxes; a brand may round them. */
  radius: {
    sm: '0px',
    md: '0px',
  },
  focus: {
    width: '3px',
    offset: '2px',
  },
  motion: {
    duration: '200ms',
    easing: 'cubic-bezier(0.2, 0, 0, 1)',
  },
  /* The CSS color-scheme the theme is drawn for, so the browser's own controls (a checkbox,
     a scroll bar) match it. */
  scheme: {
    color: 'light',
  },
};

/** A complete set of Broadsheet design tokens. */
export type Theme = typeof lightValues;

export const lightTheme: Theme = lightValues;

export const darkTheme: Theme = /* @__PURE__ */ Object.assign({}, lightValues, {
  color: {
    text: '#ecebe8',
    textMuted: '#9a9c9e',
    background: '#121212',
    surface: '#2a2a2a',
    border: '#6f777b',
    fieldBorder: '#858a8e',
    accent: '#ff5c4d',
    error: '#ff9081',
    link: '#8ab4f8',
    focus: '#ffbf47',
    focusText: '#0b0c0c',
    didYouKnow: '#8ab4f8',
    didYouKnowSurface: '#1d2a3a',
    tip: '#7bd88f',
    tipSurface: '#192b1f',
    note: '#9a9c9e',
    noteSurface: '#2a2a2a',
    warning: '#ffc266',
    warningSurface: '#352811',
  },
  scheme: { color: 'dark' },
});

/** Values to override in a theme of your own; everything else keeps the light value. */
export type ThemeOverrides = { [G in keyof Theme]?: Partial<Theme[G]> };

/** A theme from the light one with some tokens replaced, for a brand of your own. */
export function extendTheme(overrides: ThemeOverrides, base: Theme = lightTheme): Theme {
  const result = { ...base } as Record<string, Record<string, string>>;
  for (const group of Object.keys(overrides) as (keyof Theme)[]) {
    result[group] = { ...base[group], ...overrides[group] };
  }
  return result as unknown as Theme;
}

/** The CSS custom property a token is read from, e.g. `--bs-color-text`. */
export function tokenProperty(group: string, name: string): string {
  return `--bs-${group}-${name}`;
}

/** The theme as CSS custom property declarations, for an element's `style`. */
export function themeToCustomProperties(theme: Theme): Record<string, string> {
  const declarations: Record<string, string> = {};
  for (const [group, values] of Object.entries(theme as unknown as Record<string, unknown>)) {
    if (values == null || typeof values !== 'object') continue;
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === 'string') declarations[tokenProperty(group, name)] = value;
    }
  }
  return declarations;
}
