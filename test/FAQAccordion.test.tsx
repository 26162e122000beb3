import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BroadsheetProvider,
  darkTheme,
  FAQAccordion,
  faqPageJsonLd,
  type FAQAccordionItem,
  type FAQItem,
} from '../src';
import { sampleArticle } from '../samples';
import {
  axe,
  expectForwardsToRoot,
  expectMotionOnlyWhenWelcome,
  expectResilientStyles,
  hydrateWithoutWarnings,
  renderToHtml,
  renderWithProvider,
} from './helpers';

const faqBlock = sampleArticle.body.find((block) => block.type === 'faq');
const sampleItems: FAQItem[] = faqBlock && faqBlock.type === 'faq' ? faqBlock.items : [];

const items: FAQAccordionItem[] = [
  { id: 'what', question: 'What is a guarantee?', answer: 'A promise of help.' },
  { question: 'Who signs it?', answer: ['Two or more states.', 'Sometimes more.'] },
  { id: 'locked', question: 'Is this one locked?', answer: 'Yes, it stays shut.', disabled: true },
  { id: 'when', question: 'When does it start?', answer: 'On signature.' },
];

function manyItems(count: number): FAQAccordionItem[] {
  return Array.from({ length: count }, (_, n) => ({
    question: `Question number ${n + 1}?`,
    answer: `Answer number ${n + 1}.`,
  }));
}

