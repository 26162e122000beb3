import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  arabicArticle,
  hostileArticle,
  minimalArticle,
  rtlArticle,
  sampleArticle,
} from '../samples';
import { ArticleHeader, BroadsheetProvider, type Author } from '../src';
import { messages as arabic } from '../src/messages/ar';
import { messages as german } from '../src/messages/de';

const avatar = (file: string) => ({
  src: `/sample-images/${file}`,
  alt: '',
  width: 96,
  height: 96,
});

const twoAuthors: Author[] = [
  {
    name: 'Chief Editor',
    role: 'Diplomatic editor',
    url: 'https://news.example.com/authors/chief-editor',
    avatar: sampleArticle.authors[0].avatar,
  },
  {
    name: 'Marta Kowalska',
    role: 'Berlin correspondent',
    url: 'https://news.example.com/authors/marta-kowalska',
    avatar: avatar('avatar-marta-kowalska.svg'),
  },
];

const manyAuthors: Author[] = [
  ...twoAuthors,
  { name: 'Tomasz Wójcik', role: 'Defence analyst' },
  { name: 'Aiko Tanaka', url: 'https://news.example.com/authors/aiko-tanaka' },
  { name: 'Daniel Okafor', role: 'Data desk', avatar: avatar('avatar-omar-alkhatib.svg') },
];

/** A part of the header, found by name as the styles find it. */
function part(root: ParentNode, name: string) {
  return root.querySelector<HTMLElement>(`[data-part="${name}"]`);
}

function parts(root: ParentNode, name: string) {
  return Array.from(root.querySelectorAll<HTMLElement>(`[data-part="${name}"]`));
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
  args: { article: sampleArticle },
  argTypes: {
    article: { control: 'object' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    structuredData: { control: 'boolean' },
    timeZone: { control: 'text' },
    locale: { control: 'text' },
    messages: hidden,
  },
} satisfies Meta<typeof ArticleHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------------------------------------
// States: each opens as it is, with nothing moving, scrolling or taking focus.
// ---------------------------------------------------------------------------------------------

/** The sample article, given as `article={article}`: every part of the header. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const header = canvasElement.querySelector('header')!;
    await expect(part(header, 'kicker')).toHaveTextContent(sampleArticle.kicker!);
    const headline = canvas.getByRole('heading', { level: 1, name: sampleArticle.headline });
    await expect(headline).toHaveAttribute('data-part', 'headline');
    await expect(part(header, 'standfirst')).toHaveTextContent(sampleArticle.standfirst!);

    const byline = part(header, 'byline')!;
    await expect(part(header, 'meta')).toContainElement(byline);
    await expect(byline).toHaveTextContent(/^By Chief Editor$/);
    await expect(part(byline, 'author')).toContainElement(
      canvas.getByRole('link', { name: 'Chief Editor' }),
    );
    // The photo is decoration: the name is written beside it.
    await expect(part(byline, 'avatars')!.querySelector('img')).toHaveAttribute('alt', '');

    const dates = parts(header, 'date');
    await expect(dates.map((date) => date.textContent)).toEqual([
      'Published June 14, 2025 at 9:30 AM UTC',
      'Updated June 14, 2025 at 4:05 PM UTC',
    ]);
    await expect(dates[0].querySelector('time')).toHaveAttribute(
      'datetime',
      '2025-06-14T09:30:00.000Z',
    );

    const hero = part(header, 'hero')!;
    await expect(hero.tagName).toBe('FIGURE');
    await expect(part(hero, 'caption')).toHaveTextContent(sampleArticle.hero!.caption!);
    await expect(part(hero, 'credit')).toHaveTextContent('Image: Broadsheet Photo Desk');
    // width and height reserve the hero's box before the image arrives.
    const box = canvas.getByRole('img', { name: sampleArticle.hero!.alt }).getBoundingClientRect();
    await expect(box.height).toBeGreaterThan(0);
    await expect(box.width / box.height).toBeCloseTo(1600 / 900, 1);
    // Given as `article`, the article's id stays off the header.
    await expect(header).not.toHaveAttribute('id');
  },
};

/** `{...article}` spread works too: then the article's id becomes the header's id. */
export const SpreadArticle: Story = {
  render: ({ article: _article, ...args }) => <ArticleHeader {...args} {...sampleArticle} />,
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('header')!;
    await expect(header).toHaveAttribute('id', sampleArticle.id);
    // The fields the header does not draw never reach the DOM.
    for (const name of ['body', 'tags', 'related', 'url', 'language']) {
      await expect(header).not.toHaveAttribute(name);
    }
  },
};

