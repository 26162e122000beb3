import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  ArticleBody,
  BroadsheetProvider,
  Callout,
  NumberedTrendList,
  darkTheme,
  type ArticleBlock,
  type Block,
} from '../src';
import { hostileArticle, rtlArticle, sampleArticle } from '../samples';
import {
  axe,
  expectForwardsToRoot,
  expectResilientStyles,
  hydrateWithoutWarnings,
  renderToHtml,
  renderWithProvider,
} from './helpers';

const everyType: Block[] = [
  { type: 'paragraph', text: 'Opening paragraph.' },
  { type: 'heading', id: 'why-it-matters', text: 'Why it matters' },
  { type: 'callout', variant: 'tip', text: 'Read the briefing first.' },
  {
    type: 'trends',
    title: 'Trends',
    items: [{ title: 'Bilateral pacts', body: 'Two states, one promise.' }],
  },
  {
    type: 'faq',
    title: 'Questions',
    items: [{ question: 'Can Ukraine join later?', answer: 'Yes, the route stays open.' }],
  },
  { type: 'quote', text: 'We want commitments in writing.', cite: 'A negotiator' },
  {
    type: 'image',
    image: {
      src: 'https://images.example.com/room.jpg',
      srcSet: 'https://images.example.com/room-800.jpg 800w, /room-1600.jpg 1600w',
      sizes: '100vw',
      alt: 'A long table in a meeting room',
      width: 1200,
      height: 800,
      caption: 'The room where the talks are held.',
      credit: 'Photo Desk',
    },
  },
];

