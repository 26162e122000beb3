'use client';

import {
  createElement,
  forwardRef,
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import { clampHeadingLevel, headingTag, type HeadingTag } from '../../internal/heading';
import { createIdRegistry } from '../../internal/ids';
import { useControllableState } from '../../internal/useControllableState';
import { faqPageJsonLd } from '../../jsonld/faqPage';
import { JsonLd } from '../../jsonld/JsonLd';
import { faqMessages, type Messages } from '../../messages/en';
import { normalizeFaqItems, type CheckedFAQItem } from '../../model/normalize';
import type { FAQItem } from '../../model/types';
import { useMessages } from '../../provider/context';
import { FAQRoot } from './FAQAccordion.styles';

/** A question and its answer; `disabled` shows it but lets no one open or close it. */
export interface FAQAccordionItem extends FAQItem {
  /** True: the reader cannot open or close this item; it keeps the state it has. */
  disabled?: boolean;
}

interface FAQAccordionBaseProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'title' | 'defaultValue' | 'children'
> {
  /** The questions and answers; an item's value is its `id`, else a slug of its question. */
  items: readonly FAQAccordionItem[];
  /** A heading above the questions, shown only when given. */
  title?: ReactNode;
  /** Level of the title, 1 to 6 (default 2); the questions are one level below it. */
  headingLevel?: number;
  /** Writes FAQPage JSON-LD for search engines (default false). */
  structuredData?: boolean;
  /** Shows an "Expand all" / "Collapse all" button in multiple mode (default false). */
  showExpandAll?: boolean;
  /** Puts an item's id in the address bar when the reader opens it (default false). */
  updateHash?: boolean;
  /** Words that replace the provider's, e.g. from a Server Component that no provider reaches. */
  messages?: Partial<Messages>;
}

/** Any number of answers open at once (the default). */
export interface FAQAccordionMultipleProps extends FAQAccordionBaseProps {
  type?: 'multiple';
  /** Values of the items open at first, when the component keeps its own state. */
  defaultValue?: readonly string[];
  /** Values of the open items, when the app keeps the state (with onValueChange). */
  value?: readonly string[];
  /** Called with the values of the open items whenever the reader changes them. */
  onValueChange?: (value: string[]) => void;
}

/** At most one answer open. */
export interface FAQAccordionSingleProps extends FAQAccordionBaseProps {
  type: 'single';
  /** Value of the item open at first (null: none), when the component keeps its own state. */
  defaultValue?: string | null;
  /** Value of the open item (null: none), when the app keeps the state (with onValueChange). */
  value?: string | null;
  /** Called with the open item's value, or null, whenever the reader changes it. */
  onValueChange?: (value: string | null) => void;
}

export type FAQAccordionProps = FAQAccordionMultipleProps | FAQAccordionSingleProps;

type OpenValue = readonly string[] | string | null;

/** An item with its value (its id, unique in the list) and the DOM id of its anchor. */
type Entry = CheckedFAQItem & { id: string; anchor: string };

/**
 * Frequently asked questions, as the WAI-ARIA accordion pattern: a heading holding a button
 * per question, Tab to move, Enter or Space to open. Every answer stays in the document,
 * hidden until found, so find-in-page, search engines and server HTML reach it while closed.
 */
export const FAQAccordion = forwardRef<HTMLDivElement, FAQAccordionProps>(function FAQAccordion(
  {
    items,
    title,
    headingLevel,
    type,
    defaultValue,
    value,
    onValueChange,
    structuredData,
    showExpandAll,
    updateHash,
    messages,
    ...rest
  },
  ref,
) {
  const words = useMessages(faqMessages, { messages }).messages;
  const uid = useId();
  const single = type === 'single';
  const checked = normalizeFaqItems(items);
  const entries = useMemo(() => withAnchors(checked, rest.id ?? uid), [checked, rest.id, uid]);
  const [current, setValue] = useControllableState<OpenValue>({
    value,
    defaultValue: defaultValue ?? (single ? null : []),
    onValueChange: onValueChange as (value: OpenValue) => void,
  });
  const open = useMemo(() => new Set(openValues(current)), [current]);

  /** Opens (true) or closes (false) items, from the last committed value. */
  const change = useCallback(
    (values: string[], opening: boolean, byReader?: boolean) => {
      setValue((was) => {
        if (single) return opening ? values[0] : null;
        const others = openValues(was).filter((item) => !values.includes(item));
        return opening ? [...others, ...values] : others;
      });
      if (byReader && opening && updateHash) {
        history.replaceState(history.state, '', '#' + values[0]);
      }
    },
    [setValue, single, updateHash],
  );

  useEffect(() => {
    // Deep links: the page opened at #value, or the hash changed later.
    const onHash = () => {
      let hash = location.hash.slice(1);
      try {
        hash = decodeURIComponent(hash);
      } catch {
        // A malformed escape: match the hash as it is.
      }
      const entry = entries.find((item) => item.id === hash || item.anchor === hash);
      if (entry && !entry.disabled) {
        change([entry.id], true);
        // The question's top does not move as its answer opens.
        document.getElementById(entry.anchor)?.scrollIntoView?.();
      }
    };
    onHash();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [change, entries]);

  // The same element on every render, so a toggle does not serialise the data again.
  const jsonLd = useMemo(
    () => structuredData && checked.length > 0 && <JsonLd data={faqPageJsonLd(checked)} />,
    [structuredData, checked],
  );

  if (entries.length === 0) return null;

  const level = clampHeadingLevel(headingLevel);
  const Title = headingTag(level);
  const enabled = entries.filter((entry) => !entry.disabled).map((entry) => entry.id);
  const allOpen = enabled.every((item) => open.has(item));

  return (
    <FAQRoot ref={ref} {...rest}>
      {title && <Title data-part="title">{title}</Title>}
      {showExpandAll && !single && enabled.length > 0 && (
        <p data-part="expand-all">
          <button type="button" onClick={() => change(enabled, !allOpen)}>
            {allOpen ? words.faqCollapseAll : words.faqExpandAll}
          </button>
        </p>
      )}
      {entries.map((entry, index) => (
        <FAQRow
          key={entry.id}
          entry={entry}
          // The button's and the answer's ids are this accordion's own, so no id from the data
          // can clash with them.
          ids={uid + index}
          open={open.has(entry.id)}
          heading={headingTag(level + 1)}
          onToggle={change}
        />
      ))}
      {jsonLd}
    </FAQRoot>
  );
});

interface FAQRowProps {
  entry: Entry;
  ids: string;
  open: boolean;
  heading: HeadingTag;
  onToggle: (values: string[], opening: boolean, byReader?: boolean) => void;
}

/** One question and its answer; memoised so a change re-renders only the rows it touches. */
const FAQRow = memo(function FAQRow({
  entry: { id, anchor, question, answer, disabled },
  ids,
  open,
  heading: Heading,
  onToggle,
}: FAQRowProps) {
  return (
    <div
      data-part="item"
      data-state={open ? 'open' : 'closed'}
      data-disabled={disabled}
      id={anchor}
    >
      <Heading data-part="question">
        <button
          type="button"
          data-part="trigger"
          id={ids + 'q'}
          aria-expanded={open}
          aria-controls={ids + 'a'}
          disabled={disabled}
          onClick={() => onToggle([id], !open, true)}
        >
          {question}
        </button>
        {/* With scripting off the button cannot work and every answer shows: this plain
            text stands in for it, so no one hears "collapsed" over an open answer. */}
        <span data-part="question-text">{question}</span>
      </Heading>
      {/* A custom element, because React writes hidden="until-found" on one as it is, in the
          server HTML too: find-in-page reaches closed answers before any script runs. */}
      {createElement(
        'bs-panel',
        {
          'data-part': 'answer',
          id: ids + 'a',
          hidden: open ? undefined : 'until-found',
          // Find-in-page reveals a closed answer and fires beforematch on it: the item opens.
          ref: (panel: (HTMLElement & { onbeforematch?: () => void }) | null) => {
            if (panel) panel.onbeforematch = () => onToggle([id], true);
          },
        },
        answer.map((paragraph, index) => <p key={index}>{paragraph}</p>),
      )}
    </div>
  );
});

/** The open items' values, whichever mode the value was given in. */
function openValues(value: OpenValue): readonly string[] {
  return typeof value === 'string' ? [value] : (value ?? []);
}

/**
 * Each item with a value unique in the list (its id, else a slug of its question) and the id
 * of its anchor: a given id as written, else the value under this accordion's own prefix.
 */
function withAnchors(items: CheckedFAQItem[], prefix: string): Entry[] {
  const values = createIdRegistry('question');
  const anchors = createIdRegistry();
  // Given ids first, as written, so that no made value or anchor takes one of them.
  const given = items.map((item) => item.id && anchors(values(item.id)));
  return items.map((item, index) => {
    const id = given[index] || values(undefined, item.question);
    return { ...item, id, anchor: given[index] || anchors(`${prefix}-${id}`) };
  });
}
