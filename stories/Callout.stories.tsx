import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Callout } from '../src';

const meta = {
  title: 'Components/Callout',
  component: Callout,
  args: {
    variant: 'didYouKnow',
    children:
      'A 2022 Pew Research survey found 71 % of Ukrainians ranked NATO membership as their most important security measure, yet 54 % would accept strong bilateral guarantees instead.',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['didYouKnow', 'tip', 'note', 'warning'] },
    title: { control: 'text' },
  },
} satisfies Meta<typeof Callout>;

export default meta;
type Story = StoryObj<typeof meta>;

export const DidYouKnow: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('complementary', { name: 'Did you know?' });
    await expect(box).toHaveTextContent('71 %');
  },
};

export const ProTip: Story = {
  args: {
    variant: 'tip',
    children:
      'Think-tank platforms such as the Carnegie Endowment or Brookings make good hosts for back-channel talks: they offer deniability and room to be creative.',
  },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('complementary', { name: 'Pro tip' }),
    ).toBeInTheDocument();
  },
};

export const Note: Story = {
  args: {
    variant: 'note',
    children: 'Figures are from the survey’s published tables.',
  },
};

export const Warning: Story = {
  args: {
    variant: 'warning',
    children: 'Fragmented guarantees may leave gaps that an adversary could exploit.',
  },
};

export const CustomTitle: Story = {
  args: { variant: 'tip', title: 'Before the talks', children: 'Read the June briefing first.' },
};

export const LongTitle: Story = {
  args: {
    variant: 'note',
    title:
      'A remarkably long title that keeps going to show how the heading wraps onto several lines without pushing the icon out of place',
    children: 'The box grows with its title.',
  },
};

export const LongUnbrokenWord: Story = {
  args: {
    variant: 'warning',
    children: `Supercalifragilistic${'expialidocious'.repeat(30)}`,
  },
};

export const AllVariants: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <Callout variant="didYouKnow">Did-you-know boxes carry a surprising fact.</Callout>
      <Callout variant="tip">Tips give the reader something to do.</Callout>
      <Callout variant="note">Notes add context.</Callout>
      <Callout variant="warning">Warnings flag a risk.</Callout>
    </div>
  ),
};

export const Dark: Story = {
  ...AllVariants,
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  render: () => (
    <div lang="ar" style={{ display: 'grid', gap: '1rem' }}>
      <Callout variant="didYouKnow" title="هل تعلم؟">
        أظهر استطلاع أجري عام 2022 أن 71٪ من الأوكرانيين يعدّون عضوية الناتو أهم إجراء أمني.
      </Callout>
      <Callout variant="tip" title="نصيحة">
        منصات مراكز الأبحاث مكان مناسب لمحادثات القنوات الخلفية.
      </Callout>
    </div>
  ),
};

export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};
