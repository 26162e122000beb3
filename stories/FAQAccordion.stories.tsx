import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type CSSProperties, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ServerStyleSheet } from 'styled-components';
import { arabicArticle, sampleArticle } from '../samples';
import {
  BroadsheetProvider,
  darkTheme,
  FAQAccordion,
  lightTheme,
  type Article,
  type FAQAccordionItem,
  type FAQAccordionProps,
} from '../src';
import { messages as arabic } from '../src/messages/ar';

/** The props of the default mode, any number of answers open; single mode has its own. */
type FAQAccordionMultipleProps = Exclude<FAQAccordionProps, { type: 'single' }>;

/** The first FAQ block of an article. */
function faqOf(article: Article) {
  for (const block of article.body) if (block.type === 'faq') return block;
  throw new Error(`${article.id} has no FAQ block`);
}

const sample = faqOf(sampleArticle);
const arabicFaq = faqOf(arabicArticle);
const [whatAre, canJoin, whyKushner, noExpansion, cyber] = sample.items;

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

/** The sample's questions with one that stays shut and one that stays open. */
const withDisabled: FAQAccordionItem[] = [
  ...sample.items.slice(0, 3),
  {
    id: 'coming-soon',
    question: 'When will the final text be published?',
    answer: 'Once every party has signed.',
    disabled: true,
  },
  {
    id: 'always-open',
    question: 'Where are the talks being held?',
    answer: 'In Berlin, at the Federal Foreign Office.',
    disabled: true,
  },
  ...sample.items.slice(3),
];

const manyItems: FAQAccordionItem[] = Array.from({ length: 300 }, (_, n) => ({
  question: `Reader question ${n + 1}: what happens at stage ${n + 1}?`,
  answer: `Stage ${n + 1} follows stage ${n} and comes before stage ${n + 2}.`,
}));

/** The same questions with no ids of their own, as two lists on one page may have. */
const unnamed: FAQAccordionItem[] = sample.items
  .slice(0, 2)
  .map(({ question, answer }) => ({ question, answer }));

const hidden = { table: { disable: true } };

/** The parts of an accordion, found by name as the styles find them. */
function parts(root: ParentNode, name: string) {
  return Array.from(root.querySelectorAll<HTMLElement>(`[data-part="${name}"]`));
}

/** The answer a question's button controls. */
function answerOf(button: HTMLElement) {
  return button.ownerDocument.getElementById(button.getAttribute('aria-controls')!)!;
}

/** The item a question's button sits in. */
function itemOf(button: HTMLElement) {
  return button.closest<HTMLElement>('[data-part="item"]')!;
}

/** Checks one question: its button's state, the item's data-state and the answer's hidden. */
async function expectQuestion(button: HTMLElement, open: boolean) {
  await expect(button).toHaveAttribute('aria-expanded', String(open));
  await expect(itemOf(button)).toHaveAttribute('data-state', open ? 'open' : 'closed');
  const answer = answerOf(button);
  await expect(answer).toHaveAttribute('data-part', 'answer');
  if (open) {
    await expect(answer).not.toHaveAttribute('hidden');
    await expect(answer).toBeVisible();
  } else {
    await expect(answer).toHaveAttribute('hidden', 'until-found');
  }
  // An answer is never a landmark, open or closed.
  await expect(answer).not.toHaveAttribute('role');
}

