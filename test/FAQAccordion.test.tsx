import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BroadsheetProvider,
  darkTheme,
  defaultMessages,
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

/** Makes sure the support check passes, as in Chromium (jsdom 29 already has the handler). */
function withUntilFound() {
  (document.body as unknown as { onbeforematch: unknown }).onbeforematch = null;
}

const beforeMatchDescriptor = Object.getOwnPropertyDescriptor(
  HTMLElement.prototype,
  'onbeforematch',
);

/** Takes the beforematch handler away, as in a browser without hidden="until-found". */
function withoutUntilFound() {
  delete (HTMLElement.prototype as Partial<HTMLElement>).onbeforematch;
}

afterEach(() => {
  delete (document.body as unknown as { onbeforematch?: unknown }).onbeforematch;
  if (beforeMatchDescriptor)
    Object.defineProperty(HTMLElement.prototype, 'onbeforematch', beforeMatchDescriptor);
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('FAQAccordion structure and ARIA', () => {
  it('renders each question as a level-3 heading holding only a collapsed button tied to its panel', () => {
    render(<FAQAccordion items={sampleItems} />);
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(5);
    for (const [n, heading] of headings.entries()) {
      expect(heading.children).toHaveLength(1);
      const button = within(heading).getByRole('button', { name: sampleItems[n].question });
      expect(button).toHaveAttribute('aria-expanded', 'false');
      const panel = document.getElementById(button.getAttribute('aria-controls')!);
      expect(panel).not.toBeNull();
      expect(panel).toHaveAttribute('hidden');
      expect(panel).not.toBeVisible();
      // A closed panel is no landmark: with until-found it still has a box.
      expect(panel).not.toHaveAttribute('role');
      // Closed answers stay in the document.
      expect(panel).toHaveTextContent(toText(sampleItems[n].answer));
    }
  });

  it('opens and closes an answer on click; the open panel is a region named by its question', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={sampleItems} />);
    const button = question('Can Ukraine still join NATO later?');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: 'Can Ukraine still join NATO later?' });
    expect(region).toBeVisible();
    expect(region).not.toHaveAttribute('hidden');
    expect(region.id).toBe(button.getAttribute('aria-controls'));
    expect(region).toHaveAttribute('aria-labelledby', button.id);

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(region).toHaveAttribute('hidden');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('gives panels the region role only while six or fewer can be open at once', () => {
    const { unmount } = render(
      <FAQAccordion items={manyItems(6)} defaultValue={['question-number-1']} />,
    );
    expect(screen.getByRole('region', { name: 'Question number 1?' })).toBeInTheDocument();
    unmount();

    const seven = render(
      <FAQAccordion items={manyItems(7)} defaultValue={['question-number-1']} />,
    );
    const button = question('Question number 1?');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel).toBeVisible();
    expect(panel).not.toHaveAttribute('role');
    expect(panel).not.toHaveAttribute('aria-labelledby');
    seven.unmount();

    // In single mode only one panel can ever be open, so any number of items keeps regions.
    render(
      <FAQAccordion type="single" items={manyItems(20)} defaultValue={['question-number-3']} />,
    );
    expect(screen.getByRole('region', { name: 'Question number 3?' })).toBeVisible();
  });

  it('renders an answer given as paragraphs as one paragraph each, dropping empty ones', () => {
    render(
      <FAQAccordion
        items={[{ question: 'Why?', answer: ['First reason.', '  ', 'Second reason.'] }]}
        defaultValue={['why']}
      />,
    );
    const region = screen.getByRole('region', { name: 'Why?' });
    const paragraphs = region.querySelectorAll('p');
    expect(Array.from(paragraphs, (p) => p.textContent)).toEqual([
      'First reason.',
      'Second reason.',
    ]);
  });

  it('takes another heading level for the questions, and shows a title one level above them', () => {
    render(<FAQAccordion items={items} title="Questions and answers" headingLevel={4} />);
    expect(
      screen.getByRole('heading', { level: 3, name: 'Questions and answers' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(4);
  });

  it('shows no title unless given one, and takes a title level of its own', () => {
    const { unmount } = render(<FAQAccordion items={items} />);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    unmount();
    render(<FAQAccordion items={items} title="FAQ" titleHeadingLevel={2} headingLevel={5} />);
    expect(screen.getByRole('heading', { level: 2, name: 'FAQ' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 5 })).toHaveLength(4);
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

  it('moves with Down and Up between enabled questions, wrapping at both ends', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={items} />);
    question('What is a guarantee?').focus();
    await user.keyboard('{ArrowDown}');
    expect(question('Who signs it?')).toHaveFocus();
    // The disabled question is skipped.
    await user.keyboard('{ArrowDown}');
    expect(question('When does it start?')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(question('What is a guarantee?')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(question('When does it start?')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(question('Who signs it?')).toHaveFocus();
  });

  it('goes to the first question with Home and the last with End', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={items} />);
    question('Who signs it?').focus();
    await user.keyboard('{End}');
    expect(question('When does it start?')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(question('What is a guarantee?')).toHaveFocus();
  });

  it('lands only on questions, whatever the title and the Expand all control hold', async () => {
    const user = userEvent.setup();
    render(
      <FAQAccordion
        items={items}
        showExpandAll
        title={
          <span>
            <button type="button">About these answers</button>
          </span>
        }
      />,
    );
    question('Who signs it?').focus();
    await user.keyboard('{Home}');
    expect(question('What is a guarantee?')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(question('When does it start?')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(question('What is a guarantee?')).toHaveFocus();
    await user.keyboard('{End}');
    expect(question('When does it start?')).toHaveFocus();
  });

  it('leaves arrow keys alone outside the questions and with modifier keys', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={items} showExpandAll />);
    const expand = screen.getByRole('button', { name: defaultMessages.faqExpandAll });
    expand.focus();
    await user.keyboard('{ArrowDown}');
    expect(expand).toHaveFocus();
    question('Who signs it?').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(question('Who signs it?')).toHaveFocus();
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
    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(question('هل الباب مفتوح؟')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'هل الباب مفتوح؟' })).toHaveTextContent(
      'نعم.إلى حين.',
    );
  });
});

describe('FAQAccordion state', () => {
  it('opens any number of answers in multiple mode', async () => {
    const user = userEvent.setup();
    render(<FAQAccordion items={items} />);
    await user.click(question('What is a guarantee?'));
    await user.click(question('Who signs it?'));
    expect(screen.getAllByRole('region')).toHaveLength(2);
  });

  it('keeps at most one answer open in single mode, and closes it on a second click', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<FAQAccordion type="single" items={items} onValueChange={onValueChange} />);
    await user.click(question('What is a guarantee?'));
    await user.click(question('Who signs it?'));
    expect(question('What is a guarantee?')).toHaveAttribute('aria-expanded', 'false');
    expect(question('Who signs it?')).toHaveAttribute('aria-expanded', 'true');
    expect(onValueChange).toHaveBeenLastCalledWith(['who-signs-it']);
    await user.click(question('Who signs it?'));
    expect(screen.queryByRole('region')).toBeNull();
    expect(onValueChange).toHaveBeenLastCalledWith([]);
  });

  it('opens the items named in defaultValue, then keeps its own state', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<FAQAccordion items={items} defaultValue={['when']} onValueChange={onValueChange} />);
    expect(question('When does it start?')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'When does it start?' })).toHaveTextContent(
      'On signature.',
    );
    await user.click(question('What is a guarantee?'));
    expect(onValueChange).toHaveBeenCalledWith(['when', 'what']);
    expect(screen.getAllByRole('region')).toHaveLength(2);
  });

  it('in controlled mode shows exactly `value` and reports changes through onValueChange', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(
      <FAQAccordion items={items} value={['what']} onValueChange={onValueChange} />,
    );
    await user.click(question('Who signs it?'));
    expect(onValueChange).toHaveBeenCalledWith(['what', 'who-signs-it']);
    // The app did not accept the change, so nothing moved.
    expect(question('Who signs it?')).toHaveAttribute('aria-expanded', 'false');
    expect(question('What is a guarantee?')).toHaveAttribute('aria-expanded', 'true');

    rerender(<FAQAccordion items={items} value={['when']} onValueChange={onValueChange} />);
    expect(question('What is a guarantee?')).toHaveAttribute('aria-expanded', 'false');
    expect(question('When does it start?')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'When does it start?' })).toBeVisible();
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
    expect(screen.getAllByRole('region')).toHaveLength(1);
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
    expect(screen.getAllByRole('region')).toHaveLength(3);
    expect(question('Is this one locked?')).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(screen.queryByRole('region')).toBeNull();
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
  it('marks closed panels until-found where the browser supports it, and opens an item on beforematch', () => {
    withUntilFound();
    const onValueChange = vi.fn();
    render(<FAQAccordion items={sampleItems} onValueChange={onValueChange} />);
    const button = question('Why is Jared Kushner taking part in the talks?');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel).toHaveAttribute('hidden', 'until-found');

    // What the browser does when find-in-page matches text in the closed answer.
    act(() => {
      panel.removeAttribute('hidden');
      panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel).not.toHaveAttribute('hidden');
    expect(onValueChange).toHaveBeenCalledWith(['why-kushner']);
  });

  it('keeps until-found on closed panels through later renders', async () => {
    withUntilFound();
    const user = userEvent.setup();
    const { rerender } = render(
      <FAQAccordion items={sampleItems} defaultValue={['cyber-threats']} />,
    );
    const cyber = question('How would new security guarantees deal with cyber threats?');
    const cyberPanel = document.getElementById(cyber.getAttribute('aria-controls')!)!;
    expect(cyberPanel).not.toHaveAttribute('hidden');

    await user.click(cyber);
    expect(cyberPanel).toHaveAttribute('hidden', 'until-found');
    await user.click(question('Can Ukraine still join NATO later?'));
    await user.click(question('Can Ukraine still join NATO later?'));
    rerender(<FAQAccordion items={[...sampleItems]} title="Again" />);
    for (const button of screen.getAllByRole('button')) {
      const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel).toHaveAttribute('hidden', 'until-found');
    }
  });

  it('uses plain hidden where until-found is not supported', async () => {
    withoutUntilFound();
    expect('onbeforematch' in document.body).toBe(false);
    const user = userEvent.setup();
    render(<FAQAccordion items={items} defaultValue={['what']} />);
    const button = question('What is a guarantee?');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    await user.click(button);
    expect(panel).toHaveAttribute('hidden', '');
    expect(panel).not.toBeVisible();
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
    // The question is scrolled to: the top of its item, less the item's border.
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts[0]).toBe(button);
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
    expect(screen.queryByRole('region')).toBeNull();
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
  it('renders nothing with no items, and the title alone when one is given', () => {
    const { container, unmount } = render(<FAQAccordion items={[]} />);
    expect(container).toBeEmptyDOMElement();
    unmount();
    // Data from outside may hold anything where the list should be.
    for (const items of [null, 'questions', { length: 2 }, 42]) {
      const again = render(<FAQAccordion items={items as unknown as FAQItem[]} structuredData />);
      expect(again.container).toBeEmptyDOMElement();
      again.unmount();
    }
    render(<FAQAccordion items={[]} title="Questions" structuredData showExpandAll />);
    expect(screen.getByRole('heading', { name: 'Questions' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
  });

  it('gives duplicate ids and questions unique DOM ids', () => {
    const { container } = render(
      <FAQAccordion
        items={[
          { question: 'Same question?', answer: 'One.' },
          { question: 'Same question?', answer: 'Two.' },
          { id: 'x', question: 'First x', answer: 'Three.' },
          { id: 'x', question: 'Second x', answer: 'Four.' },
          { id: 'has space', question: 'Spaced', answer: 'Five.' },
        ]}
      />,
    );
    const ids = Array.from(container.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['same-question', 'same-question-2', 'x', 'x-2', 'has-space']),
    );
    for (const button of screen.getAllByRole('button')) {
      expect(
        container.querySelectorAll(`[id="${button.getAttribute('aria-controls')}"]`),
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
    expect(screen.getByRole('region', { name: '<img src=x onerror=alert(1)>' })).toHaveTextContent(
      '<b>bold</b>',
    );
  });

  // How fast it stays is measured by `npm run bench`; here, that it still works at that size.
  it('works by keyboard and pointer with thousands of items', async () => {
    const user = userEvent.setup();
    const { container } = render(<FAQAccordion items={manyItems(2000)} showExpandAll />);
    // Role queries over 2,000 items are slow in jsdom, so this test reaches the buttons directly.
    const buttons = container.querySelectorAll<HTMLButtonElement>('h3 > button');
    expect(buttons).toHaveLength(2000);
    buttons[0].focus();

    await user.keyboard('{End}');
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowUp}');
    await user.keyboard('{ArrowUp}');
    expect(buttons[1998]).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(buttons[1998]).toHaveAttribute('aria-expanded', 'true');
    // With more than six possible open panels, none is a landmark.
    expect(container.querySelector('[role="region"]')).toBeNull();

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
        <FAQAccordion type="single" items={sampleItems} defaultValue={['why-kushner']} />
      </main>,
      { theme: darkTheme },
    );
    expect(screen.getAllByRole('region').length).toBeGreaterThan(0);
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
    expect(html.match(/ hidden=""/g)).toHaveLength(5);
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

  it('hydrates server HTML with no warning and then upgrades closed panels to until-found', async () => {
    withUntilFound();
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
    const panels = Array.from(container.querySelectorAll('h3 > button'), (button) =>
      document.getElementById(button.getAttribute('aria-controls')!),
    );
    expect(panels).toHaveLength(5);
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
