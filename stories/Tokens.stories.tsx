import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { darkTheme, lightTheme, themeToCustomProperties } from '../src/theme/themes';
import { AllTokens } from './Tokens';

/**
 * The tables of the design tokens page (About/Design tokens), as a story so they run as a test:
 * it fails when a token of either theme is missing from the page. Hidden from the sidebar.
 */
const meta = {
  title: 'About/Design tokens/Check',
  component: AllTokens,
  tags: ['!dev', '!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof AllTokens>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EveryTokenListed: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    const properties = new Set([
      ...Object.keys(themeToCustomProperties(lightTheme)),
      ...Object.keys(themeToCustomProperties(darkTheme)),
    ]);
    for (const property of properties) {
      await expect(page.getAllByText(property, { exact: true }).length).toBeGreaterThan(0);
    }
    await expect(page.getByRole('table', { name: 'Colours' })).toBeVisible();
  },
};
