import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { arabicArticle, hostileArticle, sampleArticle } from '../samples';
import {
  ArticleBody,
  Callout,
  NumberedTrendList,
  type ArticleBlock,
  type ArticleBodyProps,
  type Block,
  type Trend,
} from '../src';

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
      src: '/sample-images/body-meeting-room.svg',
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

/** Every id in the canvas, each of which must be unique. */
async function expectUniqueIds(root: HTMLElement) {
  const ids = Array.from(root.querySelectorAll('[id]'), (element) => element.id);
  await expect(ids.length).toBeGreaterThan(0);
  await expect(new Set(ids).size).toBe(ids.length);
}

const meta = {
  title: 'Components/ArticleBody',
  component: ArticleBody,
  args: { blocks: sampleArticle.body, headingLevel: 2 },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
    blocks: { control: 'object' },
    renderBlock: { table: { disable: true } },
    messages: { table: { disable: true } },
  },
  // In a page the body sits in an article under its h1: the sample's headline, in the language
  // of the words around it.
  decorators: [
    (Story, { globals }: { globals: Record<string, unknown> }) => (
      <article style={{ maxInlineSize: '44rem' }}>
        <h1 style={{ margin: '0 0 1rem' }}>
          {globals.locale === 'ar' ? arabicArticle.headline : sampleArticle.headline}
        </h1>
        <Story />
      </article>
    ),
  ],
} satisfies Meta<typeof ArticleBody>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------------------------------------
// States: each opens as it is, with nothing moving, scrolling or taking focus.
// ---------------------------------------------------------------------------------------------

/** The sample article's body: sections, two callouts, trends and an FAQ, all answers closed. */
export const SampleBody: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: /Why Security Guarantees Matter/ }),
    ).toHaveAttribute('id', 'why-security-guarantees-matter');
    // Callouts are notes, not landmarks.
    await expect(canvas.getByRole('note', { name: 'Did you know?' })).toBeVisible();
    await expect(canvas.queryByRole('complementary')).toBeNull();
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'Frequently Asked Questions' }),
    ).toBeVisible();
    for (const question of canvas.getAllByRole('button')) {
      await expect(question).toHaveAttribute('aria-expanded', 'false');
    }
    await expectUniqueIds(canvasElement);
  },
};

/** One block of each type the body knows, with titles on the trends and the FAQ. */
export const EveryBlockType: Story = {
  args: { blocks: everyBlock },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'What is on the table' }),
    ).toBeVisible();
    await expect(canvas.getByRole('note', { name: 'How we report' })).toBeVisible();
    await expect(canvasElement.querySelector('[data-part="quote"] > blockquote')).toBeVisible();
    const image = canvas.getByRole('img', { name: /A long table/ });
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image.closest('[data-part="image"]')).toHaveTextContent(
      'Image: Broadsheet Photo Desk',
    );
    await expect(canvas.getByRole('list', { name: 'Three trends to watch' })).toBeVisible();
    // Trend and FAQ titles stand at the section level, their items one below.
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'Three trends to watch' }),
    ).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 3, name: 'Cyber defence' })).toBeVisible();
    await expect(
      canvas.getByRole('heading', { level: 3, name: 'Who would give the guarantees?' }),
    ).toBeVisible();
  },
};

/**
 * `headingLevel={3}`, for a body that sits under a section of its own: section headings and
 * trend and FAQ titles are h3, their items h4.
 */
export const HeadingLevelThree: Story = {
  args: { blocks: everyBlock, headingLevel: 3 },
  decorators: [
    (Story) => (
      <>
        <h2 style={{ margin: '0 0 1rem' }}>Analysis</h2>
        <Story />
      </>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of ['What is on the table', 'Three trends to watch', 'Questions and answers']) {
      await expect(canvas.getByRole('heading', { level: 3, name })).toBeVisible();
    }
    await expect(canvas.getAllByRole('heading', { level: 4 })).toHaveLength(5);
  },
};

