import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  hostileArticle,
  minimalArticle,
  rtlArticle,
  sampleArticle,
  sampleClosing,
} from '../samples';
import { Article, BroadsheetProvider } from '../src';
import { messages as arabic } from '../src/messages/ar';
import { messages as german } from '../src/messages/de';

const arabicClosing = {
  title: 'ما رأيك؟',
  text: 'شاركنا رأيك، وتابع تغطيتنا المعمقة لشؤون الأمن في شرق أوروبا.',
};

const meta = {
  title: 'Pages/Article',
  component: Article,
  args: { article: sampleArticle, closing: sampleClosing, structuredData: true },
  argTypes: {
    article: { control: 'object' },
    closing: { control: 'object' },
    structuredData: { control: 'boolean' },
    comments: { table: { disable: true } },
    onCommentSubmit: { table: { disable: true } },
    onSubscribe: { table: { disable: true } },
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

    const levels = headingLevels(page);
    await expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i += 1) {
      await expect(levels[i]).toBeLessThanOrEqual(levels[i - 1] + 1);
    }
    const ids = Array.from(page.querySelectorAll('[id]'), (element) => element.id);
    await expect(new Set(ids).size).toBe(ids.length);

    const question = canvas.getByRole('button', {
      name: 'Why is Jared Kushner taking part in the talks?',
    });
    question.focus();
    await userEvent.keyboard('{Enter}');
    await expect(question).toHaveAttribute('aria-expanded', 'true');

    const jsonLd = page.querySelectorAll('script[type="application/ld+json"]');
    await expect(jsonLd).toHaveLength(2);
  },
};

export const SamplePageDark: Story = {
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  args: { article: rtlArticle, closing: arabicClosing },
  globals: { direction: 'rtl' },
  render: (args) => (
    <BroadsheetProvider locale="ar" messages={arabic}>
      <Article {...args} />
    </BroadsheetProvider>
  ),
  play: async ({ canvasElement }) => {
    const page = within(canvasElement).getByRole('article');
    await expect(page).toHaveAttribute('lang', 'ar');
    await expect(page).toHaveAttribute('dir', 'rtl');
    // The unbroken Arabic word wraps instead of widening the page.
    await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth + 1);
  },
};

export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};

export const WithoutClosing: Story = {
  args: { closing: undefined },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).queryByRole('region', { name: sampleClosing.title }),
    ).toBeNull();
  },
};

export const DefaultClosingTitle: Story = {
  args: { closing: { text: sampleClosing.text } },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('region', { name: 'What’s your take?' }),
    ).toBeVisible();
  },
};

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
    await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth + 1);
  },
};

/**
 * Translated through props, as a React Server Component page does: no provider reaches a
 * Server Component, so `locale` and `messages` go to the Article, which hands them on.
 */
export const GermanThroughProps: Story = {
  args: { locale: 'de', messages: german, closing: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('complementary', { name: german.calloutTip })).toBeVisible();
    await expect(
      canvas.getByRole('navigation', { name: german.articleRelatedTitle }),
    ).toBeVisible();
    await expect(canvas.getByRole('article')).toHaveTextContent('Juni 2025');
  },
};
