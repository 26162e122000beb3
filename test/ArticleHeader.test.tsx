import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  hostileArticle,
  hostileNoAuthors,
  minimalArticle,
  rtlArticle,
  sampleArticle,
} from '../samples';
import {
  ArticleHeader,
  BroadsheetProvider,
  darkTheme,
  type Article as ArticleData,
  type Author,
} from '../src';
import { messages as arabic } from '../src/messages/ar';
import { messages as german } from '../src/messages/de';
import {
  axe,
  expectForwardsToRoot,
  expectResilientStyles,
  hydrateWithoutWarnings,
  renderToHtml,
  renderWithProvider,
} from './helpers';

const authors: Author[] = [
  {
    name: 'Ana Editor',
    role: 'Diplomatic editor',
    url: 'https://news.example.com/ana',
    avatar: { src: 'https://images.example.com/ana.jpg', alt: 'Ana Editor smiling' },
  },
  { name: 'Ben Writer', url: 'javascript:alert(1)', avatar: { src: 'data:image/png,xx', alt: '' } },
  { name: 'Cy Reporter', role: 'Berlin correspondent' },
];

function byline(container: HTMLElement): HTMLElement | null {
  return container.querySelector('[data-part="byline"]');
}

describe('ArticleHeader', () => {
  it('renders the sample article spread straight from the data', () => {
    const { container } = render(<ArticleHeader {...sampleArticle} />);
    const header = container.querySelector('header')!;

    expect(screen.getByRole('heading', { level: 1, name: sampleArticle.headline })).toBeVisible();
    expect(header).toHaveTextContent(sampleArticle.kicker!);
    expect(header).toHaveTextContent(sampleArticle.standfirst!);
    expect(byline(container)).toHaveTextContent(/^By Chief Editor$/);
    expect(screen.getByRole('link', { name: 'Chief Editor' })).toHaveAttribute(
      'href',
      'https://news.example.com/authors/chief-editor',
    );

    const times = header.querySelectorAll('time');
    expect(times).toHaveLength(2);
    expect(times[0]).toHaveAttribute('dateTime', '2025-06-14T09:30:00.000Z');
    expect(times[0].parentElement).toHaveTextContent('Published June 14, 2025 at 9:30 AM UTC');
    expect(times[1]).toHaveAttribute('dateTime', '2025-06-14T16:05:00.000Z');
    expect(times[1].parentElement).toHaveTextContent('Updated June 14, 2025 at 4:05 PM UTC');

    const hero = screen.getByRole('img', { name: sampleArticle.hero!.alt });
    expect(hero.closest('figure')).toHaveTextContent(
      'Delegations arrive in Berlin ahead of the talks on Ukraine’s security. Image: Broadsheet Photo Desk',
    );

    // The Article fields that belong elsewhere never reach the DOM.
    for (const name of ['body', 'tags', 'related', 'language', 'lang', 'url']) {
      expect(header).not.toHaveAttribute(name);
    }
    // Like every component's, the id reaches the root: spread, it is the article's own.
    expect(header).toHaveAttribute('id', sampleArticle.id);
    expect(header.querySelector('script')).toBeNull();
  });

  it('takes the whole article as `article`, with no data on the root and fields as props winning', () => {
    const { container } = render(
      <ArticleHeader article={sampleArticle} kicker="Analysis" id="top" />,
    );
    const header = container.querySelector('header')!;
    expect(header).toHaveAttribute('id', 'top');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(sampleArticle.headline);
    expect(header.querySelector('[data-part="kicker"]')).toHaveTextContent(/^Analysis$/);
    expect(header.querySelectorAll('time')).toHaveLength(2);
  });

  it('writes dates in the time zone of the provider or of its own prop, UTC by default', () => {
    const at = '2025-06-14T09:30:00Z';
    const { container, unmount } = renderWithProvider(
      <ArticleHeader headline="H" publishedAt={at} />,
      { timeZone: 'Europe/Berlin', locale: 'en-GB' },
    );
    expect(container.querySelector('time')).toHaveTextContent('14 June 2025 at 11:30 CEST');
    unmount();
    const own = render(<ArticleHeader headline="H" publishedAt={at} timeZone="Asia/Tokyo" />);
    expect(own.container.querySelector('time')).toHaveTextContent('June 14, 2025 at 6:30 PM GMT+9');
    own.unmount();
    const plain = render(<ArticleHeader headline="H" publishedAt={at} />);
    expect(plain.container.querySelector('time')).toHaveTextContent('9:30 AM UTC');
  });

  it('leaves the zone out when the app writes dates in the reader’s own', () => {
    const at = '2025-06-14T09:30:00Z';
    const { container, unmount } = renderWithProvider(
      <ArticleHeader headline="H" publishedAt={at} />,
      { timeZone: 'Europe/Berlin', showTimeZone: false },
    );
    expect(container.querySelector('time')).toHaveTextContent(/^June 14, 2025 at 11:30 AM$/);
    unmount();
    const own = render(<ArticleHeader headline="H" publishedAt={at} showTimeZone={false} />);
    expect(own.container.querySelector('time')).toHaveTextContent(/^June 14, 2025 at 9:30 AM$/);
  });

  it('spread from JSON, lets no field run, write markup or link: text attributes only', () => {
    const json = {
      ...sampleArticle,
      dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' },
      onclick: 'alert(1)',
      onClick: 'alert(1)',
      href: 'javascript:alert(1)',
      style: 'color: red',
      createdAt: '2025-06-14',
      slug: 'kyiv-guarantees',
    };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(<ArticleHeader {...(json as unknown as ArticleData)} />);
    const header = container.querySelector('header')!;
    expect(error).not.toHaveBeenCalled();
    expect(container.querySelector('img[src="x"]')).toBeNull();
    for (const name of ['onclick', 'href', 'style', 'createdat', 'body', 'tags', 'related']) {
      expect(header).not.toHaveAttribute(name);
    }
    expect(header).toHaveAttribute('slug', 'kyiv-guarantees');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(sampleArticle.headline);
  });

  it('reserves the hero box and offers its sources', () => {
    const { container } = render(<ArticleHeader {...sampleArticle} />);
    const img = container.querySelector('figure img')!;
    expect(img).toHaveAttribute('width', '1600');
    expect(img).toHaveAttribute('height', '900');
    expect(img).toHaveAttribute('srcset', sampleArticle.hero!.srcSet);
    expect(img).toHaveAttribute('sizes', sampleArticle.hero!.sizes);
    expect(img).toHaveAttribute('loading', 'eager');
    expect(img).toHaveAttribute('fetchpriority', 'high');
  });

  it('writes a byline of many authors in the list format, linking only safe addresses', () => {
    const { container } = render(
      <ArticleHeader
        headline="Talks resume"
        authors={authors}
        publishedAt="2025-06-14T09:30:00Z"
      />,
    );
    // English as written in the US puts a comma before "and".
    // One sentence; with three or more authors the roles are left out.
    expect(byline(container)).toHaveTextContent(/^By Ana Editor, Ben Writer, and Cy Reporter$/);
    const links = within(byline(container)!).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName('Ana Editor');
    expect(links[0]).toHaveAttribute('href', 'https://news.example.com/ana');
    expect(container.querySelector('[href^="javascript"]')).toBeNull();

    // Avatars are decorative (the name sits beside them); an unsafe avatar is not drawn.
    const avatars = byline(container)!.querySelectorAll('img');
    expect(avatars).toHaveLength(1);
    expect(avatars[0]).toHaveAttribute('alt', '');
    expect(avatars[0]).toHaveAttribute('src', 'https://images.example.com/ana.jpg');
  });

  it('follows the list format of a regional locale', () => {
    const { container } = renderWithProvider(<ArticleHeader headline="H" authors={authors} />, {
      locale: 'en-GB',
    });
    expect(byline(container)).toHaveTextContent(/^By Ana Editor, Ben Writer and Cy Reporter$/);
  });

  it('writes "A and B" for two authors and just the name for one', () => {
    const { container, rerender } = render(
      <ArticleHeader headline="H" authors={authors.slice(0, 2)} />,
    );
    // With one or two authors each role follows its name, set apart.
    expect(byline(container)).toHaveTextContent(
      /^By Ana Editor \(Diplomatic editor\) and Ben Writer$/,
    );
    expect(byline(container)!.querySelector('[data-part="role"]')).toHaveTextContent(
      '(Diplomatic editor)',
    );
    rerender(<ArticleHeader headline="H" authors={[{ name: 'Cy Reporter' }]} />);
    expect(byline(container)).toHaveTextContent(/^By Cy Reporter$/);
  });

  it('shows no byline for an empty author list, or for authors with no name', () => {
    const { container, rerender } = render(<ArticleHeader headline="H" authors={[]} />);
    expect(byline(container)).toBeNull();
    rerender(<ArticleHeader headline="H" authors={[{ name: '  ' }]} />);
    expect(byline(container)).toBeNull();
    expect(container).not.toHaveTextContent('By');
  });

  it('renders only the headline when nothing else is given', () => {
    const { container } = render(<ArticleHeader headline="Only a headline" standfirst="   " />);
    const header = container.querySelector('header')!;
    expect(header.children).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Only a headline');
  });

  it('renders the minimal article: headline and published date', () => {
    const { container } = render(<ArticleHeader {...minimalArticle} />);
    expect(screen.getByRole('heading', { name: minimalArticle.headline })).toBeInTheDocument();
    expect(container.querySelectorAll('time')).toHaveLength(1);
    expect(
      container.querySelector(
        'figure, [data-part="byline"], [data-part="kicker"], [data-part="standfirst"]',
      ),
    ).toBeNull();
  });

  it('skips invalid dates and an update that equals the publication', () => {
    const { container, rerender } = render(
      <ArticleHeader headline="H" publishedAt="not a date" updatedAt="2025-06-15T10:00:00+02:00" />,
    );
    let times = container.querySelectorAll('time');
    expect(times).toHaveLength(1);
    expect(times[0].parentElement).toHaveTextContent(/^Updated June 15, 2025 at 8:00 AM UTC$/);

    rerender(
      <ArticleHeader
        headline="H"
        publishedAt="2025-06-14T09:30:00Z"
        updatedAt="2025-06-14T11:30:00+02:00"
      />,
    );
    times = container.querySelectorAll('time');
    expect(times).toHaveLength(1);
    expect(container).not.toHaveTextContent('Updated');

    rerender(<ArticleHeader headline="H" publishedAt="2025-13-45" updatedAt="" />);
    expect(container.querySelector('time')).toBeNull();
    expect(container.querySelector('[data-part="meta"]')).toBeNull();
  });

  it('writes dates in the given time zone, the same on every machine', () => {
    const { container } = render(
      <ArticleHeader headline="H" publishedAt="2025-06-14T23:30:00Z" timeZone="Europe/Berlin" />,
    );
    const time = container.querySelector('time')!;
    expect(time).toHaveAttribute('dateTime', '2025-06-14T23:30:00.000Z');
    expect(time).toHaveTextContent('June 15, 2025 at 1:30 AM GMT+2');
  });

  it('formats dates, the byline and the credit for the locale', () => {
    const { container } = renderWithProvider(
      <ArticleHeader {...sampleArticle} authors={authors} />,
      { locale: 'de', messages: german },
    );
    expect(byline(container)).toHaveTextContent(/^Von Ana Editor, Ben Writer und Cy Reporter$/);
    const times = container.querySelectorAll('time');
    expect(times[0].parentElement).toHaveTextContent('Veröffentlicht 14. Juni 2025 um 09:30 UTC');
    expect(times[1].parentElement).toHaveTextContent('Aktualisiert 14. Juni 2025 um 16:05 UTC');
    expect(container.querySelector('figcaption')).toHaveTextContent('Bild: Broadsheet Photo Desk');
  });

  it('renders the right-to-left sample in Arabic', () => {
    const { container } = renderWithProvider(<ArticleHeader {...rtlArticle} />, {
      locale: 'ar',
      messages: arabic,
      dir: 'rtl',
      lang: 'ar',
    });
    const heading = screen.getByRole('heading', { level: 1, name: rtlArticle.headline });
    expect(heading.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    // Three names joined by the Arabic list format: "A و B و C" (no comma, "و" before each).
    expect(byline(container)).toHaveTextContent(
      /^بقلم ليلى حداد و\s?عمر الخطيب و\s?سارة المنصوري$/,
    );
    expect(container.querySelector('[data-part="standfirst"]')).toBeNull();
    expect(container.querySelector('figure')).toBeNull();
    expect(container.querySelector('time')?.parentElement).toHaveTextContent(/^نُشر /);
  });

  it('shows hostile text as text and links or loads no unsafe address', () => {
    const { container } = render(<ArticleHeader {...hostileArticle} structuredData />);
    expect(
      screen.getByRole('heading', { name: '</script><script>alert(1)</script>' }),
    ).toBeInTheDocument();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)> & <b>not bold</b>');
    expect(byline(container)).toHaveTextContent('By <img src=x onerror=alert(1)>');
    expect(container.querySelector('a, img, figure, b, time')).toBeNull();
    expect(container.querySelectorAll('script')).toHaveLength(1);
  });

  it('drops an unsafe srcset but keeps a safe hero', () => {
    const { container } = render(
      <ArticleHeader
        headline="H"
        hero={{
          src: 'https://images.example.com/a.jpg',
          srcSet: 'https://images.example.com/a.jpg 1x, javascript:alert(1) 2x',
          sizes: '100vw',
          alt: '',
          caption: '  ',
        }}
      />,
    );
    const img = container.querySelector('figure img')!;
    expect(img).toHaveAttribute('src', 'https://images.example.com/a.jpg');
    expect(img).not.toHaveAttribute('srcset');
    expect(img).not.toHaveAttribute('sizes');
    expect(container.querySelector('figcaption')).toBeNull();
  });

  it('survives missing and mistyped fields from loose data', () => {
    const loose = {
      headline: 'Loose data',
      authors: null,
      hero: { alt: 'no source' },
      publishedAt: 42,
    } as unknown as Parameters<typeof ArticleHeader>[0];
    const { container } = render(<ArticleHeader {...loose} />);
    expect(screen.getByRole('heading', { name: 'Loose data' })).toBeInTheDocument();
    expect(container.querySelector('figure, time, [data-part="byline"]')).toBeNull();
  });

  it.each([
    [undefined, 1],
    [2, 2],
    [6, 6],
    [0, 1],
    [9, 6],
    [Number.NaN, 1],
  ])('headingLevel %s gives an h%s', (headingLevel, level) => {
    render(<ArticleHeader headline="Levels" headingLevel={headingLevel} />);
    expect(screen.getByRole('heading', { name: 'Levels' }).tagName).toBe(`H${level}`);
  });

  it('writes NewsArticle JSON-LD only when structuredData is set', () => {
    const { container, rerender } = render(<ArticleHeader {...sampleArticle} />);
    expect(container.querySelector('script')).toBeNull();
    rerender(<ArticleHeader {...sampleArticle} structuredData />);
    const script = container.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: sampleArticle.headline,
      description: sampleArticle.standfirst,
      datePublished: '2025-06-14T09:30:00.000Z',
      dateModified: '2025-06-14T16:05:00.000Z',
      author: [{ '@type': 'Person', name: 'Chief Editor' }],
      image: [sampleArticle.hero!.src],
      inLanguage: 'en',
      mainEntityOfPage: { '@id': sampleArticle.url },
    });
  });

  it('passes className, id, other attributes and its ref to the header', () => {
    const header = expectForwardsToRoot(
      (rootProps) => (
        <ArticleHeader {...rootProps} headline="H" aria-label="Article header" title="tip" />
      ),
      'HEADER',
    );
    expect(header).toHaveAttribute('aria-label', 'Article header');
    expect(header).toHaveAttribute('title', 'tip');
  });

  it('has no axe violations: sample, right-to-left, hostile and dark', async () => {
    const { container } = renderWithProvider(
      <main>
        <article>
          <ArticleHeader {...sampleArticle} authors={authors} structuredData />
        </article>
        <article lang="ar" dir="rtl">
          <ArticleHeader {...rtlArticle} headingLevel={2} />
        </article>
        <article>
          <ArticleHeader {...hostileArticle} headingLevel={2} />
        </article>
        <article>
          <ArticleHeader {...hostileNoAuthors} headingLevel={2} />
        </article>
      </main>,
      { theme: darkTheme },
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('server-renders with no provider and static, logical styles', () => {
    const { html, styles } = renderToHtml(<ArticleHeader {...sampleArticle} structuredData />);
    expect(html).toContain('<header');
    // React 19 preloads eager images: only the hero, never the lazy avatar.
    expect(html.match(/<link rel="preload"/g) ?? []).toHaveLength(1);
    expect(html).toContain(`<h1 data-part="headline">${sampleArticle.headline}</h1>`);
    expect(html).toContain(
      '<time dateTime="2025-06-14T09:30:00.000Z">June 14, 2025 at 9:30 AM UTC',
    );
    expect(html).toContain('<script type="application/ld+json">');
    expect(styles).not.toMatch(/transition|animation/);
    expectResilientStyles(styles);
  });

  it('is presentational: no "use client" in its modules', () => {
    for (const file of ['ArticleHeader.tsx', 'index.ts']) {
      const source = readFileSync(`${process.cwd()}/src/components/ArticleHeader/${file}`, 'utf8');
      expect(source).not.toMatch(/^\s*['"]use client['"]/);
    }
  });

  it('hydrates server HTML with no warning, in German and with structured data', async () => {
    const container = await hydrateWithoutWarnings(
      <BroadsheetProvider locale="de" messages={german}>
        <ArticleHeader {...sampleArticle} authors={authors} structuredData />
      </BroadsheetProvider>,
    );
    expect(container.querySelector('h1')).toHaveTextContent(sampleArticle.headline);
    expect(container.querySelector('time')).toHaveTextContent('14. Juni 2025 um 09:30 UTC');
  });

  it('hydrates the hostile article with no warning', async () => {
    const container = await hydrateWithoutWarnings(<ArticleHeader {...hostileArticle} />);
    expect(container.querySelector('h1')).toHaveTextContent('</script><script>alert(1)</script>');
  });
});
