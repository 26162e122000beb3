import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { rtlArticle, sampleArticle } from '../samples';
import { NumberedTrendList, type Block, type Trend } from '../src';

function trendsOf(blocks: Block[]): Trend[] {
  const block = blocks.find((item) => item.type === 'trends');
  return block && block.type === 'trends' ? block.items : [];
}

const sampleTrends = trendsOf(sampleArticle.body);
const arabicTrends = trendsOf(rtlArticle.body);

const meta = {
  title: 'Components/NumberedTrendList',
  component: NumberedTrendList,
  args: {
    title: 'Emerging trends in European security',
    items: sampleTrends,
    headingLevel: 2,
    start: 1,
  },
  argTypes: {
    title: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    start: { control: { type: 'number', min: 0 } },
  },
} satisfies Meta<typeof NumberedTrendList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: 'Emerging trends in European security' });
    const items = within(list).getAllByRole('listitem');
    await expect(items).toHaveLength(4);
    await expect(items[0]).toHaveAttribute('id', 'bilateral-guarantees');
    await expect(
      within(items[0]).getByRole('heading', { level: 3, name: sampleTrends[0].title }),
    ).toBeVisible();
    // The big number is drawn for the eye and hidden from screen readers.
    await expect(items[0].querySelector('[aria-hidden="true"]')).toHaveTextContent('1');
  },
};

export const WithoutTitle: Story = {
  args: { title: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('heading', { level: 2 })).toBeNull();
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(4);
  },
};

export const ContinuedFromFive: Story = {
  args: { title: 'More trends', start: 5, items: sampleTrends.slice(2) },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list');
    await expect(list).toHaveAttribute('start', '5');
    await expect(list.querySelector('li [aria-hidden="true"]')).toHaveTextContent('5');
  },
};

export const DeeperHeadings: Story = {
  args: { headingLevel: 3, title: 'Trends, as a subsection' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 3, name: 'Trends, as a subsection' }),
    ).toBeVisible();
    await expect(canvas.getAllByRole('heading', { level: 4 })).toHaveLength(4);
  },
};

export const OneTrend: Story = {
  args: { title: 'A single trend', items: sampleTrends.slice(0, 1) },
};

export const SlugIds: Story = {
  args: {
    title: 'Ids from titles',
    items: [
      {
        title: 'Bilateral Guarantees as a New Norm',
        body: 'Links to #bilateral-guarantees-as-a-new-norm.',
      },
      { title: 'Bilateral Guarantees as a New Norm', body: 'A repeated title gets a numbered id.' },
    ],
  },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items.map((item) => item.id)).toEqual([
      'bilateral-guarantees-as-a-new-norm',
      'bilateral-guarantees-as-a-new-norm-2',
    ]);
  },
};

export const LongUnbrokenWord: Story = {
  args: {
    title: 'A very long word',
    items: [{ title: `Security${'guarantee'.repeat(40)}`, body: 'x'.repeat(600) }],
  },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list');
    // The word wraps: the list is no wider than the canvas.
    await expect(list.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { title: 'اتجاهات ترسم مستقبل الأمن الأوروبي', items: arabicTrends },
  render: (args) => (
    <div lang="ar">
      <NumberedTrendList {...args} />
    </div>
  ),
};

export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};
