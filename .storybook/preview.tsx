import type { Decorator, Preview } from '@storybook/react-vite';
import { BroadsheetProvider, darkTheme, lightTheme } from '../src';

/** Every story can be seen light or dark, left-to-right or right-to-left, from the toolbar. */
const withBroadsheet: Decorator = (Story, context) => {
  const dark = context.globals.theme === 'dark';
  const rtl = context.globals.direction === 'rtl';
  return (
    <BroadsheetProvider
      theme={dark ? darkTheme : lightTheme}
      dir={rtl ? 'rtl' : 'ltr'}
      style={{ padding: '1.5rem', minBlockSize: '100%' }}
    >
      <Story />
    </BroadsheetProvider>
  );
};

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
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Any accessibility violation fails the story's test in Chromium.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Components', ['Callout', '*'], 'Pages', 'About'],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