/** The props both modes share: a single-mode story leaves out the multiple mode's state. */
function sharedProps({
  type: _type,
  value: _value,
  defaultValue: _defaultValue,
  onValueChange: _onValueChange,
  ...rest
}: FAQAccordionMultipleProps) {
  return rest;
}

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
  args: { items: sample.items, title: sample.title, onValueChange: fn() },
  argTypes: {
    type: { control: 'inline-radio', options: ['multiple', 'single'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    title: { control: 'text' },
    structuredData: { control: 'boolean' },
    showExpandAll: { control: 'boolean' },
    updateHash: { control: 'boolean' },
    items: hidden,
    value: hidden,
    defaultValue: hidden,
    messages: hidden,
  },
} satisfies Meta<FAQAccordionMultipleProps>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------------------------------------
// States: each opens as it is, with nothing moving, scrolling or taking focus.
// ---------------------------------------------------------------------------------------------

/** The sample article's five questions, all closed: the title at h2, the questions at h3. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const title = canvas.getByRole('heading', { level: 2, name: sample.title });
    await expect(title).toHaveAttribute('data-part', 'title');
    const buttons = canvas.getAllByRole('button');
    await expect(buttons).toHaveLength(5);
    for (const button of buttons) {
      await expect(button).toHaveAttribute('data-part', 'trigger');
      const question = button.closest('[data-part="question"]')!;
      await expect(question.tagName).toBe('H3');
      await expectQuestion(button, false);
    }
    await expect(parts(canvasElement, 'item')).toHaveLength(5);
    // Closed answers stay in the page, for find-in-page and search engines.
    await expect(answerOf(buttons[0])).toHaveTextContent(String(whatAre.answer));
    await expect(canvas.queryByRole('region')).toBeNull();
  },
};

/** One answer open when the page loads (`defaultValue`), drawn open at once. */
export const OneAnswerOpen: Story = {
  args: { defaultValue: [canJoin.id!] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectQuestion(canvas.getByRole('button', { name: canJoin.question }), true);
    await expectQuestion(canvas.getByRole('button', { name: whatAre.question }), false);
  },
};

/** The "Expand all" button above the questions, in multiple mode (`showExpandAll`). */
export const WithExpandAll: Story = {
  args: { showExpandAll: true },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Expand all' });
    await expect(button.parentElement).toHaveAttribute('data-part', 'expand-all');
  },
};

/** Every answer open: the button offers to collapse them all. */
export const AllAnswersOpen: Story = {
  args: { showExpandAll: true, defaultValue: sample.items.map((item) => item.id!) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Collapse all' })).toBeVisible();
    for (const item of sample.items) {
      await expectQuestion(canvas.getByRole('button', { name: item.question }), true);
    }
    await expect(canvas.queryAllByRole('region')).toHaveLength(0);
  },
};

/** `type="single"`: at most one answer open; `defaultValue` is one value (or null). */
export const SingleMode: Story = {
  args: { showExpandAll: true },
  render: (args) => (
    <FAQAccordion {...sharedProps(args)} type="single" defaultValue={whyKushner.id!} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectQuestion(canvas.getByRole('button', { name: whyKushner.question }), true);
    await expect(canvas.getAllByRole('button', { expanded: true })).toHaveLength(1);
    // Expand all would break the promise of one answer: single mode never offers it.
    await expect(canvas.queryByRole('button', { name: 'Expand all' })).toBeNull();
  },
};

/** The app keeps the open values (`value` + `onValueChange`) and can change them itself. */
function ControlledFAQ(props: FAQAccordionMultipleProps) {
  const [open, setOpen] = useState<string[]>([whyKushner.id!]);
  return (
    <>
      <p style={{ fontFamily: 'system-ui, sans-serif' }}>
        Open: <output data-testid="open">{open.join(', ') || 'none'}</output>{' '}
        <button type="button" onClick={() => setOpen([])}>
          Close every answer
        </button>
      </p>
      <FAQAccordion {...sharedProps(props)} value={open} onValueChange={setOpen} />
    </>
  );
}

/** Controlled by the app: the open values are the app's state, shown above the questions. */
export const Controlled: Story = {
  render: (args) => <ControlledFAQ {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('open')).toHaveTextContent(/^why-kushner$/);
    await expectQuestion(canvas.getByRole('button', { name: whyKushner.question }), true);
  },
};

