import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Article, BroadsheetProvider, darkTheme, type Article as ArticleData } from '../src';
import { messages as german } from '../src/messages/de';
import {
  hostileArticle,
  hostileNoAuthors,
  minimalArticle,
  rtlArticle,
  sampleArticle,
  sampleClosing,
  sampleComments,
} from '../samples';
import {
  axe,
  expectForwardsToRoot,
  expectMotionOnlyWhenWelcome,
  expectResilientStyles,
  hydrateWithoutWarnings,
  renderToHtml,
  renderWithProvider,
} from './helpers';

/** Every heading level in document order, with any jump of more than one level down. */
function outline(root: ParentNode) {
  const levels = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'), (heading) =>
    Number(heading.tagName[1]),
  );
  const skips = levels.flatMap((level, index) =>
    level > (index === 0 ? 1 : levels[index - 1] + 1) ? [{ index, level }] : [],
  );
  return { levels, skips };
}

function duplicateIds(root: ParentNode): string[] {
  const ids = Array.from(root.querySelectorAll('[id]'), (element) => element.id);
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** Every URL the DOM would follow or load. */
function urls(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('[href], [src], [srcset], [action]')).flatMap((element) =>
    ['href', 'src', 'srcset', 'action'].flatMap((name) => element.getAttribute(name) ?? []),
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Article', () => {
  it('renders the sample as a whole page: header, body, closing and related links', () => {
    render(<Article article={sampleArticle} closing={sampleClosing} />);
    const page = screen.getByRole('article');
    expect(
      within(page).getByRole('heading', { level: 1, name: sampleArticle.headline }),
    ).toBeInTheDocument();
    expect(page).toHaveTextContent(sampleArticle.standfirst!);
    expect(
      within(page).getByRole('heading', { level: 2, name: /Why Security Guarantees Matter/ }),
    ).toHaveAttribute('id', 'why-security-guarantees-matter');
    expect(
      within(page).getByRole('heading', { level: 3, name: 'Bilateral Guarantees as a New Norm' }),
    ).toBeInTheDocument();
    expect(
      within(page).getByRole('button', { name: 'Can Ukraine still join NATO later?' }),
    ).toBeInTheDocument();
    const closing = within(page).getByRole('region', { name: sampleClosing.title });
    expect(closing).toHaveTextContent(sampleClosing.text);
    const related = within(page).getByRole('navigation', { name: 'You may also like' });
    expect(within(related).getAllByRole('link')).toHaveLength(4);
  });

  it('has no skipped heading level from the h1 down, on the sample and the RTL sample', () => {
    const { container } = render(
      <>
        <Article article={sampleArticle} closing={sampleClosing} />
        <Article article={rtlArticle} closing={sampleClosing} />
      </>,
    );
    const { levels, skips } = outline(container);
    expect(levels.filter((level) => level === 1)).toHaveLength(2);
    expect(levels).toContain(3);
    expect(skips).toEqual([]);
  });

  it('gives every element on the page a unique id, for the sample and the hostile article', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sample = render(<Article article={sampleArticle} closing={sampleClosing} />);
    expect(sample.container.querySelectorAll('[id]').length).toBeGreaterThan(20);
    expect(duplicateIds(sample.container)).toEqual([]);
    const hostile = render(<Article article={hostileArticle} closing={sampleClosing} />);
    expect(duplicateIds(hostile.container)).toEqual([]);
  });

  it('adds the newsletter sign-up and the comments after the related links when their handlers are given', () => {
    const onSubscribe = vi.fn(async () => ({ status: 'pending' as const }));
    const onCommentSubmit = vi.fn(async () => undefined);
    const { container } = render(
      <Article
        article={sampleArticle}
        closing={sampleClosing}
        comments={sampleComments}
        onCommentSubmit={onCommentSubmit}
        onSubscribe={onSubscribe}
        newsletterProps={{ list: 'weekly' }}
        commentBoxProps={{ maxDepth: 2 }}
      />,
    );
    const newsletter = screen.getByRole('region', { name: 'Sign up for our newsletter' });
    const comments = screen.getByRole('region', { name: 'Leave a comment' });
    const related = screen.getByRole('navigation', { name: 'You may also like' });
    // In the contract's order: related links, newsletter, comments.
    expect(
      related.compareDocumentPosition(newsletter) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      newsletter.compareDocumentPosition(comments) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(within(comments).getAllByRole('article').length).toBeGreaterThan(0);
    const { skips } = outline(container);
    expect(skips).toEqual([]);
    expect(duplicateIds(container)).toEqual([]);
  });

  it('shows neither the sign-up nor the comment box without their handlers, nor comments alone', () => {
    render(<Article article={sampleArticle} comments={sampleComments} />);
    expect(screen.queryByRole('region', { name: 'Sign up for our newsletter' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Leave a comment' })).toBeNull();
  });

  it('hands its locale, words and time zone to the comments and the sign-up', () => {
    render(
      <Article
        article={sampleArticle}
        comments={sampleComments}
        onCommentSubmit={async () => undefined}
        onSubscribe={async () => undefined}
        locale="de"
        messages={german}
        timeZone="Europe/Berlin"
      />,
    );
    expect(screen.getByRole('region', { name: german.newsletterTitle })).toBeInTheDocument();
    const comments = screen.getByRole('region', { name: german.commentsTitle });
    expect(within(comments).getAllByRole('article')[0].querySelector('time')).toHaveTextContent(
      /2025/,
    );
    expect(within(comments).getAllByRole('article')[0].querySelector('time')?.textContent).toMatch(
      /Juni/,
    );
  });

  it('has no axe violations and hydrates with no warning with the sign-up and the comments', async () => {
    const page = (
      <Article
        article={sampleArticle}
        comments={sampleComments}
        onCommentSubmit={async () => undefined}
        onSubscribe={async () => undefined}
      />
    );
    const { container, unmount } = render(page);
    expect(await axe(container)).toHaveNoViolations();
    unmount();
    const hydrated = await hydrateWithoutWarnings(page);
    expect(within(hydrated).getByRole('region', { name: 'Leave a comment' })).toBeInTheDocument();
    hydrated.remove();
  });

  it('writes every date on the page in the time zone it is given', () => {
    const { container } = render(
      <Article article={sampleArticle} timeZone="Europe/Berlin" locale="en-GB" />,
    );
    expect(container.querySelector('time')).toHaveTextContent('14 June 2025 at 11:30 CEST');
  });

  it('sets lang and dir on the root from the article’s language', () => {
    const { container } = render(
      <>
        <Article article={sampleArticle} />
        <Article article={rtlArticle} />
        <Article article={minimalArticle} />
      </>,
    );
    const [english, arabic, minimal] = container.querySelectorAll('article');
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveAttribute('dir', 'ltr');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    expect(minimal).not.toHaveAttribute('lang');
    expect(minimal).not.toHaveAttribute('dir');
  });

  it('titles the closing from the messages when it has none, and leaves it out with no text', () => {
    const { container, rerender } = render(
      <Article article={minimalArticle} closing={{ text: 'Tell us what you think.' }} />,
    );
    expect(screen.getByRole('region', { name: 'What’s your take?' })).toHaveTextContent(
      'Tell us what you think.',
    );
    rerender(<Article article={minimalArticle} closing={{ title: 'Over to you', text: '  ' }} />);
    expect(screen.queryByRole('region')).toBeNull();
    expect(container).not.toHaveTextContent('Over to you');
    rerender(<Article article={minimalArticle} />);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('ends the closing with the app’s action and links to the comments and sign-up shown', () => {
    const closing = { text: 'Tell us.', action: { label: 'Read the draft', href: '/draft' } };
    const { rerender } = render(
      <Article
        article={minimalArticle}
        closing={closing}
        onCommentSubmit={async () => undefined}
        onSubscribe={async () => undefined}
      />,
    );
    const region = () => screen.getByRole('region', { name: 'What’s your take?' });
    const links = within(region()).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Read the draft', '/draft'],
      ['Leave a comment', `#${screen.getByRole('region', { name: 'Leave a comment' }).id}`],
      [
        'Sign up for our newsletter',
        `#${screen.getByRole('region', { name: 'Sign up for our newsletter' }).id}`,
      ],
    ]);
    // An unsafe href leaves the action out; no comments and no sign-up, no links to them.
    rerender(
      <Article
        article={minimalArticle}
        closing={{ ...closing, action: { label: 'Run', href: 'javascript:alert(1)' } }}
      />,
    );
    expect(within(region()).queryAllByRole('link')).toEqual([]);
  });

  it('reads its own words from the provider', () => {
    renderWithProvider(
      <Article article={sampleArticle} closing={{ text: 'Sagen Sie uns Ihre Meinung.' }} />,
      {
        messages: { articleClosingTitle: 'Ihre Meinung?', articleRelatedTitle: 'Mehr zum Thema' },
      },
    );
    expect(screen.getByRole('region', { name: 'Ihre Meinung?' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Mehr zum Thema' })).toBeInTheDocument();
  });

  it('links related stories with their kicker and a decorative picture', () => {
    render(<Article article={sampleArticle} />);
    const related = screen.getByRole('navigation', { name: 'You may also like' });
    const list = within(related).getByRole('list');
    expect(list).toHaveAttribute('role', 'list');
    const first = within(list).getAllByRole('listitem')[0];
    expect(
      within(first).getByRole('link', { name: sampleArticle.related![0].title }),
    ).toHaveAttribute('href', sampleArticle.related![0].url);
    expect(first).toHaveTextContent('Analysis');
    const picture = first.querySelector('img');
    expect(picture).toHaveAttribute('alt', '');
    expect(picture).toHaveAttribute('src', sampleArticle.related![0].image!.src);
    expect(picture).toHaveAttribute('loading', 'lazy');
  });

  it('drops related links with unsafe URLs entirely, and shows no section with none left', () => {
    const article: ArticleData = {
      ...minimalArticle,
      related: [
        { title: 'Script', url: 'javascript:alert(1)' },
        { title: 'Data', url: 'data:text/html,hi' },
        { title: 'Relative', url: '/europe/next' },
        { title: '', url: 'https://news.example.com/untitled' },
      ],
    };
    const { rerender } = render(<Article article={article} />);
    const related = screen.getByRole('navigation', { name: 'You may also like' });
    expect(within(related).getAllByRole('listitem')).toHaveLength(1);
    expect(within(related).getByRole('link', { name: 'Relative' })).toHaveAttribute(
      'href',
      '/europe/next',
    );
    expect(screen.queryByText('Script')).toBeNull();
    expect(screen.queryByText('Data')).toBeNull();

    rerender(
      <Article article={{ ...minimalArticle, related: [{ title: 'Bad', url: 'vbscript:x' }] }} />,
    );
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('writes NewsArticle and FAQPage JSON-LD only when asked', () => {
    const { container, rerender } = render(<Article article={sampleArticle} />);
    expect(container.querySelector('script')).toBeNull();
    rerender(<Article article={sampleArticle} structuredData />);
    const data = Array.from(
      container.querySelectorAll('script[type="application/ld+json"]'),
      (script) => JSON.parse(script.textContent ?? ''),
    );
    expect(data.map((item) => item['@type'])).toEqual(['NewsArticle', 'FAQPage']);
    expect(data[0]).toMatchObject({
      headline: sampleArticle.headline,
      inLanguage: 'en',
      mainEntityOfPage: { '@id': sampleArticle.url },
    });
    expect(data[1].mainEntity).toHaveLength(5);
  });

  it('renders the minimal article with nothing missing showing', () => {
    render(<Article article={minimalArticle} />);
    const page = screen.getByRole('article');
    expect(within(page).getByRole('heading', { level: 1 })).toHaveTextContent(
      minimalArticle.headline,
    );
    expect(page).toHaveTextContent('Negotiators left Berlin');
    expect(within(page).queryByRole('navigation')).toBeNull();
    expect(within(page).queryByRole('img')).toBeNull();
  });

  it('passes className, id, other attributes and its ref to the article, never its data', () => {
    const root = expectForwardsToRoot(
      (rootProps) => (
        <Article
          {...rootProps}
          article={sampleArticle}
          comments={sampleComments}
          onCommentSubmit={async () => {}}
          onSubscribe={async () => {}}
        />
      ),
      'ARTICLE',
    );
    expect(root).not.toHaveAttribute('comments');
    expect(root).not.toHaveAttribute('article');
  });

  describe('with the hostile article', () => {
    it('warns once about its unknown block, and draws it nowhere', async () => {
      // A fresh copy of the modules, so no earlier test has used up the one warning.
      vi.resetModules();
      const fresh = await import('../src/components/Article');
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container, rerender } = render(<fresh.Article article={hostileArticle} />);
      rerender(<fresh.Article article={{ ...hostileArticle }} />);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toContain('"video"');
      expect(container.querySelector('video')).toBeNull();
      expect(container).not.toHaveTextContent('clip.mp4');
    });

    it.each([
      ['with an author', hostileArticle],
      ['with no authors', hostileNoAuthors],
    ])('renders %s with no unsafe URL and HTML-looking text as text', (_name, article) => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(
        <Article article={article} structuredData closing={sampleClosing} />,
      );
      for (const url of urls(container))
        expect(url).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      expect(container.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(
        0,
      );
      expect(container.querySelector('b, svg:not([aria-hidden]), [onerror]')).toBeNull();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        '</script><script>alert(1)</script>',
      );
      expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(1);
      const related = screen.getByRole('navigation', { name: 'You may also like' });
      expect(within(related).getAllByRole('link')).toHaveLength(1);
      expect(related.querySelector('img')).toBeNull();
      for (const script of container.querySelectorAll('script')) {
        expect(() => JSON.parse(script.textContent ?? '')).not.toThrow();
      }
    });

    it('server-renders with the headline kept inside its JSON-LD script', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { html } = renderToHtml(<Article article={hostileArticle} structuredData />);
      const scripts = html.match(/<script[^>]*>/g) ?? [];
      expect(scripts.every((tag) => tag.includes('application/ld+json'))).toBe(true);
      expect(html.match(/<script/g)?.length).toBe(html.match(/<\/script>/g)?.length);
      expect(html).not.toMatch(/(?:href|src|srcset)="\s*(?:javascript|data):/i);
    });
  });

  it('has no axe violations with the sample page, light', async () => {
    const { container } = renderWithProvider(
      <main>
        <Article article={sampleArticle} closing={sampleClosing} />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no axe violations with the right-to-left sample, dark', async () => {
    const { container } = renderWithProvider(
      <main>
        <Article article={rtlArticle} closing={sampleClosing} />
      </main>,
      { theme: darkTheme, dir: 'rtl', locale: 'ar' },
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('server-renders the page with its styles and no provider', () => {
    const { html, styles } = renderToHtml(
      <Article article={sampleArticle} closing={sampleClosing} />,
    );
    expect(html).toMatch(/<article[^>]*lang="en"[^>]*dir="ltr"/);
    expect(html).toContain(sampleArticle.headline);
    expect(html).toContain('You may also like');
    expectMotionOnlyWhenWelcome(styles);
    expectResilientStyles(styles);
  });

  it('hydrates the sample page with no warning', async () => {
    const container = await hydrateWithoutWarnings(
      <BroadsheetProvider>
        <Article article={sampleArticle} closing={sampleClosing} structuredData />
      </BroadsheetProvider>,
    );
    expect(container.querySelector('article h1')).toHaveTextContent(sampleArticle.headline);
  });

  it('hydrates the hostile article with no warning', async () => {
    const container = await hydrateWithoutWarnings(
      <BroadsheetProvider>
        <Article article={hostileArticle} closing={sampleClosing} structuredData />
      </BroadsheetProvider>,
    );
    expect(container.querySelector('article h1')).toHaveTextContent('</script>');
  });

  it('renders nothing, and does not crash, with no article at all', () => {
    const { container } = render(<Article article={null as unknown as ArticleData} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('hydrates the right-to-left sample with no warning', async () => {
    const container = await hydrateWithoutWarnings(
      <BroadsheetProvider locale="ar">
        <Article article={rtlArticle} closing={sampleClosing} />
      </BroadsheetProvider>,
    );
    expect(container.querySelector('article')).toHaveAttribute('dir', 'rtl');
  });
});