/** Two authors: one sentence, each role in parentheses after its name, photos grouped before. */
export const TwoAuthors: Story = {
  args: { authors: twoAuthors },
  play: async ({ canvasElement }) => {
    const byline = part(canvasElement, 'byline')!;
    await expect(byline).toHaveTextContent(
      /^By Chief Editor \(Diplomatic editor\) and Marta Kowalska \(Berlin correspondent\)$/,
    );
    await expect(parts(byline, 'author')).toHaveLength(2);
    await expect(parts(byline, 'role').map((role) => role.textContent)).toEqual([
      '(Diplomatic editor)',
      '(Berlin correspondent)',
    ]);
    await expect(part(byline, 'avatars')!.querySelectorAll('img')).toHaveLength(2);
  },
};

/** Five authors: "By A, B, C, D, and E" in the locale's list words, with no roles. */
export const ManyAuthors: Story = {
  args: { authors: manyAuthors },
  play: async ({ canvasElement }) => {
    const byline = part(canvasElement, 'byline')!;
    await expect(byline).toHaveTextContent(
      /^By Chief Editor, Marta Kowalska, Tomasz Wójcik, Aiko Tanaka, and Daniel Okafor$/,
    );
    await expect(parts(byline, 'role')).toHaveLength(0);
    await expect(within(byline).getAllByRole('link')).toHaveLength(3);
    await expect(part(byline, 'avatars')!.querySelectorAll('img')).toHaveLength(3);
  },
};

/** No hero image: the header ends with the dates. */
export const NoHero: Story = {
  args: { article: { ...sampleArticle, hero: undefined } },
  play: async ({ canvasElement }) => {
    await expect(part(canvasElement, 'hero')).toBeNull();
  },
};

/** Only what an article must have: the headline and the publication date. */
export const Minimal: Story = {
  args: { article: minimalArticle },
  play: async ({ canvasElement }) => {
    for (const name of ['kicker', 'standfirst', 'byline', 'hero']) {
      await expect(part(canvasElement, name)).toBeNull();
    }
    await expect(parts(canvasElement, 'date')).toHaveLength(1);
  },
};

/** `timeZone="Europe/Berlin"`: the dates are written in Berlin time, the zone named. */
export const TimeZone: Story = {
  args: { timeZone: 'Europe/Berlin' },
  play: async ({ canvasElement }) => {
    await expect(parts(canvasElement, 'date')[0]).toHaveTextContent(
      'Published June 14, 2025 at 11:30 AM GMT+2',
    );
  },
};

/** The time zone can come from the provider instead, for every header under it. */
export const TimeZoneFromProvider: Story = {
  render: (args) => (
    <BroadsheetProvider timeZone="Asia/Tokyo">
      <ArticleHeader {...args} />
    </BroadsheetProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(parts(canvasElement, 'date')[0]).toHaveTextContent(
      'Published June 14, 2025 at 6:30 PM GMT+9',
    );
  },
};

/** German words, list format and dates from the provider, in Berlin time. */
export const German: Story = {
  args: { authors: manyAuthors.slice(0, 3) },
  render: (args) => (
    <BroadsheetProvider locale="de" messages={german} lang="de" timeZone="Europe/Berlin">
      <ArticleHeader {...args} />
    </BroadsheetProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(parts(canvasElement, 'date')[0]).toHaveTextContent(
      'Veröffentlicht 14. Juni 2025 um 11:30 MESZ',
    );
    await expect(part(canvasElement, 'byline')).toHaveTextContent(
      /^Von Chief Editor, Marta Kowalska und Tomasz Wójcik$/,
    );
    await expect(part(canvasElement, 'credit')).toHaveTextContent('Bild: Broadsheet Photo Desk');
  },
};

/** `headingLevel={2}`, for a page that already has its own h1. */
export const SecondLevelHeading: Story = {
  args: { headingLevel: 2 },
  decorators: [
    (Story) => (
      <>
        <h1 style={{ margin: '0 0 1rem' }}>Live coverage</h1>
        <Story />
      </>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { level: 2, name: sampleArticle.headline }),
    ).toHaveAttribute('data-part', 'headline');
  },
};

