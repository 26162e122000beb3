import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BroadsheetProvider, NumberedTrendList, darkTheme, type Trend } from '../src';
import {
  axe,
  expectForwardsToRoot,
  expectMotionOnlyWhenWelcome,
  expectResilientStyles,
  hydrateWithoutWarnings,
  renderToHtml,
  renderWithProvider,
} from './helpers';

const trends: Trend[] = [
  {
    title: 'Bilateral Guarantees as a New Norm',
    body: [
      'Pacts between two or a few states copy a collective-defence promise.',
      'They are quicker to agree than a full alliance.',
    ],
  },
  { id: 'track-two', title: 'Track-Two Talks', body: 'Informal channels help past deadlock.' },
  { title: 'Cyber Defences', body: 'Hybrid pressure continues under any guarantee.' },
];

function items() {
  return within(screen.getByRole('list')).getAllByRole('listitem');
}

describe('NumberedTrendList', () => {
  it('is an ordered list of titled trends one level below its title', () => {
    render(<NumberedTrendList title="Emerging trends" items={trends} />);
    const title = screen.getByRole('heading', { level: 2, name: 'Emerging trends' });
    const list = screen.getByRole('list', { name: 'Emerging trends' });
    expect(list.tagName).toBe('OL');
    // Styled without markers, so the role is spelled out for Safari.
    expect(list).toHaveAttribute('role', 'list');
    expect(list).toHaveAttribute('aria-labelledby', title.id);
    expect(items()).toHaveLength(3);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Bilateral Guarantees as a New Norm',
      'Track-Two Talks',
      'Cyber Defences',
    ]);
  });

  it('shows each trend’s paragraphs, one string or several', () => {
    render(<NumberedTrendList items={trends} />);
    const [first, second] = items();
    expect(within(first).getAllByText(/./, { selector: 'p' })).toHaveLength(2);
    expect(within(second).getByText('Informal channels help past deadlock.').tagName).toBe('P');
  });

  it('draws a visible number hidden from screen readers, so the number is heard once', () => {
    render(<NumberedTrendList items={trends} />);
    items().forEach((item, index) => {
      const number = item.querySelector('[aria-hidden="true"]');
      expect(number).toHaveTextContent(String(index + 1));
      // The heading's accessible name is the title alone, with no number in it.
      expect(within(item).getByRole('heading').textContent).toBe(trends[index].title);
    });
  });

  it('honours start on the list and in the visible numbers', () => {
    render(<NumberedTrendList items={trends} start={5} />);
    expect(screen.getByRole('list')).toHaveAttribute('start', '5');
    expect(items().map((item) => item.querySelector('[aria-hidden]')?.textContent)).toEqual([
      '5',
      '6',
      '7',
    ]);
  });

  it('gives each trend its own id or a slug of its title under the list’s id, unique within it', () => {
    render(
      <NumberedTrendList
        id="trends"
        items={[
          ...trends,
          { title: 'Cyber Defences', body: 'Again.' },
          { id: 'track-two', title: 'X', body: 'Y' },
        ]}
      />,
    );
    expect(items().map((item) => item.id)).toEqual([
      'trends-bilateral-guarantees-as-a-new-norm',
      'track-two',
      'trends-cyber-defences',
      'trends-cyber-defences-2',
      'track-two-2',
    ]);
  });

  it('makes no id twice with two lists of the same trends on one page', () => {
    const { container } = render(
      <>
        <NumberedTrendList items={trends.filter((trend) => !trend.id)} title="One" />
        <NumberedTrendList items={trends.filter((trend) => !trend.id)} title="Two" />
      </>,
    );
    const ids = Array.from(container.querySelectorAll('[id]'), (element) => element.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it('moves its headings with headingLevel and never past h6', () => {
    const { rerender } = render(
      <NumberedTrendList title="Trends" headingLevel={4} items={trends} />,
    );
    expect(screen.getByRole('heading', { level: 4, name: 'Trends' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 5 })).toHaveLength(3);

    rerender(<NumberedTrendList title="Trends" headingLevel={6} items={trends} />);
    expect(screen.getByRole('heading', { level: 6, name: 'Trends' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 6 })).toHaveLength(4);
  });

  it('has no title heading and an unnamed list when no title is given', () => {
    render(<NumberedTrendList items={trends} />);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    expect(screen.getByRole('list')).not.toHaveAttribute('aria-labelledby');
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });

  it('passes className, id, other attributes and its ref to the root', () => {
    expectForwardsToRoot(
      (rootProps) => <NumberedTrendList {...rootProps} items={trends} />,
      'SECTION',
    );
  });

  it('skips trends with no title, drops empty paragraphs and renders nothing with no trends', () => {
    const bad = [
      null,
      { title: '', body: 'no title' },
      { title: '   ', body: 'blank title' },
      { title: 'Kept', body: ['', 'One paragraph', '  '] },
      { body: 'missing title' },
    ] as unknown as Trend[];
    const { container, rerender } = render(<NumberedTrendList title="T" items={bad} />);
    expect(items()).toHaveLength(1);
    expect(within(items()[0]).getAllByText(/./, { selector: 'p' })).toHaveLength(1);

    rerender(<NumberedTrendList title="T" items={[]} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<NumberedTrendList title="T" items={undefined as unknown as Trend[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows text that looks like HTML as text', () => {
    const { container } = render(
      <NumberedTrendList
        title="<b>t</b>"
        items={[{ title: '<img src=x onerror=alert(1)>', body: '<script>alert(1)</script>' }]}
      />,
    );
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(
      screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
  });

  it('has no axe violations, light or dark', async () => {
    const { container } = renderWithProvider(
      <main>
        <h1>Page</h1>
        <NumberedTrendList title="Trends" items={trends} start={3} />
      </main>,
      { theme: darkTheme },
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('server-renders the list, its numbers and its styles with no provider', () => {
    const { html, styles } = renderToHtml(
      <NumberedTrendList id="list" title="Trends" items={trends} start={2} />,
    );
    expect(html).toMatch(/<ol[^>]*role="list"[^>]*start="2"|<ol[^>]*start="2"[^>]*role="list"/);
    expect(html).toContain('id="list-bilateral-guarantees-as-a-new-norm"');
    expect(html).toContain('<span data-part="number" aria-hidden="true">2</span>');
    expect(styles).toContain('list-style:none');
    expectMotionOnlyWhenWelcome(styles);
    expectResilientStyles(styles);
  });

  it('hydrates server HTML with no warning', async () => {
    const container = await hydrateWithoutWarnings(
      <BroadsheetProvider>
        <NumberedTrendList title="Trends" items={trends} />
      </BroadsheetProvider>,
    );
    expect(container.querySelectorAll('li')).toHaveLength(3);
  });

  it('reads right to left with Arabic titles and slugs', () => {
    const { container } = renderWithProvider(
      <NumberedTrendList
        id="t"
        title="اتجاهات"
        items={[{ title: 'الأمن السيبراني', body: 'نص عربي' }]}
      />,
      { dir: 'rtl', lang: 'ar' },
    );
    const list = within(container).getByRole('list', { name: 'اتجاهات' });
    expect(list.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(within(list).getByRole('listitem')).toHaveAttribute('id', 't-الامن-السيبراني');
  });
});
