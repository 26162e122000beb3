import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { hostileArticle, rtlArticle, sampleArticle } from '../samples';
import { ArticleBody, type ArticleBlock, type Block } from '../src';

const everyBlock: Block[] = [
  {
    type: 'paragraph',
    text: 'Kyiv has signalled that it could set aside its bid for NATO membership in return for binding guarantees.',
  },
  { type: 'heading', id: 'what-is-on-the-table', text: 'What is on the table' },
  {
    type: 'paragraph',
    text: 'Negotiators describe a web of separate agreements rather than a single alliance.',
  },
  {
    type: 'callout',
    variant: 'note',
    title: 'How we report',
    text: 'Figures in this article come from published survey tables.',
  },
  {
    type: 'quote',
    text: 'We are not looking for spoken promises, but for commitments on paper.',
    cite: 'A Ukrainian official at the talks',
  },
  {
    type: 'image',
    image: {
      src: 'https://images.example.com/2025/06/berlin-meeting-room-1200.jpg',
      alt: 'A long table in a meeting room, with several national flags behind it',
      width: 1200,
      height: 800,
      caption: 'The room that hosts the Berlin round of talks.',
      credit: 'Broadsheet Photo Desk',
    },
  },
  {
    type: 'trends',
    title: 'Three trends to watch',
    items: [
      { title: 'Pacts between a few states', body: 'Faster to agree than an alliance.' },
      { title: 'Informal channels', body: 'Back-channel talks help past deadlock.' },
      { title: 'Cyber defence', body: 'Hybrid threats continue under any guarantee.' },
    ],
  },
  {
    type: 'faq',
    title: 'Questions and answers',
    items: [
      {
        question: 'Is NATO membership off the table for good?',
        answer: 'No. The guarantees are described as temporary.',
      },
      {
        question: 'Who would give the guarantees?',
        answer: ['The United States and European states.', 'Canada and Japan are also named.'],
      },
    ],
  },
];

const meta = {
  title: 'Components/ArticleBody',
  component: ArticleBody,
  args: { blocks: sampleArticle.body, headingLevel: 2 },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
    blocks: { control: 'object' },
    renderBlock: { table: { disable: true } },
  },
  // In a page the body sits in an article under its h1.
  decorators: [
    (Story) => (
      <article style={{ maxInlineSize: '44rem' }}>
        <h1 style={{ margin: '0 0 1rem' }}>Article</h1>
        <Story />
      </article>
    ),
  ],
} satisfies Meta<typeof ArticleBody>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SampleBody: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: /Why Security Guarantees Matter/ }),
    ).toHaveAttribute('id', 'why-security-guarantees-matter');
    await expect(canvas.getByRole('complementary', { name: 'Did you know?' })).toBeVisible();
    const question = canvas.getByRole('button', { name: 'Can Ukraine still join NATO later?' });
    await userEvent.click(question);
    await expect(question).toHaveAttribute('aria-expanded', 'true');
    const ids = Array.from(canvasElement.querySelectorAll('[id]'), (element) => element.id);
    await expect(new Set(ids).size).toBe(ids.length);
  },
};

export const EveryBlockType: Story = {
  args: { blocks: everyBlock },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'What is on the table' }),
    ).toBeVisible();
    await expect(canvas.getByRole('complementary', { name: 'How we report' })).toBeVisible();
    await expect(canvasElement.querySelector('blockquote')).toBeVisible();
    const image = canvas.getByRole('img', { name: /A long table/ });
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(canvas.getByRole('list', { name: 'Three trends to watch' })).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: 'Who would give the guarantees?' }),
    ).toBeVisible();
  },
};

export const CustomBlocks: Story = {
  args: {
    blocks: [
      ...everyBlock.slice(0, 2),
      { type: 'pullout', text: 'A block type of the app’s own, drawn by renderBlock.' },
      everyBlock[4],
    ] as ArticleBlock[],
    renderBlock: (block, _index, defaultRender) => {
      if (block.type === 'pullout') {
        return (
          <p style={{ fontSize: '1.5rem', fontWeight: 700 }} data-testid="pullout">
            {String(block.text)}
          </p>
        );
      }
      if (block.type === 'quote') {
        return <div style={{ paddingInline: '2rem' }}>{defaultRender()}</div>;
      }
      return undefined;
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('pullout')).toHaveTextContent('drawn by renderBlock');
    await expect(canvasElement.querySelector('div > figure > blockquote')).toBeVisible();
  },
};

export const UnknownBlockLeftOut: Story = {
  args: {
    blocks: [
      { type: 'paragraph', text: 'The block after this one has a type the body does not know.' },
      { type: 'video', src: 'https://video.example.com/clip.mp4' },
      { type: 'paragraph', text: 'It was left out, and a warning went to the console once.' },
    ] as ArticleBlock[],
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('video')).toBeNull();
    await expect(within(canvasElement).getAllByText(/./, { selector: 'p' })).toHaveLength(2);
  },
};

export const HostileData: Story = {
  args: { blocks: hostileArticle.body },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    await expect(canvasElement.querySelector('article img, article script')).toBeNull();
    const body = canvasElement.querySelector('article > div') as HTMLElement;
    // The 5,000-character word wraps instead of widening the page.
    await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth + 1);
  },
};

export const Dark: Story = {
  args: { blocks: everyBlock },
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  args: { blocks: rtlArticle.body },
  globals: { direction: 'rtl' },
  render: (args) => (
    <div lang="ar">
      <ArticleBody {...args} />
    </div>
  ),
};

export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};
