import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { arabicArticle, sampleArticle } from '../samples';
import { NumberedTrendList, type Block, type Trend } from '../src';

function trendsOf(blocks: Block[]): Trend[] {
  const block = blocks.find((item) => item.type === 'trends');
  return block && block.type === 'trends' ? block.items : [];
}

const sampleTrends = trendsOf(sampleArticle.body);
const arabicTrends = trendsOf(arabicArticle.body);

/** Twelve short trends, for numbers of two digits; none has an id of its own. */
const twelveTrends: Trend[] = [
  'Pacts between a few states',
  'Back-channel talks',
  'Cyber defence',
  'Money tied to security',
  'Air defence shared across borders',
  'Training missions at home',
  'Arms made in Ukraine',
  'Sanctions that bite slowly',
  'Grain corridors at sea',
  'Energy links to the west',
  'Reconstruction funds',
  'Monitoring missions',
].map((title, n) => ({
  title,
  body: `Trend ${n + 1} weighs on the talks more than it did a year ago.`,
}));

/** The parts of a list, found by name as the styles find them. */
function parts(root: ParentNode, name: string) {
  return Array.from(root.querySelectorAll<HTMLElement>(`[data-part="${name}"]`));
}

/** The big numbers, as drawn; each is for the eye only. */
async function expectNumbers(canvasElement: HTMLElement, expected: string[]) {
  const numbers = parts(canvasElement, 'number');
  await expect(numbers.map((number) => number.textContent)).toEqual(expected);
  for (const number of numbers) await expect(number).toHaveAttribute('aria-hidden', 'true');
}

/** Every trend's text starts at the same inline position, whatever the width of its number. */
async function expectAlignedContent(canvasElement: HTMLElement) {
  const rtl = getComputedStyle(parts(canvasElement, 'list')[0]).direction === 'rtl';
  const starts = parts(canvasElement, 'content').map((content) => {
    const box = content.getBoundingClientRect();
    return Math.round(rtl ? box.right : box.left);
  });
  await expect(new Set(starts).size).toBe(1);
}

const meta = {
  title: 'Components/NumberedTrendList',
  component: NumberedTrendList,
  decorators: [
    (Story) => (
      <main style={{ maxInlineSize: '44rem' }}>
        <Story />
      </main>
    ),
  ],
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
    items: { control: 'object' },
  },
} satisfies Meta<typeof NumberedTrendList>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------------------------------------
// States: each opens as it is, with nothing moving, scrolling or taking focus.
// ---------------------------------------------------------------------------------------------

/** The sample article's four trends under a title: the title at h2, each trend's title at h3. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const title = canvas.getByRole('heading', { level: 2, name: meta.args.title });
    await expect(title).toHaveAttribute('data-part', 'title');
    const list = canvas.getByRole('list', { name: meta.args.title });
    await expect(list).toHaveAttribute('data-part', 'list');
    const items = within(list).getAllByRole('listitem');
    await expect(items).toHaveLength(4);
    // A trend's own id is written as given, so `#bilateral-guarantees` lands on it.
    await expect(items.map((item) => item.id)).toEqual(sampleTrends.map((trend) => trend.id));
    for (const [n, item] of items.entries()) {
      await expect(item).toHaveAttribute('data-part', 'item');
      const heading = within(item).getByRole('heading', { level: 3, name: sampleTrends[n].title });
      await expect(heading).toHaveAttribute('data-part', 'item-title');
      await expect(heading.closest('[data-part="content"]')).not.toBeNull();
    }
    await expectNumbers(canvasElement, ['1', '2', '3', '4']);
  },
};

/** No title: no heading of its own and an unnamed list; the trends stay at h3. */
export const WithoutTitle: Story = {
  args: { title: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('heading', { level: 2 })).toBeNull();
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(4);
    await expect(canvas.getByRole('list')).not.toHaveAttribute('aria-labelledby');
  },
};

/** Continued from an earlier list (`start={9}`): the numbers run 9 to 12, into two digits. */
export const ContinuedFromNine: Story = {
  args: { title: 'More trends', start: 9 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('list')).toHaveAttribute('start', '9');
    await expectNumbers(canvasElement, ['9', '10', '11', '12']);
    await expectAlignedContent(canvasElement);
  },
};

/** Twelve trends: one-digit and two-digit numbers in one column, the text aligned beside them. */
export const TwelveTrends: Story = {
  args: { title: 'Twelve things to watch', items: twelveTrends },
  play: async ({ canvasElement }) => {
    await expectNumbers(
      canvasElement,
      twelveTrends.map((_, n) => String(n + 1)),
    );
    await expectAlignedContent(canvasElement);
  },
};