/**
 * Untitled trends and questions before the first section heading stand at the section level
 * (h2), so the outline never skips one; after a heading they sit below it (h3).
 */
export const UntitledListsBeforeAHeading: Story = {
  args: {
    blocks: [
      {
        type: 'trends',
        items: [{ title: 'Pacts between a few states', body: 'Faster than an alliance.' }],
      },
      {
        type: 'faq',
        items: [{ question: 'Is the bid withdrawn?', answer: 'Not formally.' }],
      },
      { type: 'heading', text: 'After the talks' },
      {
        type: 'trends',
        items: [{ title: 'Informal channels', body: 'They help past deadlock.' }],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'Pacts between a few states' }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'Is the bid withdrawn?' }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('heading', { level: 3, name: 'Informal channels' }),
    ).toBeVisible();
  },
};

/** A heading, a trend and a question of the same words: ids stay unique across the body. */
export const IdsUniqueAcrossTheBody: Story = {
  args: {
    blocks: [
      { type: 'heading', text: 'Cyber defence' },
      {
        type: 'trends',
        title: 'Trends',
        items: [{ title: 'Cyber defence', body: 'Threats continue under any guarantee.' }],
      },
      {
        type: 'faq',
        title: 'Questions',
        items: [{ question: 'Cyber defence', answer: 'Shared, as NATO shares it.' }],
      },
      { type: 'heading', id: 'cyber-defence', text: 'An id given twice' },
    ],
  },
  play: async ({ canvasElement }) => {
    await expectUniqueIds(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Cyber defence' })).toHaveAttribute(
      'id',
      'cyber-defence',
    );
    await expect(canvas.getByRole('heading', { name: 'An id given twice' }).id).toMatch(
      /^cyber-defence-\d$/,
    );
  },
};

/** `renderBlock` draws a block type of the app's own and wraps the library's quote. */
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

const sameTrends: Trend[] = [
  { title: 'Pacts between a few states', body: 'Faster to agree than an alliance.' },
  { title: 'Informal channels', body: ['Back-channel talks.', 'They help past deadlock.'] },
];

/** Every computed property of an element and of each element inside it, in document order. */
function computedStyles(root: Element, skip: (name: string) => boolean = () => false) {
  return [root, ...root.querySelectorAll('*')].map((element) => {
    const style = getComputedStyle(element);
    const names = Array.from(style).filter((name) => !skip(name));
    return `${element.tagName} ${names.map((name) => `${name}: ${style.getPropertyValue(name)}`).join('; ')}`;
  });
}

/** Where a box sits: its margins and sizing come from the body around it, not from the box. */
const placement = (name: string) =>
  /^(margin|box-sizing|max-inline-size|max-width|width|height|inline-size|block-size|perspective-origin|transform-origin|grid-template)/.test(
    name,
  );

/**
 * The boxes the body draws itself beside a Callout and a NumberedTrendList that the app puts in
 * the body, and the default ones that renderBlock hands back wrapped in an element of the
 * app's: every one looks the same.
 */