/** `structuredData`: NewsArticle JSON-LD for search engines, written in the header. */
export const WithStructuredData: Story = {
  args: { structuredData: true },
  play: async ({ canvasElement }) => {
    const script = canvasElement.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '{}');
    await expect(data['@type']).toBe('NewsArticle');
    await expect(data.headline).toBe(sampleArticle.headline);
  },
};

/** Markup in the text, unsafe addresses and invalid dates: text shown as text, nothing unsafe. */
export const HostileInput: Story = {
  args: { article: hostileArticle, structuredData: true },
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('header')!;
    await expect(
      within(header).getByRole('heading', { name: hostileArticle.headline }),
    ).toBeInTheDocument();
    await expect(part(header, 'byline')).toHaveTextContent('By <img src=x onerror=alert(1)>');
    await expect(header.querySelector('a, img, figure, time')).toBeNull();
    await expect(header.querySelectorAll('script')).toHaveLength(1);
  },
};

const unbroken = 'Sicherheitsgarantieverhandlungsrunde'.repeat(140);

/** Words thousands of letters long in every part: each wraps inside the column. */
export const LongWords: Story = {
  args: {
    kicker: unbroken.slice(0, 600),
    headline: unbroken,
    standfirst: unbroken.slice(0, 2000),
    authors: [{ name: unbroken.slice(0, 400), role: unbroken.slice(0, 300) }],
    hero: { ...sampleArticle.hero!, caption: unbroken.slice(0, 900) },
  },
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('header')!;
    const article = header.parentElement!;
    await expect(header.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
    for (const element of header.querySelectorAll<HTMLElement>('h1, p, figcaption')) {
      await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
    }
  },
};

/** Two authors with photos and roles, on the dark theme. */
export const Dark: Story = {
  args: { authors: twoAuthors },
  globals: { theme: 'dark' },
};

/** The Arabic sample with Arabic words, right to left: two authors with roles, and a hero. */
export const RightToLeft: Story = {
  args: { article: arabicArticle },
  globals: { direction: 'rtl' },
  render: (args) => (
    <BroadsheetProvider locale="ar" messages={arabic} lang="ar">
      <ArticleHeader {...args} />
    </BroadsheetProvider>
  ),
  play: async ({ canvasElement }) => {
    const byline = part(canvasElement, 'byline')!;
    await expect(byline).toHaveTextContent(/^بقلم ليلى حداد \(مراسلة الشؤون الأوروبية\) و\s?عمر/);
    await expect(getComputedStyle(byline).direction).toBe('rtl');
    // The photos come first, on the right.
    const photos = part(byline, 'avatars')!.getBoundingClientRect();
    const names = byline.querySelector('p')!.getBoundingClientRect();
    await expect(photos.left).toBeGreaterThan(names.left);
    await expect(parts(canvasElement, 'date')[0]).toHaveTextContent(/^نُشر /);
  },
};

/** Right to left on the dark theme. */
export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};

/** The Arabic stress sample: three authors (no roles), no standfirst, no hero. */
export const RightToLeftThreeAuthors: Story = {
  args: { article: rtlArticle },
  globals: { direction: 'rtl' },
  render: RightToLeft.render,
  play: async ({ canvasElement }) => {
    await expect(part(canvasElement, 'byline')).toHaveTextContent(
      /^بقلم ليلى حداد و\s?عمر الخطيب و\s?سارة المنصوري$/,
    );
    await expect(part(canvasElement, 'standfirst')).toBeNull();
    await expect(part(canvasElement, 'hero')).toBeNull();
    const header = canvasElement.querySelector('header')!;
    await expect(header.scrollWidth).toBeLessThanOrEqual(header.clientWidth);
  },
};

// ---------------------------------------------------------------------------------------------
// Flows: these move focus, so they are kept apart from the states above.
// ---------------------------------------------------------------------------------------------

/** Tab reaches each author's link in reading order, with a visible focus ring. */
export const KeyboardFlow: Story = {
  args: { authors: twoAuthors },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const first = canvas.getByRole('link', { name: 'Chief Editor' });
    await expect(first).toHaveFocus();
    await expect(getComputedStyle(first).outlineStyle).toBe('solid');
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Marta Kowalska' })).toHaveFocus();
  },
};
