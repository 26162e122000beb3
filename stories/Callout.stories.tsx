import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Callout, type CalloutVariant } from '../src';
import { messages as arabic } from '../src/messages/ar';

const variants: CalloutVariant[] = ['didYouKnow', 'tip', 'note', 'warning'];

/** The parts a box is made of, found by name as the styles find them. */
function partsOf(box: HTMLElement) {
  const part = (name: string) => box.querySelector<HTMLElement>(`[data-part="${name}"]`);
  return { title: part('title'), icon: part('icon'), content: part('content') };
}

/** A box is a note named by its title, with its parts in place; it is never a landmark. */
async function expectNote(canvasElement: HTMLElement, name: string, variant: CalloutVariant) {
  const canvas = within(canvasElement);
  const box = canvas.getByRole('note', { name });
  await expect(box.tagName).toBe('ASIDE');
  await expect(box).toHaveAttribute('data-variant', variant);
  const { title, icon, content } = partsOf(box);
  await expect(title).toHaveTextContent(name);
  await expect(box).toHaveAttribute('aria-labelledby', title!.id);
  await expect(icon).toHaveAttribute('aria-hidden', 'true');
  await expect(content).toBeVisible();
  await expect(canvas.queryByRole('complementary')).toBeNull();
  return box;
}

const meta = {
  title: 'Components/Callout',
  component: Callout,
  // In a page a box sits in the running text of an article.
  decorators: [
    (Story) => (
      <article style={{ maxInlineSize: '44rem' }}>
        <Story />
      </article>
    ),
  ],
  args: {
    variant: 'didYouKnow',
    children:
      'A 2022 Pew Research survey found 71% of Ukrainians ranked NATO membership as their most important security measure, yet 54% would accept strong bilateral guarantees instead.',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: variants },
    title: { control: 'text' },
    children: { control: 'text' },
    messages: { table: { disable: true } },
  },
} satisfies Meta<typeof Callout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A surprising fact, titled "Did you know?" by the messages. */
export const DidYouKnow: Story = {
  play: async ({ canvasElement }) => {
    const box = await expectNote(canvasElement, 'Did you know?', 'didYouKnow');
    await expect(box).toHaveTextContent('71%');
  },
};

/** Advice the reader can act on. */
export const ProTip: Story = {
  args: {
    variant: 'tip',
    children:
      'Think-tank platforms such as the Carnegie Endowment or Brookings make good hosts for back-channel talks: they offer deniability and room to be creative.',
  },
  play: async ({ canvasElement }) => {
    await expectNote(canvasElement, 'Pro tip', 'tip');
  },
};

/** Context the text does not depend on; also what a box with no variant is. */
export const Note: Story = {
  args: {
    variant: 'note',
    children: 'Figures are from the survey’s published tables.',
  },
  play: async ({ canvasElement }) => {
    await expectNote(canvasElement, 'Note', 'note');
  },
};

/** A risk worth flagging. */
export const Warning: Story = {
  args: {
    variant: 'warning',
    children: 'Fragmented guarantees may leave gaps that an adversary could exploit.',
  },
  play: async ({ canvasElement }) => {
    await expectNote(canvasElement, 'Warning', 'warning');
  },
};

/** A title of its own replaces the variant's, and names the box. */
export const CustomTitle: Story = {
  args: { variant: 'tip', title: 'Before the talks', children: 'Read the June briefing first.' },
  play: async ({ canvasElement }) => {
    await expectNote(canvasElement, 'Before the talks', 'tip');
  },
};

/** Several paragraphs and a link: the content is the app's own markup. */
export const RichContent: Story = {
  args: {
    variant: 'note',
    title: 'How we report',
    children: (
      <>
        <p>
          Figures in this article come from the survey’s published tables, which list every question
          as it was asked.
        </p>
        <p>
          Read <a href="https://news.example.com/standards">our editorial standards</a> for how we
          check them.
        </p>
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    const box = await expectNote(canvasElement, 'How we report', 'note');
    const { content } = partsOf(box);
    await expect(content!.querySelectorAll(':scope > p')).toHaveLength(2);
    await expect(within(box).getByRole('link')).toHaveAccessibleName('our editorial standards');
  },
};

/** A title long enough to wrap: the icon stays beside its first line. */
export const LongTitle: Story = {
  args: {
    variant: 'note',
    title:
      'A remarkably long title that keeps going to show how the heading wraps onto several lines without pushing the icon out of place',
    children: 'The box grows with its title.',
  },
  play: async ({ canvasElement }) => {
    const box = canvasElement.querySelector<HTMLElement>('aside')!;
    const { icon } = partsOf(box);
    // The icon keeps its size however long the title runs.
    const size = icon!.getBoundingClientRect();
    await expect(size.width).toBeGreaterThan(0);
    await expect(size.width).toBeCloseTo(size.height, 0);
  },
};

/** A word with no break in it wraps inside the box instead of widening the page. */
export const LongUnbrokenWord: Story = {
  args: {
    variant: 'warning',
    children: `Supercalifragilistic${'expialidocious'.repeat(30)}`,
  },
  play: async ({ canvasElement }) => {
    const box = canvasElement.querySelector<HTMLElement>('aside')!;
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
  },
};

/** The four variants together: a page of boxes adds no landmark at all. */
export const AllVariants: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <Callout variant="didYouKnow">Did-you-know boxes carry a surprising fact.</Callout>
      <Callout variant="tip">Tips give the reader something to do.</Callout>
      <Callout variant="note">Notes add context.</Callout>
      <Callout variant="warning">Warnings flag a risk.</Callout>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('note')).toHaveLength(4);
    await expect(canvas.queryAllByRole('complementary')).toHaveLength(0);
  },
};

/** Every variant on the dark theme. */
export const Dark: Story = {
  ...AllVariants,
  globals: { theme: 'dark' },
};

/** Arabic titles and text, right to left: the rule moves to the right-hand edge. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  render: () => (
    <div lang="ar" style={{ display: 'grid', gap: '1rem' }}>
      <Callout variant="didYouKnow" messages={arabic}>
        أظهر استطلاع أجري عام 2022 أن 71٪ من الأوكرانيين يعدّون عضوية الناتو أهم إجراء أمني.
      </Callout>
      <Callout variant="tip" messages={arabic}>
        منصات مراكز الأبحاث مكان مناسب لمحادثات القنوات الخلفية.
      </Callout>
      <Callout variant="note" messages={arabic}>
        الأرقام مأخوذة من الجداول المنشورة للاستطلاع.
      </Callout>
      <Callout variant="warning" messages={arabic}>
        قد تترك الضمانات المجزأة ثغرات يستغلها الخصوم.
      </Callout>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('note', { name: arabic.calloutDidYouKnow });
    const style = getComputedStyle(box);
    await expect(style.direction).toBe('rtl');
    // The rule runs across the top; the icon leads the title from the right in Arabic.
    await expect(parseFloat(style.borderTopWidth)).toBeGreaterThan(
      parseFloat(style.borderRightWidth),
    );
    const icon = box.querySelector('[data-part="icon"]')!.getBoundingClientRect();
    const title = box.querySelector('[data-part="title"]')!.getBoundingClientRect();
    await expect(title.right - icon.right).toBeLessThan(1);
  },
};

/** Right to left on the dark theme. */
export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};
