import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect, useState, type PropsWithChildren, type ReactNode } from 'react';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { create } from 'storybook/theming/create';
import {
  BroadsheetProvider,
  darkTheme,
  extendTheme,
  lightTheme,
  type Messages,
  type Theme,
} from '../src';
import { messages as arabic } from '../src/messages/ar';
import { messages as german } from '../src/messages/de';

/** The canvas's padding, which a hero picture runs over on a phone (the layout.bleed token). */
const padding = '1.5rem';

/** The library's themes, told how far the page pads its column. */
function withPadding(theme: Theme): Theme {
  return extendTheme({ layout: { bleed: padding } }, theme);
}

const themes: Record<string, Theme> = {
  light: withPadding(lightTheme),
  dark: withPadding(darkTheme),
};

/** The toolbar's languages: the words the provider hands on, and the way the script runs. */
const locales: Record<string, { messages?: Messages; dir: 'ltr' | 'rtl' }> = {
  en: { dir: 'ltr' },
  de: { messages: german, dir: 'ltr' },
  ar: { messages: arabic, dir: 'rtl' },
};

/** Colours the whole canvas, not only the story's box: the iframe's body takes the theme. */
function CanvasColours({ theme, children }: { theme: Theme; children: ReactNode }) {
  useEffect(() => {
    const { style } = document.body;
    style.backgroundColor = theme.color.background;
    style.color = theme.color.text;
    return () => {
      style.backgroundColor = '';
      style.color = '';
    };
  }, [theme]);
  return children;
}

/**
 * Every story can be seen light or dark, in English, German or Arabic, and left-to-right or
 * right-to-left, from the toolbar. The direction follows the language (Arabic is right to
 * left) unless the direction menu picks one.
 */
const withBroadsheet: Decorator = (Story, context) => {
  const theme = themes[context.globals.theme] ?? themes.light;
  const locale = context.globals.locale in locales ? (context.globals.locale as string) : 'en';
  const { messages, dir: scriptDir } = locales[locale];
  const { direction } = context.globals;
  const dir = direction === 'ltr' || direction === 'rtl' ? direction : scriptDir;
  const story = (
    <BroadsheetProvider
      theme={theme}
      locale={locale}
      messages={messages}
      lang={locale}
      dir={dir}
      style={{ padding, minBlockSize: '100%' }}
    >
      <Story />
    </BroadsheetProvider>
  );
  // A docs page shows many stories in one document: there the docs container takes the theme.
  return context.viewMode === 'docs' ? story : <CanvasColours theme={theme}>{story}</CanvasColours>;
};

/** Storybook's own docs theme, drawn from Broadsheet's tokens so a docs page matches its stories. */
const docsThemes = {
  light: create({
    base: 'light',
    appContentBg: lightTheme.color.background,
    textColor: lightTheme.color.text,
    colorSecondary: lightTheme.color.link,
  }),
  dark: create({
    base: 'dark',
    appContentBg: darkTheme.color.background,
    appPreviewBg: darkTheme.color.background,
    textColor: darkTheme.color.text,
    colorSecondary: darkTheme.color.link,
  }),
};

type Globals = Record<string, unknown>;

/** The theme global when the page opens (the docs context keeps it in its store). */
function themeGlobal(context: DocsContainerProps['context']): unknown {
  const { store } = context as unknown as { store?: { userGlobals?: { get(): Globals } } };
  return store?.userGlobals?.get().theme;
}

/** Docs pages turn dark with the theme toolbar too, not only the stories on them. */
function ThemedDocsContainer(props: PropsWithChildren<DocsContainerProps>) {
  const { context } = props;
  const [theme, setTheme] = useState(() => themeGlobal(context));
  useEffect(() => {
    const update = ({ globals }: { globals: Globals }) => setTheme(globals.theme);
    context.channel.on(GLOBALS_UPDATED, update);
    return () => context.channel.off(GLOBALS_UPDATED, update);
  }, [context.channel]);
  return <DocsContainer {...props} theme={theme === 'dark' ? docsThemes.dark : docsThemes.light} />;
}

const preview: Preview = {
  decorators: [withBroadsheet],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the words the components write (messages, dates, lists)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'de', right: 'de', title: 'Deutsch' },
          { value: 'ar', right: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Auto (from language)' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    theme: 'light',
    locale: 'en',
    direction: 'auto',
    // No preset: the story fills the preview area until a width is picked.
    viewport: { value: undefined, isRotated: false },
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Any accessibility violation fails the story's test in Chromium.
    a11y: { test: 'error' },
    // The widths a design is reviewed at. A story can pin one with `globals: { viewport: … }`.
    viewport: {
      options: {
        phone: {
          name: 'Phone (390 px)',
          styles: { width: '390px', height: '844px' },
          type: 'mobile',
        },
        tablet: {
          name: 'Tablet (768 px)',
          styles: { width: '768px', height: '1024px' },
          type: 'tablet',
        },
        desktop: {
          name: 'Desktop (1280 px)',
          styles: { width: '1280px', height: '800px' },
          type: 'desktop',
        },
      },
    },
    // The theme toolbar sets the canvas colour; a second background menu would fight it.
    backgrounds: { disable: true },
    docs: { container: ThemedDocsContainer },
    options: {
      storySort: {
        order: ['Components', ['Callout', '*'], 'Pages', 'About', ['Broadsheet', 'Design tokens']],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
