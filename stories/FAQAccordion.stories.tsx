import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type CSSProperties } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { rtlArticle, sampleArticle } from '../samples';
import { BroadsheetProvider, FAQAccordion, type Article, type FAQAccordionItem } from '../src';
import { messages as arabic } from '../src/messages/ar';

/** The first FAQ block of an article. */
function faqOf(article: Article) {
  for (const block of article.body) if (block.type === 'faq') return block;
  throw new Error(`${article.id} has no FAQ block`);
}

const sample = faqOf(sampleArticle);
const arabicFaq = faqOf(rtlArticle);

const longItems: FAQAccordionItem[] = [
  {
    id: 'how-would-it-be-enforced',
    question:
      'If one of the guarantor countries decided not to honour its promise when the moment came, what, in practice, could the others do about it?',
    answer: [
      'Very little that is automatic. A guarantee of this kind is a political promise written down as a treaty, and its strength rests on the interest each guarantor has in being seen to keep its word.',
      'Drafts under discussion try to narrow the room for hesitation: fixed timetables for consultations, pre-agreed packages of equipment and money, and regular joint exercises so that help can arrive without fresh negotiation.',
      'None of this removes the risk entirely. It raises the cost of walking away, which is what most guarantees in history have relied on.',
    ],
  },
  {
    id: 'long-word',
    question: 'What does a very long unbroken word do to the layout?',
    answer: `It wraps: Rechtsverbindlichkeitsgarantie${'sicherheitsvereinbarung'.repeat(12)}.`,
  },
];

const withDisabled: FAQAccordionItem[] = [
  ...sample.items.slice(0, 3),
  {
    id: 'coming-soon',
    question: 'When will the final text be published?',
    answer: 'Once every party has signed.',
    disabled: true,
  },
  ...sample.items.slice(3),
];

const manyItems: FAQAccordionItem[] = Array.from({ length: 300 }, (_, n) => ({
  question: `Reader question ${n + 1}: what happens at stage ${n + 1}?`,
  answer: `Stage ${n + 1} follows stage ${n} and comes before stage ${n + 2}.`,
}));

const hidden = { table: { disable: true } };

const meta = {
  title: 'Components/FAQAccordion',
  component: FAQAccordion,
  decorators: [
    (Story) => (
      <main style={{ maxInlineSize: '44rem' }}>
        <Story />
      </main>
    ),
  ],
  args: { items: sample.items, title: sample.title },
  argTypes: {
    type: { control: 'inline-radio', options: ['multiple', 'single'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    titleHeadingLevel: { control: { type: 'number', min: 1, max: 6 } },
    title: { control: 'text' },
    structuredData: { control: 'boolean' },
    showExpandAll: { control: 'boolean' },
    updateHash: { control: 'boolean' },
    items: hidden,
    value: hidden,
    defaultValue: hidden,
  },
} satisfies Meta<typeof FAQAccordion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample article's five questions, all closed. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: sample.title })).toBeVisible();
    const buttons = canvas.getAllByRole('button');
    await expect(buttons).toHaveLength(5);
    for (const button of buttons) {
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button.parentElement?.tagName).toBe('H3');
    }
  },
};

/** Any number of answers open at once, with the "Expand all" control. */
export const Multiple: Story = {
  args: { showExpandAll: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Expand all' }));
    await expect(canvas.getAllByRole('region')).toHaveLength(5);
    await userEvent.click(canvas.getByRole('button', { name: 'Collapse all' }));
    await expect(canvas.queryAllByRole('region')).toHaveLength(0);
  },
};

/** At most one answer open: opening another closes the first. */
export const Single: Story = {
  args: { type: 'single' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: sample.items[0].question }));
    await userEvent.click(canvas.getByRole('button', { name: sample.items[1].question }));
    const regions = canvas.getAllByRole('region');
    await expect(regions).toHaveLength(1);
    await expect(regions[0]).toHaveAccessibleName(sample.items[1].question);
  },
};

/** One answer open when the page loads. */
export const OpenByDefault: Story = {
  args: { defaultValue: ['can-ukraine-join-later'] },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: sample.items[1].question });
    await expect(region).toBeVisible();
  },
};

function ControlledFAQ() {
  const [open, setOpen] = useState<string[]>(['why-kushner']);
  return (
    <>
      <p style={{ fontFamily: 'system-ui, sans-serif' }}>
        Open: <output data-testid="open">{open.join(', ') || 'none'}</output>{' '}
        <button type="button" onClick={() => setOpen([])}>
          Close every answer
        </button>
      </p>
      <FAQAccordion
        items={sample.items}
        title={sample.title}
        value={open}
        onValueChange={setOpen}
      />
    </>
  );
}

/** The app keeps the open ids (`value` + `onValueChange`) and can change them itself. */
export const Controlled: Story = {
  render: () => <ControlledFAQ />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('open')).toHaveTextContent('why-kushner');
    await userEvent.click(canvas.getByRole('button', { name: sample.items[4].question }));
    await expect(canvas.getByTestId('open')).toHaveTextContent('why-kushner, cyber-threats');
    await userEvent.click(canvas.getByRole('button', { name: 'Close every answer' }));
    await expect(canvas.queryAllByRole('region')).toHaveLength(0);
  },
};