/** Disabled questions show but cannot be opened or closed: one stays shut, one stays open. */
export const WithDisabledItems: Story = {
  args: { items: withDisabled, defaultValue: ['always-open'], showExpandAll: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const shut = canvas.getByRole('button', { name: 'When will the final text be published?' });
    const open = canvas.getByRole('button', { name: 'Where are the talks being held?' });
    for (const button of [shut, open]) {
      await expect(button).toBeDisabled();
      await expect(itemOf(button)).toHaveAttribute('data-disabled');
    }
    await expectQuestion(shut, false);
    await expectQuestion(open, true);
    await expect(
      itemOf(canvas.getByRole('button', { name: whatAre.question })),
    ).not.toHaveAttribute('data-disabled');
  },
};

/** Answers of several paragraphs, a long question and an unbreakable word, open. */
export const LongAnswers: Story = {
  args: {
    items: longItems,
    title: 'The fine print',
    defaultValue: ['how-would-it-be-enforced', 'long-word'],
  },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: longItems[0].question });
    await expect(answerOf(button).querySelectorAll('p')).toHaveLength(3);
    // Nothing spills sideways.
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth + 1);
  },
};

/** No title: the questions stay at h3, so adding a title later moves nothing in the outline. */
export const WithoutTitle: Story = {
  args: { title: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('heading', { level: 2 })).toBeNull();
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(5);
    await expect(parts(canvasElement, 'title')).toHaveLength(0);
  },
};

/** `headingLevel={3}`: the title is an h3 and the questions h4, as under a section heading. */
export const TitleAtLevelThree: Story = {
  args: { headingLevel: 3, title: 'Questions on this section' },
  decorators: [
    (Story) => (
      <>
        <h2 style={{ margin: 0 }}>Why security guarantees matter</h2>
        <Story />
      </>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 3, name: 'Questions on this section' }),
    ).toBeVisible();
    await expect(canvas.getAllByRole('heading', { level: 4 })).toHaveLength(5);
  },
};

/** Three hundred questions with "Expand all": no answer is a landmark, however many open. */
export const ManyQuestions: Story = {
  args: {
    items: manyItems,
    title: 'Every question readers asked',
    showExpandAll: true,
    defaultValue: ['reader-question-2-what-happens-at-stage-2'],
  },
  play: async ({ canvasElement }) => {
    await expect(parts(canvasElement, 'trigger')).toHaveLength(300);
    await expect(canvasElement.querySelector('[role="region"]')).toBeNull();
    await expect(
      canvasElement.querySelectorAll('[data-part="answer"][hidden="until-found"]'),
    ).toHaveLength(299);
  },
};

/**
 * Two accordions with the same questions and no ids on one page: each prefixes the ids it
 * makes with its own `id` prop (here `faq-one`, `faq-two`), else with a React useId.
 */
export const TwoOnOnePage: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <FAQAccordion {...sharedProps(args)} id="faq-one" items={unnamed} title="Before the talks" />
      <FAQAccordion {...sharedProps(args)} id="faq-two" items={unnamed} title="After the talks" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const ids = Array.from(canvasElement.querySelectorAll('[id]'), (element) => element.id);
    await expect(new Set(ids).size).toBe(ids.length);
    const items = parts(canvasElement, 'item').map((item) => item.id);
    await expect(items).toEqual([
      'faq-one-what-are-bilateral-security-guarantees',
      'faq-one-can-ukraine-still-join-nato-later',
      'faq-two-what-are-bilateral-security-guarantees',
      'faq-two-can-ukraine-still-join-nato-later',
    ]);
  },
};

/** `structuredData`: FAQPage JSON-LD for search engines, written beside the questions. */
export const WithStructuredData: Story = {
  args: { structuredData: true },
  play: async ({ canvasElement }) => {
    const script = canvasElement.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '{}');
    await expect(data['@type']).toBe('FAQPage');
    await expect(data.mainEntity).toHaveLength(5);
  },
};