function allIds(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('[id]'), (element) => element.id);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('ArticleBody', () => {
  it('renders a paragraph and a section heading with its id', () => {
    render(<ArticleBody blocks={everyType} />);
    expect(screen.getByText('Opening paragraph.').tagName).toBe('P');
    expect(screen.getByRole('heading', { level: 2, name: 'Why it matters' })).toHaveAttribute(
      'id',
      'why-it-matters',
    );
  });

  it('renders a callout as a note named by its title', () => {
    render(<ArticleBody blocks={everyType} />);
    expect(screen.getByRole('note', { name: 'Pro tip' })).toHaveTextContent(
      'Read the briefing first.',
    );
  });

  it('draws its callouts and trend lists as plain markup that its own container styles', () => {
    const blocks: Block[] = [
      { type: 'callout', variant: 'tip', text: 'First box.' },
      { type: 'callout', variant: 'warning', text: 'Second box.' },
      { type: 'trends', title: 'Trends', items: [{ title: 'One', body: 'a' }] },
    ];
    const { html, styles } = renderToHtml(<ArticleBody blocks={blocks} />);
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    onTestFinished(() => container.remove());
    const notes = within(container).getAllByRole('note');
    expect(notes).toHaveLength(2);
    // No styled root of their own: the component's class name only, which the body's rules find.
    for (const note of notes) expect(note.getAttribute('class')).toBe('bs-callout');
    const trends = within(container).getByRole('list', { name: 'Trends' }).closest('section');
    expect(trends?.getAttribute('class')).toBe('bs-trends');
    // Their rules come with the body's, once, and no Callout or NumberedTrendList was rendered.
    expect(styles).toMatch(/>\[class='bs-callout'\]\[data-variant='warning'\]\{/);
    expect(styles).toMatch(/>\[class='bs-trends'\] \[data-part='number'\]\{/);
    expect(styles).not.toContain('id="bs-callout"');
    expect(styles).not.toContain('id="bs-trends"');
  });

  it('draws the same markup as Callout and NumberedTrendList, but for the root’s class', () => {
    const { container: body } = render(
      <ArticleBody
        blocks={[
          { type: 'heading', text: 'Section' },
          { type: 'callout', variant: 'didYouKnow', title: 'A fact', text: 'Some words.' },
          {
            type: 'trends',
            title: 'Trends',
            items: [{ id: 'one', title: 'One', body: ['a', 'b'] }],
          },
        ]}
      />,
    );
    const { container: own } = render(
      <>
        <Callout variant="didYouKnow" title="A fact">
          <p>Some words.</p>
        </Callout>
        <NumberedTrendList title="Trends" items={[{ id: 'one', title: 'One', body: ['a', 'b'] }]} />
      </>,
    );
    // Ids differ (each comes from its own useId), so each is replaced by its place.
    const shape = (root: Element) => {
      const ids = Array.from(root.querySelectorAll('[id]'), (element) => element.id);
      return root.innerHTML
        .replace(/ class="[^"]*"/g, '')
        .replace(/"([^"]*)"/g, (whole, value: string) =>
          ids.includes(value) ? `"#${ids.indexOf(value)}"` : whole,
        );
    };
    const inBody = body.firstElementChild!;
    inBody.firstElementChild!.remove();
    expect(shape(inBody)).toBe(shape(own));
  });

  it('hands renderBlock a Callout and a trend list that style themselves wherever they go', () => {
    const blocks: Block[] = [
      { type: 'callout', variant: 'tip', text: 'Wrapped box.' },
      { type: 'trends', title: 'Wrapped trends', items: [{ title: 'One', body: 'a' }] },
    ];
    const ui = (
      <ArticleBody
        blocks={blocks}
        renderBlock={(_block, _index, defaultRender) => (
          <div data-testid="wrap">{defaultRender()}</div>
        )}
      />
    );
    const { html, styles } = renderToHtml(ui);
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    onTestFinished(() => container.remove());
    const note = within(container).getByRole('note', { name: 'Pro tip' });
    const list = within(container)
      .getByRole('list', { name: 'Wrapped trends' })
      .closest('section')!;
    for (const root of [note, list]) {
      // A class of its own besides the component's, so the body's rules do not reach it.
      expect(root.classList.length).toBeGreaterThan(1);
    }
    expect(styles).toContain('id="bs-callout"');
    expect(styles).toContain('id="bs-trends"');
  });

  it('renders trends as a numbered list with the title at h2 and items at h3', () => {
    render(<ArticleBody blocks={everyType} />);
    const list = screen.getByRole('list', { name: 'Trends' });
    expect(list.tagName).toBe('OL');
    expect(screen.getByRole('heading', { level: 2, name: 'Trends' })).toBeInTheDocument();
    expect(
      within(list).getByRole('heading', { level: 3, name: 'Bilateral pacts' }),
    ).toBeInTheDocument();
  });

  it('renders an FAQ as an accordion that opens from the keyboard', async () => {
    const user = userEvent.setup();
    render(<ArticleBody blocks={everyType} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Questions' })).toBeInTheDocument();
    const question = screen.getByRole('button', { name: 'Can Ukraine join later?' });
    expect(question.closest('h3')).not.toBeNull();
    expect(question).toHaveAttribute('aria-expanded', 'false');
    question.focus();
    await user.keyboard('{Enter}');
    expect(question).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Yes, the route stays open.')).toBeVisible();
  });

  it('keeps an FAQ’s open answers when the blocks before it change', async () => {
    const user = userEvent.setup();
    const faq: Block = {
      type: 'faq',
      items: [
        { question: 'First?', answer: 'One.' },
        { question: 'Second?', answer: 'Two.' },
      ],
    };
    const intro: Block = { type: 'paragraph', text: 'An introduction.' };
    const { rerender } = render(<ArticleBody blocks={[intro, faq]} />);
    await user.click(screen.getByRole('button', { name: 'Second?' }));
    expect(screen.getByRole('button', { name: 'Second?' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    rerender(
      <ArticleBody
        blocks={[{ type: 'heading', text: 'New section' }, intro, { ...intro, text: 'More.' }, faq]}
      />,
    );
    expect(screen.getByRole('button', { name: 'Second?' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByRole('button', { name: 'First?' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('keys a block of the app’s own by its id only when the id is text or a number', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // From JSON: an id that cannot be turned into text.
    const odd = { type: 'video', id: { toString: 1 } } as unknown as ArticleBlock;
    expect(() =>
      render(<ArticleBody blocks={[odd, { type: 'paragraph', text: 'Text.' }]} />),
    ).not.toThrow();
    expect(screen.getByText('Text.')).toBeInTheDocument();
    warn.mockRestore();
  });

  it('renders a quote as a figure with a blockquote and a cite', () => {
    const { container } = render(<ArticleBody blocks={everyType} />);
    const quote = container.querySelector('blockquote');
    expect(quote).toHaveTextContent('We want commitments in writing.');
    expect(quote?.parentElement?.tagName).toBe('FIGURE');
    expect(quote?.parentElement?.querySelector('figcaption')).toHaveTextContent('— A negotiator');
  });

  it('renders an image as a figure that reserves its box and loads lazily', () => {
    render(<ArticleBody blocks={everyType} />);
    const image = screen.getByRole('img', { name: 'A long table in a meeting room' });
    expect(image).toHaveAttribute('src', 'https://images.example.com/room.jpg');
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('height', '800');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('decoding', 'async');
    expect(image).toHaveAttribute('sizes', '100vw');
    expect(image.getAttribute('srcset')).toContain('room-800.jpg 800w');
    const caption = image.closest('figure')?.querySelector('figcaption');
    expect(caption).toHaveTextContent('The room where the talks are held. Image: Photo Desk');
  });

  it('hands out every id of the body from one registry, unique across blocks', () => {
    const { container } = render(
      <ArticleBody
        blocks={[
          { type: 'heading', id: 'same', text: 'One' },
          { type: 'heading', text: 'Same' },
          {
            type: 'trends',
            items: [
              { id: 'same', title: 'A', body: 'a' },
              { title: 'Same', body: 'b' },
            ],
          },
          {
            type: 'faq',
            items: [
              { id: 'same', question: 'Q?', answer: 'x' },
              { question: 'Same', answer: 'y' },
            ],
          },
        ]}
      />,
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.id)).toEqual([
      'same',
      'same-2',
    ]);
    expect(screen.getAllByRole('listitem').map((item) => item.id)).toEqual(['same-3', 'same-4']);
    // Each question's item carries its id, so #same-5 opens the first question.
    expect(screen.getByRole('button', { name: 'Q?' }).closest('[id="same-5"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Same' }).closest('[id="same-6"]')).not.toBeNull();
    const ids = allIds(container);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps every id of the sample article unique, and the ones the sample names', () => {
    const { container } = render(<ArticleBody blocks={sampleArticle.body} />);
    const ids = allIds(container);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'why-security-guarantees-matter',
        'bilateral-guarantees',
        'can-ukraine-join-later',
      ]),
    );
  });

  it('moves every heading with headingLevel', () => {
    render(<ArticleBody blocks={everyType} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Why it matters' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Trends' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Bilateral pacts' })).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { level: 2 })).toHaveLength(0);
  });

  it('lifts untitled trends and questions to the section level before any heading, so no level is skipped', () => {
    render(
      <ArticleBody
        blocks={[
          { type: 'trends', items: [{ title: 'First trend', body: 'x' }] },
          { type: 'faq', items: [{ question: 'First question?', answer: 'y' }] },
          { type: 'heading', text: 'Section' },
          { type: 'trends', items: [{ title: 'Later trend', body: 'z' }] },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'First trend' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'First question?' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Later trend' })).toBeInTheDocument();
  });

  it('lets renderBlock override a type, wrap the default, hide a block or draw its own type', () => {
    const blocks: ArticleBlock[] = [
      { type: 'paragraph', text: 'Kept as it is.' },
      { type: 'quote', text: 'Replaced quote.' },
      { type: 'image', image: { src: '/a.jpg', alt: 'Wrapped picture' } },
      { type: 'paragraph', text: 'Hidden paragraph.' },
      { type: 'poll', question: 'Should Ukraine accept guarantees?' },
    ];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const renderBlock = vi.fn(
      (block: ArticleBlock, _index: number, defaultRender: () => React.ReactNode) => {
        if (block.type === 'quote') return <p data-testid="own-quote">Our quote</p>;
        if (block.type === 'image') return <div data-testid="wrapper">{defaultRender()}</div>;
        if (block.type === 'paragraph' && block.text === 'Hidden paragraph.') return null;
        if (block.type === 'poll') return <fieldset aria-label={String(block.question)} />;
        return undefined;
      },
    );
    render(<ArticleBody blocks={blocks} renderBlock={renderBlock} />);
    expect(screen.getByText('Kept as it is.')).toBeInTheDocument();
    expect(screen.getByTestId('own-quote')).toHaveTextContent('Our quote');
    expect(screen.queryByText('Replaced quote.')).toBeNull();
    expect(
      within(screen.getByTestId('wrapper')).getByRole('img', { name: 'Wrapped picture' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Hidden paragraph.')).toBeNull();
    expect(
      screen.getByRole('group', { name: 'Should Ukraine accept guarantees?' }),
    ).toBeInTheDocument();
    expect(renderBlock).toHaveBeenCalledWith(blocks[4], 4, expect.any(Function));
    // The app drew its own type, so there is nothing to warn about.
    expect(warn).not.toHaveBeenCalled();
  });

  it('renders nothing for an unknown block type and warns once per type in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const blocks = [
      { type: 'paragraph', text: 'Before.' },
      { type: 'carousel-once', slides: [] },
      { type: 'carousel-once', slides: [] },
      { type: 'map-once' },
      { type: 'paragraph', text: 'After.' },
    ] as ArticleBlock[];
    const { container, rerender } = render(<ArticleBody blocks={blocks} />);
    rerender(<ArticleBody blocks={[...blocks]} />);
    expect(container.firstElementChild?.children).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0][0])).toContain('"carousel-once"');
    expect(String(warn.mock.calls[1][0])).toContain('"map-once"');
  });

  it('stays silent about unknown blocks in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ArticleBody blocks={[{ type: 'never-seen-in-prod' }]} />);
    expect(container.firstElementChild).toBeEmptyDOMElement();
    expect(warn).not.toHaveBeenCalled();
  });

  it('renders nothing for malformed blocks and never crashes', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const malformed = [
      null,
      undefined,
      42,
      'text',
      {},
      { type: 'paragraph' },
      { type: 'paragraph', text: '   ' },
      { type: 'heading', id: 'lonely' },
      { type: 'callout', variant: 'tip' },
      { type: 'trends', title: 'No items' },
      { type: 'trends', title: 'Bad items', items: 'nope' },
      { type: 'trends', title: 'Untitled items', items: [{ body: 'x' }, null] },
      { type: 'faq', title: 'No questions', items: [{ answer: 'x' }] },
      { type: 'quote', cite: 'Nobody' },
      { type: 'image' },
      { type: 'image', image: { alt: 'no src' } },
      { type: 'image', image: { src: 'javascript:alert(1)', alt: 'bad' } },
    ] as unknown as ArticleBlock[];
    const { container } = render(<ArticleBody blocks={malformed} />);
    expect(container.firstElementChild).toBeEmptyDOMElement();
    expect(warn).not.toHaveBeenCalled();

    const { container: none } = render(<ArticleBody blocks={undefined as unknown as Block[]} />);
    expect(none.firstElementChild).toBeEmptyDOMElement();
  });

  it('keeps hostile data harmless: text as text, no unsafe link or source', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ArticleBody blocks={hostileArticle.body} />);
    expect(container.querySelector('script, b, svg:not([aria-hidden]), img')).toBeNull();
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(
      screen.getAllByRole('heading', { name: '</script><script>alert(1)</script>' }),
    ).toHaveLength(2);
    const html = container.innerHTML;
    expect(html).not.toMatch(/(?:href|src|srcset)="\s*(?:javascript|data):/i);
    const ids = allIds(container);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('drops a srcset with an unsafe candidate but keeps the safe src', () => {
    render(
      <ArticleBody
        blocks={[
          {
            type: 'image',
            image: {
              src: '/safe.jpg',
              srcSet: '/a.jpg 1x, data:image/png;base64,AAAA 2x',
              sizes: '50vw',
              alt: 'Safe picture',
            },
          },
        ]}
      />,
    );
    const image = screen.getByRole('img', { name: 'Safe picture' });
    expect(image).toHaveAttribute('src', '/safe.jpg');
    expect(image).not.toHaveAttribute('srcset');
    expect(image).not.toHaveAttribute('sizes');
  });

  it('passes className, id, other attributes and its ref to the root', () => {
    expectForwardsToRoot((rootProps) => <ArticleBody {...rootProps} blocks={everyType} />, 'DIV');
  });

  it('has no axe violations with the sample body, light or dark', async () => {
    const { container } = renderWithProvider(
      <main>
        <h1>{sampleArticle.headline}</h1>
        <ArticleBody blocks={[...sampleArticle.body, ...everyType.slice(5)]} />
      </main>,
      { theme: darkTheme },
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('reads right to left with the Arabic sample', () => {
    const { container } = renderWithProvider(<ArticleBody blocks={rtlArticle.body} />, {
      dir: 'rtl',
      lang: 'ar',
    });
    const body = within(container);
    expect(body.getByRole('heading', { level: 2, name: 'ماذا بعد؟' })).toHaveAttribute(
      'id',
      'looking-ahead',
    );
    expect(body.getByRole('list').closest('[dir]')).toHaveAttribute('dir', 'rtl');
    const image = body.getByRole('img', { name: /قاعة اجتماعات/ });
    expect(image.closest('figure')).toHaveTextContent(
      'القاعة التي تستضيف جولة المحادثات في برلين.',
    );
  });

  it('server-renders every block with logical-property styles and no provider', () => {
    const { html, styles } = renderToHtml(<ArticleBody blocks={everyType} />);
    expect(html).toContain('id="why-it-matters"');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('loading="lazy"');
    // Closed answers stay in the server HTML for search engines and find-in-page.
    expect(html).toContain('Yes, the route stays open.');
    expect(styles).toContain('border-inline-start');
    expectResilientStyles(styles);
  });

  it('hydrates the sample body with no warning', async () => {
    const container = await hydrateWithoutWarnings(
      <BroadsheetProvider>
        <ArticleBody blocks={sampleArticle.body} />
      </BroadsheetProvider>,
    );
    expect(container.querySelectorAll('h2').length).toBeGreaterThan(3);
  });
});