const question = (name: string) => screen.getByRole('button', { name });

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('FAQAccordion structure and ARIA', () => {
  it('renders each question as a level-3 heading holding a collapsed button tied to its answer', () => {
    render(<FAQAccordion items={sampleItems} />);
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(5);
    for (const [n, heading] of headings.entries()) {
      const button = within(heading).getByRole('button', { name: sampleItems[n].question });
      expect(button).toHaveAttribute('aria-expanded', 'false');
      const panel = document.getElementById(button.getAttribute('aria-controls')!);
      expect(panel).toHaveAttribute('data-part', 'answer');
      expect(panel).toHaveAttribute('hidden');
      expect(panel).not.toBeVisible();
      // Closed answers stay in the document.
      expect(panel).toHaveTextContent(toText(sampleItems[n].answer));
    }
  });

  it('opens and closes an answer on click, naming the state on the item', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={sampleItems} />);
    const button = question('Can Ukraine still join NATO later?');
    const item = button.closest('[data-part="item"]')!;
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(item).toHaveAttribute('data-state', 'closed');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(item).toHaveAttribute('data-state', 'open');
    expect(panel).toBeVisible();
    expect(panel).not.toHaveAttribute('hidden');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(item).toHaveAttribute('data-state', 'closed');
    expect(panel).toHaveAttribute('hidden');
  });

  it('makes no landmark of any answer, however many are open', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={items} showExpandAll />);
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(3);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('renders an answer given as paragraphs as one paragraph each, dropping empty ones', () => {
    render(
      <FAQAccordion
        items={[{ question: 'Why?', answer: ['First reason.', '  ', 'Second reason.'] }]}
        defaultValue={['why']}
      />,
    );
    const panel = document.getElementById(question('Why?').getAttribute('aria-controls')!)!;
    expect(Array.from(panel.querySelectorAll('p'), (p) => p.textContent)).toEqual([
      'First reason.',
      'Second reason.',
    ]);
  });

  it('takes headingLevel as the level of its title, with the questions one below', () => {
    const { unmount } = render(
      <FAQAccordion items={items} title="Questions and answers" headingLevel={3} />,
    );
    expect(
      screen.getByRole('heading', { level: 3, name: 'Questions and answers' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(4);
    unmount();
    // With no title the questions keep their level, so adding a title moves nothing.
    render(<FAQAccordion items={items} headingLevel={3} />);
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(4);
  });

  it('passes className, id, other attributes and its ref to the root', () => {
    expectForwardsToRoot((rootProps) => <FAQAccordion {...rootProps} items={items} />, 'DIV');
  });
});

describe('FAQAccordion keyboard', () => {
  it('toggles with Enter and with Space', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={items} />);
    const button = question('What is a guarantee?');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  // The WAI-ARIA accordion pattern has had no arrow, Home or End keys since 2026-04-29: a
  // reader who has just opened an answer uses them to scroll through it.
  it('leaves arrow, Home and End keys to the page', async () => {
    const user = userEvent.setup();
    const keys: { key: string; prevented: boolean }[] = [];
    const listen = (event: KeyboardEvent) =>
      keys.push({ key: event.key, prevented: event.defaultPrevented });
    document.addEventListener('keydown', listen);
    render(<FAQAccordion items={items} defaultValue={['what']} />);
    const button = question('What is a guarantee?');
    button.focus();
    await user.keyboard('{ArrowDown}{ArrowUp}{Home}{End}');
    document.removeEventListener('keydown', listen);
    expect(button).toHaveFocus();
    expect(keys.map((entry) => entry.key)).toEqual(['ArrowDown', 'ArrowUp', 'Home', 'End']);
    expect(keys.every((entry) => !entry.prevented)).toBe(true);
  });

  it('follows page order with Tab and skips disabled questions', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Before</button>
        <FAQAccordion items={items} defaultValue={['what']} />
        <button type="button">After</button>
      </>,
    );
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(question('What is a guarantee?')).toHaveFocus();
    await user.tab();
    expect(question('Who signs it?')).toHaveFocus();
    await user.tab();
    expect(question('When does it start?')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(question('When does it start?')).toHaveFocus();
  });

  it('works the same right to left', async () => {
    const user = userEvent.setup();
    renderWithProvider(
      <FAQAccordion
        items={[
          { question: 'ما المقصود بالضمانات؟', answer: 'تعهدات رسمية.' },
          { question: 'هل الباب مفتوح؟', answer: ['نعم.', 'إلى حين.'] },
        ]}
      />,
      { dir: 'rtl', lang: 'ar' },
    );
    const first = question('ما المقصود بالضمانات؟');
    expect(first.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await user.tab();
    await user.tab();
    expect(question('هل الباب مفتوح؟')).toHaveFocus();
    await user.keyboard('{Enter}');
    const panel = document.getElementById(
      question('هل الباب مفتوح؟').getAttribute('aria-controls')!,
    );
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent('نعم.إلى حين.');
  });
});

/** The answer a question's button controls. */
const answerOf = (name: string) =>
  document.getElementById(question(name).getAttribute('aria-controls')!)!;

describe('FAQAccordion state', () => {
  it('opens any number of answers in multiple mode', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={items} />);
    await user.click(question('What is a guarantee?'));
    await user.click(question('Who signs it?'));
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(2);
  });

  it('keeps at most one answer open in single mode, reporting one value or null', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<FAQAccordion type="single" items={items} onValueChange={onValueChange} />);
    await user.click(question('What is a guarantee?'));
    await user.click(question('Who signs it?'));
    expect(question('What is a guarantee?')).toHaveAttribute('aria-expanded', 'false');
    expect(question('Who signs it?')).toHaveAttribute('aria-expanded', 'true');
    expect(onValueChange).toHaveBeenLastCalledWith('who-signs-it');
    await user.click(question('Who signs it?'));
    expect(screen.queryByRole('button', { expanded: true })).toBeNull();
    expect(onValueChange).toHaveBeenLastCalledWith(null);
  });

  it('opens the items named in defaultValue, then keeps its own state', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<FAQAccordion items={items} defaultValue={['when']} onValueChange={onValueChange} />);
    expect(question('When does it start?')).toHaveAttribute('aria-expanded', 'true');
    expect(answerOf('When does it start?')).toHaveTextContent('On signature.');
    await user.click(question('What is a guarantee?'));
    expect(onValueChange).toHaveBeenCalledWith(['when', 'what']);
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(2);
  });

  it('in controlled mode shows exactly `value` and obeys a parent that refuses a change', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(
      <FAQAccordion items={items} value={[]} onValueChange={onValueChange} />,
    );
    // The parent never passes the change back: each click asks again to open, never to close.
    await user.click(question('Who signs it?'));
    await user.click(question('Who signs it?'));
    expect(onValueChange.mock.calls).toEqual([[['who-signs-it']], [['who-signs-it']]]);
    expect(question('Who signs it?')).toHaveAttribute('aria-expanded', 'false');

    rerender(<FAQAccordion items={items} value={['when']} onValueChange={onValueChange} />);
    expect(question('When does it start?')).toHaveAttribute('aria-expanded', 'true');
    await user.click(question('What is a guarantee?'));
    expect(onValueChange).toHaveBeenLastCalledWith(['when', 'what']);
    expect(question('What is a guarantee?')).toHaveAttribute('aria-expanded', 'false');
  });

  it('obeys a refusing parent in single mode too', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<FAQAccordion type="single" items={items} value={null} onValueChange={onValueChange} />);
    await user.click(question('Who signs it?'));
    await user.click(question('Who signs it?'));
    expect(onValueChange.mock.calls).toEqual([['who-signs-it'], ['who-signs-it']]);
  });

  it('works with an app that keeps the state', async () => {
    const user = userEvent.setup();
    function App() {
      const [open, setOpen] = useState<string[]>([]);
      return (
        <>
          <p data-testid="open">{open.join(',')}</p>
          <FAQAccordion items={items} value={open} onValueChange={setOpen} />
        </>
      );
    }
    render(<App />);
    await user.click(question('When does it start?'));
    await user.click(question('What is a guarantee?'));
    expect(screen.getByTestId('open')).toHaveTextContent('when,what');
    await user.click(question('When does it start?'));
    expect(screen.getByTestId('open')).toHaveTextContent(/^what$/);
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(1);
  });

  it('does not open or close a disabled item', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <FAQAccordion
        items={[
          ...items,
          { id: 'fixed', question: 'Always open?', answer: 'Always.', disabled: true },
        ]}
        defaultValue={['fixed']}
        onValueChange={onValueChange}
      />,
    );
    const locked = question('Is this one locked?');
    expect(locked).toBeDisabled();
    await user.click(locked);
    expect(locked).toHaveAttribute('aria-expanded', 'false');
    const fixed = question('Always open?');
    await user.click(fixed);
    expect(fixed).toHaveAttribute('aria-expanded', 'true');
    expect(onValueChange).not.toHaveBeenCalled();
  });
});

