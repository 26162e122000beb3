import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  arabicArticle,
  arabicClosing,
  hostileArticle,
  minimalArticle,
  rtlArticle,
  arabicComments,
  sampleArticle,
  sampleClosing,
  sampleComments,
} from '../samples';
import { Article, BroadsheetProvider } from '../src';
import { messages as arabic } from '../src/messages/ar';
import { messages as german } from '../src/messages/de';

const meta = {
  title: 'Pages/Article',
  component: Article,
  args: { article: sampleArticle, closing: sampleClosing, structuredData: true },
  argTypes: {
    article: { control: 'object' },
    closing: { control: 'object' },
    structuredData: { control: 'boolean' },
    timeZone: { control: 'text' },
    locale: { control: 'text' },
    messages: { table: { disable: true } },
    comments: { table: { disable: true } },
    onCommentSubmit: { table: { disable: true } },
    onSubscribe: { table: { disable: true } },
    commentBoxProps: { table: { disable: true } },
    newsletterProps: { table: { disable: true } },
    renderBlock: { table: { disable: true } },
  },
  // The page lays the article out; a readable measure here stands in for the app's grid.
  decorators: [
    (Story) => (
      <main style={{ maxInlineSize: '48rem', marginInline: 'auto' }}>
        <Story />
      </main>
    ),
  ],
} satisfies Meta<typeof Article>;

export default meta;
type Story = StoryObj<typeof meta>;

function headingLevels(root: ParentNode): number[] {
  return Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => Number(h.tagName[1]));
}

/** From the h1 down, no heading skips a level. */
async function expectWholeOutline(page: HTMLElement) {
  const levels = headingLevels(page);
  await expect(levels[0]).toBe(1);
  await expect(levels.filter((level) => level === 1)).toHaveLength(1);
  for (let i = 1; i < levels.length; i += 1) {
    await expect(levels[i]).toBeLessThanOrEqual(levels[i - 1] + 1);
  }
}

/** Every id on the page is unique. */
async function expectUniqueIds(page: HTMLElement) {
  const ids = Array.from(page.querySelectorAll('[id]'), (element) => element.id);
  await expect(new Set(ids).size).toBe(ids.length);
}

// ---------------------------------------------------------------------------------------------
// States: each opens as it is, with nothing moving, scrolling or taking focus.
// ---------------------------------------------------------------------------------------------

/** The sample article as a whole page: header, body, closing and "You may also like". */
export const SamplePage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const page = canvas.getByRole('article');
    await expect(page).toHaveAttribute('lang', 'en');
    await expect(
      canvas.getByRole('heading', { level: 1, name: sampleArticle.headline }),
    ).toBeVisible();
    await expect(canvas.getByRole('region', { name: sampleClosing.title })).toBeVisible();
    const related = canvas.getByRole('navigation', { name: 'You may also like' });
    await expect(within(related).getAllByRole('link')).toHaveLength(4);
    // The boxes in the text are notes: the landmarks are the closing and the related links.
    await expect(canvas.getAllByRole('note').length).toBeGreaterThan(0);
    await expect(canvas.queryAllByRole('complementary')).toHaveLength(0);
    await expect(canvas.getAllByRole('region')).toHaveLength(1);
    await expectWholeOutline(page);
    await expectUniqueIds(page);
    for (const question of canvas.getAllByRole('button')) {
      await expect(question).toHaveAttribute('aria-expanded', 'false');
    }
    await expect(page.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(2);
  },
};

/** The sample page on the dark theme. */
/** Stand-ins for the app's network: every comment awaits moderation, every sign-up is confirmed. */
const handlers = {
  onCommentSubmit: async () => undefined,
  onSubscribe: async () => ({ status: 'pending' as const }),
};

/** The whole page with every component: header, body, closing, related links, sign-up, comments. */
export const EveryComponent: Story = {
  args: { comments: sampleComments, ...handlers },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Sign up for our newsletter' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Leave a comment' })).toBeVisible();
    await expectWholeOutline(canvasElement);
    await expectUniqueIds(canvasElement);
  },
};

/** The same page, dark. */
export const EveryComponentDark: Story = {
  ...EveryComponent,
  globals: { theme: 'dark' },
};

/** A realistic Arabic article with every component, in Arabic words, right to left. */
export const ArabicEveryComponent: Story = {
  args: {
    article: arabicArticle,
    closing: arabicClosing,
    comments: arabicComments,
    locale: 'ar',
    messages: arabic,
    ...handlers,
  },
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: arabic.commentsTitle })).toBeVisible();
    await expectWholeOutline(canvasElement);
  },
};

/** The Arabic page, dark. */
export const ArabicEveryComponentDark: Story = {
  ...ArabicEveryComponent,
  globals: { direction: 'rtl', theme: 'dark' },
};

export const SamplePageDark: Story = {
  globals: { theme: 'dark' },
};