/** Opening and closing animate the answer's height (not at all under reduced motion). */
export const Animated: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: sample.items[0].question });
    const panel = canvasElement.ownerDocument.getElementById(
      button.getAttribute('aria-controls')!,
    )!;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    await userEvent.click(button);
    const opening = panel.getBoundingClientRect().height;
    if (!reduced) {
      await waitFor(() => expect(panel.getBoundingClientRect().height).toBeGreaterThan(opening));
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    const full = panel.getBoundingClientRect().height;
    await expect(full).toBeGreaterThan(0);
    if (!reduced) await expect(opening).toBeLessThan(full);
    await userEvent.click(button);
    if (!reduced) await expect(panel.getBoundingClientRect().height).toBeGreaterThan(0);
    await waitFor(() => expect(panel.getBoundingClientRect().height).toBe(0));
  },
};

/**
 * An answer open when the page loads is drawn open at once; only the reader's opening and
 * closing animate. The motion token is slowed to 5 s here, so any animation would still run.
 */
export const StillOnArrival: Story = {
  args: {
    defaultValue: ['can-ukraine-join-later'],
    style: { '--bs-motion-duration': '5s' } as CSSProperties,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: sample.items[1].question });
    await expect(region.getAnimations()).toHaveLength(0);
    await expect(region.getBoundingClientRect().height).toBeGreaterThan(40);
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const button = canvas.getByRole('button', { name: sample.items[0].question });
    await userEvent.click(button);
    const panel = canvasElement.ownerDocument.getElementById(
      button.getAttribute('aria-controls')!,
    )!;
    await waitFor(() => expect(panel.getAnimations().length).toBeGreaterThan(0));
  },
};

/** Answers of several paragraphs, a long question and an unbreakable word. */
export const LongAnswers: Story = {
  args: {
    items: longItems,
    title: 'The fine print',
    defaultValue: ['how-would-it-be-enforced', 'long-word'],
  },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: longItems[0].question });
    await expect(region.querySelectorAll('p')).toHaveLength(3);
    // Nothing spills sideways.
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth + 1);
  },
};

/** A question that cannot be opened yet; arrow keys skip it. */
export const WithDisabledItem: Story = {
  args: { items: withDisabled },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('button', { name: 'When will the final text be published?' }),
    ).toBeDisabled();
    canvas.getByRole('button', { name: sample.items[2].question }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('button', { name: sample.items[3].question })).toHaveFocus();
  },
};

/** Driven by keyboard alone: arrows, Home, End, Enter and Space. */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const buttons = canvas.getAllByRole('button');
    await userEvent.tab();
    await expect(buttons[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(buttons[1]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(buttons[1]).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('region', { name: sample.items[1].question })).toBeVisible();
    await userEvent.keyboard('{End}');
    await expect(buttons[4]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(buttons[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(buttons[4]).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(buttons[4]).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Home}');
    await expect(buttons[0]).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard(' ');
    await expect(buttons[0]).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Closed answers carry hidden="until-found", so find-in-page can open them. */
export const FindInPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: sample.items[3].question });
    const panel = canvasElement.ownerDocument.getElementById(
      button.getAttribute('aria-controls')!,
    )!;
    await expect('onbeforematch' in document.body).toBe(true);
    await waitFor(() => expect(panel).toHaveAttribute('hidden', 'until-found'));
    // A closed until-found answer is laid out with no height and is not shown.
    await expect(panel.getBoundingClientRect().height).toBe(0);
    await expect(panel).not.toBeVisible();
    // What Chromium does when find-in-page matches text in the closed answer.
    panel.removeAttribute('hidden');
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    await expect(panel).toBeVisible();
    await userEvent.click(button);
    await expect(panel).toHaveAttribute('hidden', 'until-found');
  },
};

/** Opening the page at #id opens that answer; opening one writes its id to the address. */
export const DeepLink: Story = {
  args: { updateHash: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const before = window.location.href;
    try {
      window.location.hash = 'no-expansion-meaning';
      await waitFor(() =>
        expect(canvas.getByRole('region', { name: sample.items[3].question })).toBeVisible(),
      );
      await userEvent.click(canvas.getByRole('button', { name: sample.items[4].question }));
      await expect(window.location.hash).toBe('#cyber-threats');
    } finally {
      window.history.replaceState(window.history.state, '', before);
    }
  },
};

/** Many questions: panels are no longer landmarks, and keys still answer at once. */
export const ManyQuestions: Story = {
  args: { items: manyItems, title: 'Every question readers asked', showExpandAll: true },
  play: async ({ canvasElement }) => {
    const first = canvasElement.querySelector<HTMLButtonElement>('h3 > button')!;
    first.focus();
    await userEvent.keyboard('{End}');
    await expect(document.activeElement).toHaveTextContent('Reader question 300:');
    await expect(canvasElement.querySelector('[role="region"]')).toBeNull();
  },
};

/** No items and a title: the title alone. */
export const TitleOnly: Story = {
  args: { items: [], title: 'No questions yet' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryAllByRole('button')).toHaveLength(0);
  },
};

export const Dark: Story = {
  args: { showExpandAll: true, defaultValue: ['what-are-bilateral-guarantees'] },
  globals: { theme: 'dark' },
};

/** The Arabic sample with Arabic messages, right to left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { items: arabicFaq.items, title: arabicFaq.title, showExpandAll: true },
  render: (args) => (
    <BroadsheetProvider lang="ar" locale="ar" messages={arabic}>
      <FAQAccordion {...args} />
    </BroadsheetProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: arabic.faqExpandAll }));
    const region = canvas.getByRole('region', { name: arabicFaq.items[1].question });
    await expect(region.querySelectorAll('p')).toHaveLength(2);
    // The question starts at the right-hand edge and the chevron sits at its left.
    const button = canvas.getByRole('button', { name: arabicFaq.items[0].question });
    const range = document.createRange();
    range.selectNodeContents(button);
    const text = range.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    await expect(box.right - text.right).toBeLessThan(text.left - box.left);
  },
};

export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};