/** Renders to server HTML, with its styles, into a frame in which no script runs. */
function ScriptingOffFrame({ children, dark }: { children: ReactElement; dark: boolean }) {
  const sheet = new ServerStyleSheet();
  let html: string;
  try {
    html = renderToStaticMarkup(
      sheet.collectStyles(
        <BroadsheetProvider theme={dark ? darkTheme : lightTheme} style={{ padding: '1rem' }}>
          {children}
        </BroadsheetProvider>,
      ),
    );
    html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ with scripting off</title>${sheet.getStyleTags()}</head><body style="margin:0">${html}</body></html>`;
  } finally {
    sheet.seal();
  }
  return (
    <iframe
      title="The FAQ as server HTML, with scripting off"
      // No allow-scripts: the frame matches @media (scripting: none). Same origin, so the
      // play function can look inside.
      sandbox="allow-same-origin"
      srcDoc={html}
      // As tall as the page in it, so the frame reads as part of the story.
      onLoad={(event) => {
        const frame = event.currentTarget;
        const page = frame.contentDocument?.documentElement;
        if (page) frame.style.blockSize = `${page.scrollHeight}px`;
      }}
      style={{ display: 'block', border: 0, inlineSize: '100%', blockSize: '40rem' }}
    />
  );
}

/** Waits for the frame's document and checks the no-script rendering in it. */
async function expectScriptingOff(canvasElement: HTMLElement) {
  const frame = canvasElement.querySelector('iframe')!;
  await waitFor(() =>
    expect(frame.contentDocument?.querySelector('[data-part="item"]')).not.toBeNull(),
  );
  const doc = frame.contentDocument!;
  await expect(frame.contentWindow!.matchMedia('(scripting: none)').matches).toBe(true);
  for (const trigger of parts(doc, 'trigger')) {
    await expect(getComputedStyle(trigger).display).toBe('none');
  }
  for (const text of parts(doc, 'question-text')) {
    await expect(getComputedStyle(text).display).toBe('block');
  }
  for (const answer of parts(doc, 'answer')) {
    // Closed in the HTML (hidden="until-found"), shown all the same.
    await expect(answer).toHaveAttribute('hidden', 'until-found');
    await expect(answer.getBoundingClientRect().height).toBeGreaterThan(0);
  }
  await expect(getComputedStyle(parts(doc, 'expand-all')[0]).display).toBe('none');
}

/**
 * The server HTML with scripting off (a sandboxed frame that runs no script): every answer
 * shows and each question is plain text (`question-text`), not a button that cannot work.
 */
export const ScriptingOff: Story = {
  args: { showExpandAll: true },
  render: (args, { globals }) => (
    <ScriptingOffFrame dark={globals.theme === 'dark'}>
      <FAQAccordion {...args} />
    </ScriptingOffFrame>
  ),
  play: async ({ canvasElement }) => expectScriptingOff(canvasElement),
};

/** Scripting off on the dark theme. */
export const ScriptingOffDark: Story = {
  ...ScriptingOff,
  globals: { theme: 'dark' },
};

/** No questions at all: nothing is drawn, not even the title. */
export const Empty: Story = {
  args: { items: [], title: 'No questions yet' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('main')).toBeEmptyDOMElement();
  },
};

/** Closed, open and disabled questions and "Expand all" on the dark theme. */
export const Dark: Story = {
  args: { items: withDisabled, showExpandAll: true, defaultValue: [canJoin.id!, 'always-open'] },
  globals: { theme: 'dark' },
};

/** The Arabic sample with Arabic messages, right to left, one answer open. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    items: arabicFaq.items,
    title: arabicFaq.title,
    showExpandAll: true,
    defaultValue: ['can-ukraine-join-later'],
  },
  render: (args) => (
    <BroadsheetProvider lang="ar" locale="ar" messages={arabic}>
      <FAQAccordion {...args} />
    </BroadsheetProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: arabic.faqExpandAll })).toBeVisible();
    const open = canvas.getByRole('button', { name: arabicFaq.items[1].question });
    await expectQuestion(open, true);
    await expect(answerOf(open).querySelectorAll('p')).toHaveLength(2);
    // The question starts at the right-hand edge and the chevron sits at its left.
    const button = canvas.getByRole('button', { name: arabicFaq.items[0].question });
    const range = document.createRange();
    range.selectNodeContents(button);
    const text = range.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    await expect(box.right - text.right).toBeLessThan(text.left - box.left);
  },
};

/** Right to left on the dark theme. */
export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};

// ---------------------------------------------------------------------------------------------
// Flows: these click, type and focus, so they are kept apart from the states above.
// ---------------------------------------------------------------------------------------------

/**
 * Keyboard alone, as the WAI-ARIA accordion pattern has it since 2026-04-29: Tab and
 * Shift+Tab move, Enter and Space open and close. Arrow keys, Home and End are left to the
 * page, which scrolls with them; disabled questions are skipped by Tab.
 */
export const KeyboardFlow: Story = {
  args: { items: withDisabled, showExpandAll: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = (name: string) => canvas.getByRole('button', { name });
    const keys: { key: string; prevented: boolean }[] = [];
    const record = (event: KeyboardEvent) =>
      keys.push({ key: event.key, prevented: event.defaultPrevented });
    canvasElement.ownerDocument.addEventListener('keydown', record);
    try {
      await userEvent.tab();
      await expect(button('Expand all')).toHaveFocus();
      await userEvent.tab();
      const first = button(whatAre.question);
      await expect(first).toHaveFocus();

      await userEvent.keyboard('{Enter}');
      await expectQuestion(first, true);
      await userEvent.keyboard(' ');
      await expectQuestion(first, false);
      await userEvent.keyboard(' ');
      await expectQuestion(first, true);

      // Arrow keys, Home and End belong to the page: focus stays, nothing is prevented.
      keys.length = 0;
      await userEvent.keyboard('{ArrowDown}{ArrowUp}{Home}{End}');
      await expect(first).toHaveFocus();
      await expect(keys.map((entry) => entry.key)).toEqual(['ArrowDown', 'ArrowUp', 'Home', 'End']);
      await expect(keys.some((entry) => entry.prevented)).toBe(false);

      await userEvent.tab();
      await expect(button(canJoin.question)).toHaveFocus();
      await userEvent.tab();
      await expect(button(whyKushner.question)).toHaveFocus();
      // The two disabled questions are skipped.
      await userEvent.tab();
      await expect(button(noExpansion.question)).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expectQuestion(button(noExpansion.question), true);
      await userEvent.tab({ shift: true });
      await expect(button(whyKushner.question)).toHaveFocus();
    } finally {
      canvasElement.ownerDocument.removeEventListener('keydown', record);
    }
  },
};

/** "Expand all" opens every enabled answer and turns into "Collapse all". */
export const ExpandAllFlow: Story = {
  args: { items: withDisabled, showExpandAll: true, onValueChange: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Expand all' }));
    const enabled = withDisabled.filter((item) => !item.disabled);
    for (const item of enabled) {
      await expectQuestion(canvas.getByRole('button', { name: item.question }), true);
    }
    await expectQuestion(
      canvas.getByRole('button', { name: 'When will the final text be published?' }),
      false,
    );
    await expect(args.onValueChange).toHaveBeenLastCalledWith(enabled.map((item) => item.id));
    await expect(canvas.queryAllByRole('region')).toHaveLength(0);

    await userEvent.click(canvas.getByRole('button', { name: 'Collapse all' }));
    await expect(canvas.queryAllByRole('button', { expanded: true })).toHaveLength(0);
    await expect(canvas.getByRole('button', { name: 'Expand all' })).toBeVisible();
  },
};

const onSingleChange = fn();

/** Single mode: opening another answer closes the first; closing the last reports null. */
export const SingleModeFlow: Story = {
  render: (args) => (
    <FAQAccordion {...sharedProps(args)} type="single" onValueChange={onSingleChange} />
  ),
  play: async ({ canvasElement }) => {
    onSingleChange.mockClear();
    const canvas = within(canvasElement);
    const first = canvas.getByRole('button', { name: whatAre.question });
    const second = canvas.getByRole('button', { name: canJoin.question });
    await userEvent.click(first);
    await expect(onSingleChange).toHaveBeenLastCalledWith(whatAre.id);
    await userEvent.click(second);
    await expectQuestion(first, false);
    await expectQuestion(second, true);
    await expect(onSingleChange).toHaveBeenLastCalledWith(canJoin.id);
    await userEvent.click(second);
    await expectQuestion(second, false);
    await expect(onSingleChange).toHaveBeenLastCalledWith(null);
  },
};

/** The app changes the open values itself, and hears of the reader's changes. */
export const ControlledFlow: Story = {
  render: (args) => <ControlledFAQ {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: cyber.question }));
    await expect(canvas.getByTestId('open')).toHaveTextContent('why-kushner, cyber-threats');
    await userEvent.click(canvas.getByRole('button', { name: whyKushner.question }));
    await expect(canvas.getByTestId('open')).toHaveTextContent(/^cyber-threats$/);
    await userEvent.click(canvas.getByRole('button', { name: 'Close every answer' }));
    await expect(canvas.queryAllByRole('button', { expanded: true })).toHaveLength(0);
  },
};

/**
 * A link to `#cyber-threats` opens that answer and scrolls its question into view; with
 * `updateHash`, opening a question writes its id into the address for sharing.
 */
export const DeepLinkFlow: Story = {
  args: { updateHash: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const view = canvasElement.ownerDocument.defaultView!;
    const before = view.location.href;
    try {
      view.history.replaceState(view.history.state, '', '#cyber-threats');
      view.dispatchEvent(new HashChangeEvent('hashchange'));
      const linked = canvas.getByRole('button', { name: cyber.question });
      await waitFor(() => expect(linked).toHaveAttribute('aria-expanded', 'true'));
      await expectQuestion(linked, true);

      await userEvent.click(canvas.getByRole('button', { name: canJoin.question }));
      await expect(view.location.hash).toBe('#can-ukraine-join-later');
    } finally {
      view.history.replaceState(view.history.state, '', before);
    }
  },
};

/**
 * Find-in-page reaches a closed answer (`hidden="until-found"`): the browser reveals it and
 * fires `beforematch`, and the item opens. The event is fired here as the browser fires it.
 */
export const FindInPageFlow: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: noExpansion.question });
    const answer = answerOf(button);
    await expect(answer).toHaveAttribute('hidden', 'until-found');
    answer.dispatchEvent(new Event('beforematch', { bubbles: true }));
    answer.removeAttribute('hidden');
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    await expectQuestion(button, true);
    await expect(args.onValueChange).toHaveBeenCalledWith([noExpansion.id]);
  },
};

/**
 * Opening and closing animate the answer's height (not at all under reduced motion); an answer
 * open on arrival is drawn open at once. The motion token is slowed to 5 s here.
 */
export const AnimationFlow: Story = {
  args: {
    defaultValue: [canJoin.id!],
    style: { '--bs-motion-duration': '5s' } as CSSProperties,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const arrived = answerOf(canvas.getByRole('button', { name: canJoin.question }));
    await expect(arrived.getAnimations()).toHaveLength(0);
    await expect(arrived.getBoundingClientRect().height).toBeGreaterThan(40);
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;

    const button = canvas.getByRole('button', { name: whatAre.question });
    const answer = answerOf(button);
    await userEvent.click(button);
    await waitFor(() => expect(answer.getAnimations().length).toBeGreaterThan(0));
    const opening = answer.getBoundingClientRect().height;
    await waitFor(() => expect(answer.getBoundingClientRect().height).toBeGreaterThan(opening));
    for (const animation of answer.getAnimations()) animation.finish();
    await expect(answer.getBoundingClientRect().height).toBeGreaterThan(0);
  },
};