describe('FAQAccordion expand all', () => {
  it('opens every enabled answer, then closes them again, with words from the messages', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={items} showExpandAll />);
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(3);
    expect(question('Is this one locked?')).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(screen.queryByRole('button', { expanded: true })).toBeNull();
    expect(screen.getByRole('button', { name: 'Expand all' })).toBeInTheDocument();
  });

  it('says "Collapse all" once the reader has opened every answer by hand', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={items.slice(0, 2)} showExpandAll />);
    await user.click(question('What is a guarantee?'));
    expect(screen.getByRole('button', { name: 'Expand all' })).toBeInTheDocument();
    await user.click(question('Who signs it?'));
    expect(screen.getByRole('button', { name: 'Collapse all' })).toBeInTheDocument();
  });

  it('reads its words from the provider and is not offered in single mode', () => {
    const { unmount } = renderWithProvider(<FAQAccordion items={items} showExpandAll />, {
      messages: { faqExpandAll: 'Alle öffnen' },
    });
    expect(screen.getByRole('button', { name: 'Alle öffnen' })).toBeInTheDocument();
    unmount();
    render(<FAQAccordion type="single" items={items} showExpandAll />);
    expect(screen.queryByRole('button', { name: 'Expand all' })).toBeNull();
  });
});

describe('FAQAccordion hidden="until-found"', () => {
  it('writes hidden="until-found" on closed answers in the server HTML', () => {
    const { html } = renderToHtml(<FAQAccordion items={items} defaultValue={['what']} />);
    expect(html.match(/<bs-panel[^>]* hidden="until-found"/g)).toHaveLength(3);
    expect(html).not.toMatch(/hidden=""/);
  });

  it('opens an item when find-in-page reveals its answer (beforematch)', () => {
    const onValueChange = vi.fn();
    render(<FAQAccordion items={sampleItems} onValueChange={onValueChange} />);
    const button = question('Why is Jared Kushner taking part in the talks?');
    const panel = answerOf('Why is Jared Kushner taking part in the talks?');
    // What the browser does when find-in-page matches text in the closed answer.
    act(() => {
      panel.removeAttribute('hidden');
      panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel).not.toHaveAttribute('hidden');
    expect(onValueChange).toHaveBeenCalledWith(['why-kushner']);
  });

  it('hides an answer again when it closes', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={items} defaultValue={['what']} />);
    const panel = answerOf('What is a guarantee?');
    expect(panel).not.toHaveAttribute('hidden');
    await user.click(question('What is a guarantee?'));
    expect(panel).toHaveAttribute('hidden');
    expect(panel).not.toBeVisible();
  });

  it('with scripting off shows each question as plain text, not a collapsed button', () => {
    const { html, styles } = renderToHtml(<FAQAccordion items={items} />);
    const scriptingOff = styles.slice(styles.search(/@media \(scripting:\s*none\)/));
    expect(scriptingOff).toMatch(/\[data-part='trigger'\][^{]*\{display:none/);
    expect(scriptingOff).toMatch(/\[data-part='question-text'\]\{display:block/);
    expect(scriptingOff).toMatch(/\[data-part='answer'\]\[hidden\]\{display:block/);
    // Each question is written twice: the button, and the text that stands in for it.
    expect(html.match(/What is a guarantee\?/g)).toHaveLength(2);
    expect(html).toMatch(/<span data-part="question-text">What is a guarantee\?<\/span>/);
  });
});

describe('FAQAccordion deep links', () => {
  beforeEach(() => {
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(() => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it('opens the item named by the hash on load and scrolls to it', async () => {
    window.history.replaceState(null, '', '#can-ukraine-join-later');
    render(<FAQAccordion items={sampleItems} />);
    const button = question('Can Ukraine still join NATO later?');
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    const item = document.getElementById('can-ukraine-join-later')!;
    expect(item).toContainElement(button);
    await waitFor(() => expect(Element.prototype.scrollIntoView).toHaveBeenCalled());
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts[0]).toBe(item);
  });

  it('opens an item when the hash changes later, including a slug of a question', async () => {
    render(<FAQAccordion items={items} />);
    expect(question('Who signs it?')).toHaveAttribute('aria-expanded', 'false');
    act(() => {
      window.history.replaceState(null, '', '#who-signs-it');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(question('Who signs it?')).toHaveAttribute('aria-expanded', 'true'));
  });

  it('ignores a hash that names no item or a disabled one', async () => {
    window.history.replaceState(null, '', '#locked');
    const onValueChange = vi.fn();
    render(<FAQAccordion items={items} onValueChange={onValueChange} />);
    act(() => {
      window.history.replaceState(null, '', '#nothing-here');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onValueChange).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { expanded: true })).toBeNull();
  });

  it('writes the opened item into the hash when asked, and only then', async () => {
    const user = userEvent.setup();
    const replace = vi.spyOn(window.history, 'replaceState');
    const { unmount } = render(<FAQAccordion items={items} />);
    await user.click(question('When does it start?'));
    expect(replace).not.toHaveBeenCalled();
    unmount();

    render(<FAQAccordion items={items} updateHash />);
    await user.click(question('Who signs it?'));
    expect(window.location.hash).toBe('#who-signs-it');
    await user.click(question('Who signs it?'));
    expect(window.location.hash).toBe('#who-signs-it');
    expect(replace).toHaveBeenCalledTimes(1);
  });
});

describe('FAQAccordion bad input', () => {
  it('renders nothing with no items, whatever stands where the list should be', () => {
    for (const items of [[], null, 'questions', { length: 2 }, 42]) {
      const again = render(
        <FAQAccordion items={items as unknown as FAQItem[]} title="Questions" structuredData />,
      );
      expect(again.container).toBeEmptyDOMElement();
      again.unmount();
    }
  });

  it('gives duplicate ids and questions unique values and DOM ids', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const list = [
      { question: 'Same question?', answer: 'One.' },
      { question: 'Same question?', answer: 'Two.' },
      { id: 'x', question: 'First x', answer: 'Three.' },
      { id: 'x', question: 'Second x', answer: 'Four.' },
      { id: 'has space', question: 'Spaced', answer: 'Five.' },
    ];
    const { container } = render(
      <FAQAccordion items={list} id="faq" onValueChange={onValueChange} showExpandAll />,
    );
    const ids = Array.from(container.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Given ids are written as given, so they can be linked; made ones take the root's id.
    expect(ids).toEqual(
      expect.arrayContaining(['faq-same-question', 'faq-same-question-2', 'x', 'x-2', 'has-space']),
    );
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(onValueChange).toHaveBeenLastCalledWith([
      'same-question',
      'same-question-2',
      'x',
      'x-2',
      'has-space',
    ]);
  });

  it('keeps a given id as written when a made one would take it', () => {
    const { container } = render(
      <FAQAccordion
        id="x"
        items={[
          { question: 'q', answer: 'One.' },
          { id: 'x-q', question: 'r', answer: 'Two.' },
        ]}
      />,
    );
    const ids = Array.from(container.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['x', 'x-q', 'x-q-2']));
  });

  it('makes no DOM id twice with two accordions of the same questions on one page', () => {
    const { container } = render(
      <>
        <FAQAccordion items={items.filter((item) => !item.id)} />
        <FAQAccordion items={items.filter((item) => !item.id)} />
      </>,
    );
    const ids = Array.from(container.querySelectorAll('[id]'), (element) => element.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const button of screen.getAllByRole('button')) {
      expect(
        container.querySelectorAll(`[id="${CSS.escape(button.getAttribute('aria-controls')!)}"]`),
      ).toHaveLength(1);
    }
  });

  it('skips items without a question and shows data as text, never as HTML', () => {
    const { container } = render(
      <FAQAccordion
        items={[
          { question: '   ', answer: 'Lost.' },
          null as unknown as FAQItem,
          { question: '<img src=x onerror=alert(1)>', answer: ['<b>bold</b>'] },
        ]}
        defaultValue={['img-src-x-onerror-alert-1']}
      />,
    );
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(container.querySelector('img, b')).toBeNull();
    expect(answerOf('<img src=x onerror=alert(1)>')).toHaveTextContent('<b>bold</b>');
  });

  // How fast it stays is measured by `npm run bench`; here, that it still works at that size.
  it('works by keyboard and pointer with thousands of items', async () => {
    const user = userEvent.setup();
    const { container } = render(<FAQAccordion items={manyItems(2000)} showExpandAll />);
    // Role queries over 2,000 items are slow in jsdom, so this test reaches the buttons directly.
    const buttons = container.querySelectorAll<HTMLButtonElement>('[data-part="trigger"]');
    expect(buttons).toHaveLength(2000);
    buttons[1998].focus();
    await user.keyboard('{Enter}');
    expect(buttons[1998]).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(container.querySelector('button')!);
    expect(buttons[1]).toHaveAttribute('aria-expanded', 'true');
    expect(container.querySelector('button')).toHaveTextContent('Collapse all');
  }, 60_000);
});

describe('FAQAccordion structured data, axe, server and hydration', () => {
  it('writes FAQPage JSON-LD only when asked', () => {
    const { container, unmount } = render(<FAQAccordion items={sampleItems} />);
    expect(container.querySelector('script')).toBeNull();
    unmount();
    const withData = render(<FAQAccordion items={sampleItems} structuredData />);
    const script = withData.container.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script!.textContent!)).toEqual(faqPageJsonLd(sampleItems));
  });

  it('has no axe violations closed, open, single and dark', async () => {
    const closed = render(
      <main>
        <FAQAccordion items={items} title="Questions" showExpandAll />
      </main>,
    );
    expect(await axe(closed.container)).toHaveNoViolations();
    closed.unmount();

    const open = renderWithProvider(
      <main>
        <FAQAccordion items={items} title="Questions" defaultValue={['what', 'when', 'locked']} />
        <FAQAccordion items={manyItems(8)} defaultValue={['question-number-2']} />
        <FAQAccordion type="single" items={sampleItems} defaultValue="why-kushner" />
      </main>,
      { theme: darkTheme },
    );
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(5);
    expect(await axe(open.container)).toHaveNoViolations();
  });

  it('server-renders every question and answer, closed ones included, with its styles', () => {
    const { html, styles } = renderToHtml(
      <FAQAccordion items={sampleItems} title="FAQ" structuredData />,
    );
    for (const item of sampleItems) {
      expect(html).toContain(escapeHtml(item.question));
      expect(html).toContain(escapeHtml(toText(item.answer)));
    }
    expect(html.match(/aria-expanded="false"/g)).toHaveLength(5);
    expect(html.match(/ hidden="until-found"/g)).toHaveLength(5);
    expect(html).toContain('application/ld+json');
    expect(styles).toMatch(/scripting:\s*none/);
    const motion = expectMotionOnlyWhenWelcome(styles);
    expect(motion).toContain('interpolate-size:allow-keywords');
    expect(motion).toMatch(/transition:all [^;]*allow-discrete/);
    expect(motion).toContain('@starting-style');
    // Its frame is borders and an outline, which forced colours keep; disabled questions take
    // the browser's GrayText there. It needs no forced-colours rule of its own.
    expectResilientStyles(styles, { forcedColors: false });
    expect(styles).not.toMatch(/background(-color)?:(?!none)|box-shadow:(?!0 0 0 var\(--bs-focus)/);
  });

  it('hydrates server HTML with no warning, keeps until-found on closed answers, and works', async () => {
    const container = await hydrateWithoutWarnings(
      <BroadsheetProvider>
        <FAQAccordion
          items={sampleItems}
          defaultValue={['why-kushner']}
          structuredData
          showExpandAll
        />
      </BroadsheetProvider>,
    );
    const panels = Array.from(container.querySelectorAll('[data-part="trigger"]'), (button) =>
      document.getElementById(button.getAttribute('aria-controls')!),
    );
    expect(panels.map((panel) => panel!.getAttribute('hidden'))).toEqual([
      'until-found',
      'until-found',
      null,
      'until-found',
      'until-found',
    ]);
    const button = within(container).getByRole('button', {
      name: 'Can Ukraine still join NATO later?',
    });
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panels[1]).not.toHaveAttribute('hidden');
    container.remove();
  });
});

function toText(answer: string | string[]): string {
  return typeof answer === 'string' ? answer : answer.join('');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