export const BoxesOfTheAppBesideTheBodys: Story = {
  args: {
    blocks: [
      { type: 'paragraph', text: 'Boxes of the body, of the app and handed to the app.' },
      { type: 'callout', variant: 'warning', title: 'Drawn by the body', text: 'Words.' },
      { type: 'app-callout' },
      { type: 'callout', variant: 'warning', title: 'Handed to the app', text: 'Words.' },
      { type: 'trends', title: 'Trends of the body', items: sameTrends },
      { type: 'app-trends' },
      { type: 'trends', title: 'Trends handed to the app', items: sameTrends },
      { type: 'paragraph', text: 'The end.' },
    ] as ArticleBlock[],
    renderBlock: (block, _index, defaultRender) => {
      if (block.type === 'app-callout') {
        return (
          <Callout variant="warning" title="Placed by the app">
            <p>Words.</p>
          </Callout>
        );
      }
      if (block.type === 'app-trends') {
        return <NumberedTrendList title="Trends of the app" items={sameTrends} />;
      }
      if ('title' in block && /handed to the app/i.test(String(block.title))) {
        return <div>{defaultRender()}</div>;
      }
      return undefined;
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [body, app, handed] = ['Drawn by the body', 'Placed by the app', 'Handed to the app'].map(
      (name) => canvas.getByRole('note', { name }),
    );
    // The body's own box carries the component's class name only; the app's has its own too.
    await expect(body.getAttribute('class')).toBe('bs-callout');
    await expect(app.classList.length).toBeGreaterThan(1);
    await expect(computedStyles(app)).toEqual(computedStyles(body));
    await expect(computedStyles(handed, placement)).toEqual(computedStyles(body, placement));

    const [ownTrends, appTrends, handedTrends] = [
      'Trends of the body',
      'Trends of the app',
      'Trends handed to the app',
    ].map((name) => canvas.getByRole('list', { name }).closest('section')!);
    await expect(ownTrends.getAttribute('class')).toBe('bs-trends');
    await expect(computedStyles(appTrends)).toEqual(computedStyles(ownTrends));
    await expect(computedStyles(handedTrends, placement)).toEqual(
      computedStyles(ownTrends, placement),
    );
  },
};

/** A block of a type nobody draws is left out (with a warning in development). */
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

/** Markup in the text, unsafe sources, repeated ids and a 5,000-letter word. */
export const HostileData: Story = {
  args: { blocks: hostileArticle.body },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    await expect(canvasElement.querySelector('article img, article script')).toBeNull();
    await expectUniqueIds(canvasElement);
    const body = canvasElement.querySelector('article > div') as HTMLElement;
    // The 5,000-character word wraps instead of widening the page.
    await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth + 1);
  },
};

/** Every block type on the dark theme. */
export const Dark: Story = {
  args: { blocks: everyBlock },
  globals: { theme: 'dark' },
};

/** The Arabic sample's body, right to left. */
export const RightToLeft: Story = {
  args: { blocks: arabicArticle.body },
  globals: { direction: 'rtl', locale: 'ar' },
  play: async ({ canvasElement }) => {
    const [note] = within(canvasElement).getAllByRole('note');
    await expect(getComputedStyle(note).direction).toBe('rtl');
    await expectUniqueIds(canvasElement);
  },
};

/** Right to left on the dark theme. */
export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', locale: 'ar', theme: 'dark' },
};

// ---------------------------------------------------------------------------------------------
// Flows: these click, so they are kept apart from the states above.
// ---------------------------------------------------------------------------------------------

const introduction = {
  type: 'paragraph',
  text: 'An editor’s note added at the top after the reader opened an answer.',
} satisfies Block;

/** The body with a button that puts a new paragraph at the top, as a live update would. */
function GrowingBody(args: ArticleBodyProps) {
  const [blocks, setBlocks] = useState(args.blocks);
  return (
    <>
      <p>
        <button type="button" onClick={() => setBlocks([introduction, ...blocks])}>
          Add a paragraph at the top
        </button>
      </p>
      <ArticleBody {...args} blocks={blocks} />
    </>
  );
}

/**
 * Blocks are keyed by their content, so an answer the reader opened stays open when blocks
 * before the FAQ are added or moved.
 */
export const BlocksMoveFlow: Story = {
  args: { blocks: everyBlock },
  render: (args) => <GrowingBody {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const question = () => canvas.getByRole('button', { name: 'Who would give the guarantees?' });
    await userEvent.click(question());
    await expect(question()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Add a paragraph at the top' }));
    await expect(canvas.getByText(introduction.text)).toBeVisible();
    await expect(question()).toHaveAttribute('aria-expanded', 'true');
    await expect(
      canvas.getByRole('button', { name: 'Is NATO membership off the table for good?' }),
    ).toHaveAttribute('aria-expanded', 'false');
  },
};
