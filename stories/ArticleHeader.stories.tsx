import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { hostileArticle, minimalArticle, rtlArticle, sampleArticle } from '../samples';
import { ArticleHeader, BroadsheetProvider, type Article, type Author } from '../src';
import { messages as arabic } from '../src/messages/ar';
import { messages as german } from '../src/messages/de';

/**
 * The header's fields of an article, every one named (undefined when absent) so a story's
 * args replace all of the default story's; the body and the rest belong to other components.
 */
function headerFields(article: Article) {
  const { kicker, headline, standfirst, authors, publishedAt, updatedAt, hero, url, language } =
    article;
  return { kicker, headline, standfirst, authors, publishedAt, updatedAt, hero, url, language };
}

const hidden = { table: { disable: true } };

const meta = {
  title: 'Components/ArticleHeader',
  component: ArticleHeader,
  // In a page the header sits inside the article, where it is not a landmark of its own.
  decorators: [
    (Story) => (
      <article style={{ maxInlineSize: '48rem' }}>
        <Story />
      </article>
    ),
  ],
  args: headerFields(sampleArticle),
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    structuredData: { control: 'boolean' },
    timeZone: { control: 'text' },
    id: hidden,
    body: hidden,
    tags: hidden,
    related: hidden,
  },
} satisfies Meta<typeof ArticleHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 1, name: sampleArticle.headline }),
    ).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Chief Editor' })).toHaveAttribute(
      'href',
      sampleArticle.authors[0].url,
    );
    const times = canvasElement.querySelectorAll('time');
    await expect(times).toHaveLength(2);
    await expect(times[0]).toHaveAttribute('datetime', '2025-06-14T09:30:00.000Z');
    // width and height reserve the hero's box before the image arrives.
    const hero = canvas.getByRole('img', { name: sampleArticle.hero!.alt });
    const box = hero.getBoundingClientRect();
    await expect(box.height).toBeGreaterThan(0);
    await expect(box.width / box.height).toBeCloseTo(1600 / 900, 1);
  },
};

export const NoHero: Story = {
  args: { hero: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figure')).toBeNull();
  },
};

const manyAuthors: Author[] = [
  {
    name: 'Chief Editor',
    role: 'Chief Editor',
    url: 'https://news.example.com/authors/chief-editor',
    avatar: sampleArticle.authors[0].avatar,
  },
  { name: 'Mara Lindqvist', role: 'Berlin correspondent', url: 'https://news.example.com/mara' },
  { name: 'Tomasz Wójcik', role: 'Defence analyst' },
  { name: 'Aiko Tanaka', url: 'https://news.example.com/aiko' },
  { name: 'Daniel Okafor', role: 'Data desk' },
];

export const ManyAuthors: Story = {
  args: { authors: manyAuthors },
  play: async ({ canvasElement }) => {
    const byline = canvasElement.querySelector('.bs-byline');
    await expect(byline).toHaveTextContent(/^By Chief Editor.*Aiko Tanaka, and Daniel Okafor/);
    await expect(within(byline as HTMLElement).getAllByRole('link')).toHaveLength(3);
  },
};

export const Minimal: Story = {
  args: headerFields(minimalArticle),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.bs-byline, .bs-standfirst, figure')).toBeNull();
    await expect(canvasElement.querySelectorAll('time')).toHaveLength(1);
  },
};

const unbroken = 'Sicherheitsgarantieverhandlungsrunde'.repeat(140);

export const LongWords: Story = {
  args: {
    kicker: unbroken.slice(0, 600),
    headline: unbroken,
    standfirst: unbroken.slice(0, 2000),
    authors: [{ name: unbroken.slice(0, 400), role: unbroken.slice(0, 300) }],
    hero: { ...sampleArticle.hero!, caption: unbroken.slice(0, 900) },
  },
  play: async ({ canvasElement }) => {
    await expect(unbroken.length).toBeGreaterThanOrEqual(5000);
    const header = canvasElement.querySelector('header')!;
    const article = header.parentElement!;
    // Every part wraps inside the column instead of widening the page.
    await expect(header.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
    for (const part of header.querySelectorAll<HTMLElement>('h1, p, figcaption')) {
      await expect(part.scrollWidth).toBeLessThanOrEqual(part.clientWidth + 1);
    }
  },
};

export const RightToLeft: Story = {
  args: headerFields(rtlArticle),
  globals: { direction: 'rtl' },
  render: (args) => (
    <BroadsheetProvider locale="ar" messages={arabic} lang="ar">
      <ArticleHeader {...args} />
    </BroadsheetProvider>
  ),
  play: async ({ canvasElement }) => {
    const byline = canvasElement.querySelector('.bs-byline')!;
    await expect(byline).toHaveTextContent(/^بقلم ليلى حداد/);
    await expect(canvasElement.querySelector('figure, .bs-standfirst')).toBeNull();
    await expect(getComputedStyle(byline).direction).toBe('rtl');
    const header = canvasElement.querySelector('header')!;
    await expect(header.scrollWidth).toBeLessThanOrEqual(header.clientWidth);
  },
};

export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};

export const Dark: Story = {
  args: { authors: manyAuthors },
  globals: { theme: 'dark' },
};

export const German: Story = {
  render: (args) => (
    <BroadsheetProvider locale="de" messages={german} lang="de">
      <ArticleHeader {...args} timeZone="Europe/Berlin" />
    </BroadsheetProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('time')).toHaveTextContent(
      '14. Juni 2025 um 11:30 MESZ',
    );
    await expect(canvasElement.querySelector('.bs-byline')).toHaveTextContent(/^Von /);
  },
};

export const SecondLevelHeading: Story = {
  args: { headingLevel: 2 },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { level: 2, name: sampleArticle.headline }),
    ).toBeInTheDocument();
  },
};

export const WithStructuredData: Story = {
  args: { structuredData: true },
  play: async ({ canvasElement }) => {
    const script = canvasElement.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '{}');
    await expect(data['@type']).toBe('NewsArticle');
    await expect(data.headline).toBe(sampleArticle.headline);
  },
};

export const HostileInput: Story = {
  args: { ...headerFields(hostileArticle), structuredData: true },
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('header')!;
    await expect(
      within(header).getByRole('heading', { name: hostileArticle.headline }),
    ).toBeInTheDocument();
    await expect(header.querySelector('a, img, figure, time')).toBeNull();
    await expect(header.querySelectorAll('script')).toHaveLength(1);
  },
};
