'use client';

import {
  forwardRef,
  memo,
  useEffect,
  useId,
  useInsertionEffect,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { clampHeadingLevel, headingTag, type HeadingTag } from '../../internal/heading';
import { createIdRegistry } from '../../internal/slug';
import { hasText, toParagraphs } from '../../internal/text';
import { faqPageJsonLd } from '../../jsonld/faqPage';
import { JsonLd } from '../../jsonld/JsonLd';
import { faqMessages, type Messages } from '../../messages/en';
import type { FAQItem } from '../../model/types';
import { useMessages } from '../../provider/context';
import { FAQRoot } from './FAQAccordion.styles';

/** A question and its answer; `disabled` shows it but lets no one open or close it. */
export interface FAQAccordionItem extends FAQItem {
  /** True: the reader cannot open or close this item; it keeps the state it has. */
  disabled?: boolean;
}

export interface FAQAccordionProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'title' | 'defaultValue' | 'children'
> {
  /** The questions and answers; each item's id is its own `id` or a slug of its question. */
  items: readonly FAQAccordionItem[];
  /** A heading above the questions, shown only when given. */
  title?: ReactNode;
  /** Heading level of each question, 1 to 6 (default 3). */
  headingLevel?: number;
  /** Heading level of the title, 1 to 6 (default one above the questions). */
  titleHeadingLevel?: number;
  /** 'multiple' lets any number of answers be open (default); 'single' keeps at most one open. */
  type?: 'multiple' | 'single';
  /** Ids of the items open at first, when the component keeps its own state. */
  defaultValue?: readonly string[];
  /** Ids of the open items, when the app keeps the state (use with onValueChange). */
  value?: readonly string[];
  /** Called with the ids of the open items whenever they change. */
  onValueChange?: (value: string[]) => void;
  /** Writes FAQPage JSON-LD for search engines (default false). */
  structuredData?: boolean;
  /** Shows an "Expand all" / "Collapse all" button in multiple mode (default false). */
  showExpandAll?: boolean;
  /** Puts an item's id in the address bar when the reader opens it (default false). */
  updateHash?: boolean;
  /** Words that replace the provider's, e.g. from a Server Component that no provider reaches. */
  messages?: Partial<Messages>;
}

/** An item with a question, its id made unique in the list. */
type Entry = FAQAccordionItem & { id: string };

/**
 * Frequently asked questions as an accordion: every answer stays in the document, so
 * find-in-page, search engines and server HTML see it even while it is closed.
 */
export const FAQAccordion = forwardRef<HTMLDivElement, FAQAccordionProps>(function FAQAccordion(
  {
    items,
    title,
    headingLevel,
    titleHeadingLevel,
    type,
    defaultValue,
    value,
    onValueChange,
    structuredData,
    showExpandAll,
    updateHash,
    messages: ownMessages,
    onKeyDown,
    ...rest
  },
  ref,
) {
  const { messages } = useMessages(faqMessages, { messages: ownMessages });
  const uid = useId();
  const entries = useMemo(() => resolveEntries(items), [items]);
  const single = type === 'single';
  const [own, setOwn] = useState(defaultValue ?? []);
  const current = value ?? own;
  const openIds = useMemo(() => new Set(single ? current.slice(0, 1) : current), [current, single]);

  // Handlers read the latest props through this ref, so they stay stable and rows stay memoised.
  const snapshot = { current, value, onValueChange, single, updateHash };
  const latest = useRef(snapshot);
  // Insertion effects run before any layout effect, and not on the server.
  useInsertionEffect(() => {
    latest.current = snapshot;
  });

  /** Opens (`open` true), closes (false) or toggles (undefined) items; the same function for good. */
  const [change] = useState(() => (ids: string[], open?: boolean, byReader?: boolean) => {
    const state = latest.current;
    const was = state.current;
    const isOpen = state.single ? was[0] === ids[0] : was.includes(ids[0]);
    const opening = open ?? !isOpen;
    if (ids.length < 2 && opening === isOpen) return;
    const changing = new Set(ids);
    const next = state.single ? [] : was.filter((id) => !changing.has(id));
    if (opening) next.push(...ids);
    // A second change before the next render builds on this one.
    state.current = next;
    if (!state.value) setOwn(next);
    state.onValueChange?.(next);
    if (byReader && opening && state.updateHash)
      history.replaceState(history.state, '', '#' + ids[0]);
  });

  useEffect(() => {
    // Deep links: the page opened at #id, or the hash changed later.
    const onHash = () => {
      let id = location.hash.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // A malformed escape: match the hash as it is.
      }
      // Only this accordion's question buttons carry its uid; a disabled one stays as it is.
      const button = document.getElementById(uid + id + 'q') as HTMLButtonElement | null;
      if (button && !button.disabled) {
        change([id], true);
        // The question's top does not move as its answer opens, and scroll anchoring holds it
        // in place if an answer above closes.
        button.scrollIntoView?.();
      }
    };
    onHash();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [change, uid]);

  const rendered = entries.length > 0;
  // The same element on every render, so a toggle does not serialise the data again.
  const jsonLd = useMemo(
    () => structuredData && rendered && <JsonLd data={faqPageJsonLd(items)} />,
    [structuredData, rendered, items],
  );

  if (!rendered && !title) return null;

  const level = clampHeadingLevel(headingLevel, 3);
  const questionTag = headingTag(level);
  const TitleTag = headingTag(titleHeadingLevel ?? level - 1);
  // Past six open panels, region landmarks clutter the landmark list more than they help.
  const region = (single ? 1 : entries.length) < 7;
  const enabled = entries.filter((entry) => !entry.disabled);
  const allOpen = enabled.every((entry) => openIds.has(entry.id));

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    const target = event.target as HTMLElement;
    const key = KEYS.indexOf(event.key);
    if (key < 0 || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const root = event.currentTarget;
    const item = target.parentElement?.parentElement;
    // Only a question's button sits three levels down: button, heading, item, root.
    if (item?.parentElement !== root) return;
    // Down and Home walk forwards, Up and End backwards; the arrows start beside the focused
    // item and wrap, so a key press costs the same with five items or five thousand.
    const forwards = key % 2 < 1;
    const sibling = forwards ? 'nextElementSibling' : 'previousElementSibling';
    const end = forwards ? root.firstElementChild : root.lastElementChild;
    event.preventDefault();
    (step(key > 1 ? end : item[sibling], sibling) ?? step(end, sibling))?.focus();
  };

  return (
    <FAQRoot ref={ref} onKeyDown={handleKeyDown} {...rest}>
      {title && <TitleTag>{title}</TitleTag>}
      {showExpandAll && !single && enabled.length > 0 && (
        <p>
          <button
            type="button"
            onClick={() =>
              change(
                enabled.map((entry) => entry.id),
                !allOpen,
              )
            }
          >
            {allOpen ? messages.faqCollapseAll : messages.faqExpandAll}
          </button>
        </p>
      )}
      {entries.map((entry) => (
        <FAQRow
          key={entry.id}
          item={entry}
          open={openIds.has(entry.id)}
          heading={questionTag}
          region={region}
          uid={uid}
          onToggle={change}
        />
      ))}
      {jsonLd}
    </FAQRoot>
  );
});

const KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

interface FAQRowProps {
  item: Entry;
  open: boolean;
  heading: HeadingTag;
  region: boolean;
  uid: string;
  onToggle: (ids: string[], open?: boolean, byReader?: boolean) => void;
}

/** One question and its answer; memoised so a change re-renders only the rows it touches. */
const FAQRow = memo(function FAQRow({
  item,
  open,
  heading: Heading,
  region,
  uid,
  onToggle,
}: FAQRowProps) {
  const { id } = item;
  const buttonId = uid + id + 'q';
  const panelId = uid + id + 'a';
  return (
    <div id={id}>
      <Heading>
        <button
          type="button"
          id={buttonId}
          aria-expanded={open}
          aria-controls={panelId}
          disabled={item.disabled}
          onClick={() => onToggle([id], undefined, true)}
        >
          {item.question}
        </button>
      </Heading>
      <div
        // React writes plain `hidden`, as the server HTML has it; in the same commit, before
        // paint, a closed answer becomes until-found where the browser supports it. Find-in-page
        // then reveals it, firing beforematch on it: the item opens.
        ref={(panel: (HTMLDivElement & { onbeforematch?: () => void }) | null) => {
          if (panel && 'onbeforematch' in panel) {
            panel.onbeforematch = () => onToggle([id], true);
            if (!open) panel.setAttribute('hidden', 'until-found');
          }
        }}
        id={panelId}
        // A closed until-found panel still has a box: a role on it would be an empty landmark.
        role={region && open ? 'region' : undefined}
        aria-labelledby={region && open ? buttonId : undefined}
        hidden={!open}
      >
        {toParagraphs(item.answer).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </div>
  );
});

type Sibling = 'nextElementSibling' | 'previousElementSibling';

/** The enabled question nearest to `from`, walking through siblings in one direction. */
function step(from: Element | null, sibling: Sibling): HTMLButtonElement | undefined {
  for (let element = from; element; element = element[sibling]) {
    // Items are the root's only children with an id, each a heading holding its button.
    const button = element.firstElementChild?.firstElementChild as HTMLButtonElement;
    if (element.id && !button.disabled) return button;
  }
}

/** Items with a question, each with an id unique in the list: its own, else a slug of the question. */
function resolveEntries(items: readonly FAQAccordionItem[] | null | undefined): Entry[] {
  const registry = createIdRegistry('question');
  return (Array.isArray(items) ? items : [])
    .filter((item) => hasText(item?.question))
    .map((item) => ({ ...item, id: registry(item.id, item.question) }));
}