/** `headingLevel={3}`: the title is an h3 and each trend's title an h4, as under a section. */
export const TitleAtLevelThree: Story = {
  args: { headingLevel: 3, title: 'Trends, as a subsection' },
  decorators: [
    (Story) => (
      <>
        <h2 style={{ margin: 0 }}>What comes next</h2>
        <Story />
      </>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 3, name: 'Trends, as a subsection' }),
    ).toBeVisible();
    await expect(canvas.getAllByRole('heading', { level: 4 })).toHaveLength(4);
  },
};

/** A single trend. */
export const OneTrend: Story = {
  args: { title: 'A single trend', items: sampleTrends.slice(0, 1) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(1);
  },
};

/**
 * Trends with no id get one from their title, under the list's `id` prop (here `trends`); a
 * repeated title gets `-2`.
 */
export const IdsFromTitles: Story = {
  args: {
    id: 'trends',
    title: 'Ids from titles',
    items: [
      {
        title: 'Bilateral Guarantees as a New Norm',
        body: 'Links to #trends-bilateral-guarantees-as-a-new-norm.',
      },
      { title: 'Bilateral Guarantees as a New Norm', body: 'A repeated title gets a numbered id.' },
      { id: 'own-id', title: 'A trend with an id of its own', body: 'Its id is written as given.' },
    ],
  },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items.map((item) => item.id)).toEqual([
      'trends-bilateral-guarantees-as-a-new-norm',
      'trends-bilateral-guarantees-as-a-new-norm-2',
      'own-id',
    ]);
  },
};

/** Two lists of the same trends on one page, with no ids: each list makes ids of its own. */
export const TwoOnOnePage: Story = {
  render: (args) => {
    const trends = twelveTrends.slice(0, 3);
    return (
      <div style={{ display: 'grid', gap: '2rem' }}>
        <NumberedTrendList {...args} items={trends} title="In the east" />
        <NumberedTrendList {...args} items={trends} title="In the west" />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const ids = Array.from(canvasElement.querySelectorAll('[id]'), (element) => element.id);
    await expect(ids.length).toBeGreaterThanOrEqual(6);
    await expect(new Set(ids).size).toBe(ids.length);
  },
};

/** Words with no break in them wrap instead of widening the page. */
export const LongUnbrokenWord: Story = {
  args: {
    title: 'A very long word',
    items: [{ title: `Security${'guarantee'.repeat(40)}`, body: 'x'.repeat(600) }],
  },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list');
    await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth + 1);
  },
};

/** Twelve trends on the dark theme. */
export const Dark: Story = {
  args: { title: 'Twelve things to watch', items: twelveTrends },
  globals: { theme: 'dark' },
};

/** The Arabic sample, right to left, continued from 9: the numbers sit on the right. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { title: 'اتجاهات ناشئة ترسم مستقبل الأمن الأوروبي', items: arabicTrends, start: 9 },
  render: (args) => (
    <div lang="ar">
      <NumberedTrendList {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const [item] = parts(canvasElement, 'item');
    const number = item.querySelector('[data-part="number"]')!.getBoundingClientRect();
    const content = item.querySelector('[data-part="content"]')!.getBoundingClientRect();
    await expect(number.left).toBeGreaterThan(content.left);
    await expectNumbers(canvasElement, ['9', '10', '11', '12']);
    await expectAlignedContent(canvasElement);
  },
};

/** Right to left on the dark theme. */
export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};

// ---------------------------------------------------------------------------------------------
// Flows: these change the address and scroll, so they are kept apart from the states above.
// ---------------------------------------------------------------------------------------------

/** A link to `#hybrid-and-cyber` scrolls to that trend and highlights it (`:target`). */
export const DeepLinkFlow: Story = {
  play: async ({ canvasElement }) => {
    const view = canvasElement.ownerDocument.defaultView!;
    const before = view.location.href;
    const item = canvasElement.ownerDocument.getElementById('hybrid-and-cyber')!;
    const idle = getComputedStyle(item).backgroundColor;
    try {
      view.location.hash = '#hybrid-and-cyber';
      await waitFor(() => expect(item.matches(':target')).toBe(true));
      await waitFor(() => expect(getComputedStyle(item).backgroundColor).not.toBe(idle));
    } finally {
      view.history.replaceState(view.history.state, '', before);
    }
  },
};
