import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    {
      name: '@storybook/addon-docs',
      // GitHub-flavoured Markdown, so the tables in the docs pages render as tables.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // The sample articles' pictures (samples/images), served at /sample-images/… in the workshop,
  // its static build and the story tests.
  staticDirs: [{ from: '../samples/images', to: '/sample-images' }],
  core: { disableTelemetry: true },
  // `storybook dev` transforms the preview and every stories file as it starts, instead of when
  // the browser first asks for them: the first story then opens in about half the time.
  viteFinal: (viteConfig, { configType }) =>
    configType === 'DEVELOPMENT'
      ? {
          ...viteConfig,
          server: {
            ...viteConfig.server,
            warmup: { clientFiles: ['./.storybook/preview.tsx', './stories/**/*.stories.tsx'] },
          },
        }
      : viteConfig,
};

export default config;