/** The Arabic sample with Arabic words: `lang="ar"` and `dir="rtl"` come from the article. */
export const RightToLeft: Story = {
  args: { article: arabicArticle, closing: arabicClosing },
  globals: { direction: 'rtl' },
  render: (args) => (
    <BroadsheetProvider locale="ar" messages={arabic}>
      <Article {...args} />
    </BroadsheetProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const page = canvas.getByRole('article');
    await expect(page).toHaveAttribute('lang', 'ar');
    await expect(page).toHaveAttribute('dir', 'rtl');
    await expect(
      canvas.getByRole('navigation', { name: arabic.articleRelatedTitle }),
    ).toBeVisible();
    await expectWholeOutline(page);
    await expectUniqueIds(page);
  },
};

/** Right to left on the dark theme. */
export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};

/** The Arabic stress sample: no hero, three authors, an unbroken word that must wrap. */
export const RightToLeftLongWords: Story = {
  ...RightToLeft,
  args: { article: rtlArticle, closing: arabicClosing },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement).getByRole('article');
    await expect(page).toHaveAttribute('dir', 'rtl');
    await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth + 1);
  },
};

/** No `closing`: the page goes from the body straight to the related links. */
export const WithoutClosing: Story = {
  args: { closing: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="closing"]')).toBeNull();
  },
};

/** A closing with text and no title takes its title from the messages. */
export const DefaultClosingTitle: Story = {
  args: { closing: { text: sampleClosing.text } },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('region', { name: 'What’s your take?' }),
    ).toBeVisible();
  },
};

/**
 * The end of a page with comments and a sign-up: the closing ends with the app's own action and
 * links to both, which sit further down the page.
 */
export const ClosingActions: Story = {
  args: {
    article: { ...sampleArticle, body: sampleArticle.body.slice(-1), related: [] },
    closing: { ...sampleClosing, action: { label: 'Read the draft text', href: '#draft' } },
    comments: [],
    ...handlers,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const closing = canvas.getByRole('region', { name: sampleClosing.title });
    const links = within(closing).getAllByRole('link');
    await expect(links.map((link) => link.textContent)).toEqual([
      'Read the draft text',
      'Leave a comment',
      'Sign up for our newsletter',
    ]);
    const comments = canvas.getByRole('region', { name: 'Leave a comment' });
    await expect(links[1]).toHaveAttribute('href', `#${comments.id}`);
    const signUp = canvas.getByRole('region', { name: 'Sign up for our newsletter' });
    await expect(links[2]).toHaveAttribute('href', `#${signUp.id}`);
  },
};

/** Only what an article must have: headline, date and one paragraph; no related links. */
export const Minimal: Story = {
  args: { article: minimalArticle, closing: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      minimalArticle.headline,
    );
    await expect(canvas.queryByRole('navigation')).toBeNull();
  },
};

/** `timeZone="Europe/Berlin"`: every date on the page is written in Berlin time. */
export const TimeZone: Story = {
  args: { timeZone: 'Europe/Berlin' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('time')?.parentElement).toHaveTextContent(
      'Published June 14, 2025 at 11:30 AM GMT+2',
    );
  },
};

/** Bad data of every kind: nothing unsafe is linked or loaded, markup shows as text. */
export const HostileData: Story = {
  args: { article: hostileArticle },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement).getByRole('article');
    const urls = Array.from(page.querySelectorAll('[href], [src], [srcset]')).flatMap((element) =>
      ['href', 'src', 'srcset'].flatMap((name) => element.getAttribute(name) ?? []),
    );
    for (const url of urls) await expect(url).not.toMatch(/^\s*(javascript|data):/i);
    await expect(
      within(page).getByRole('heading', { level: 1, name: '</script><script>alert(1)</script>' }),
    ).toBeVisible();
    await expectUniqueIds(page);
    await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth + 1);
  },
};

/**
 * Translated through props, as a React Server Component page does: no provider reaches a
 * Server Component, so `locale`, `messages` and `timeZone` go to the Article, which hands them on.
 */
export const GermanThroughProps: Story = {
  args: { locale: 'de', messages: german, timeZone: 'Europe/Berlin', closing: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('note', { name: german.calloutTip })).toBeVisible();
    await expect(
      canvas.getByRole('navigation', { name: german.articleRelatedTitle }),
    ).toBeVisible();
    await expect(canvasElement.querySelector('time')?.parentElement).toHaveTextContent(
      'Veröffentlicht 14. Juni 2025 um 11:30 MESZ',
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Flows: these move focus and click, so they are kept apart from the states above.
// ---------------------------------------------------------------------------------------------

/** Tab runs through the page in reading order: author, the questions, the related links. */
export const KeyboardFlow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Chief Editor' })).toHaveFocus();
    const questions = canvas.getAllByRole('button');
    await userEvent.tab();
    await expect(questions[0]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(questions[0]).toHaveAttribute('aria-expanded', 'true');
    for (const question of questions.slice(1)) {
      await userEvent.tab();
      await expect(question).toHaveFocus();
    }
    await userEvent.tab();
    const related = canvas.getByRole('navigation', { name: 'You may also like' });
    await expect(within(related).getAllByRole('link')[0]).toHaveFocus();
  },
};
