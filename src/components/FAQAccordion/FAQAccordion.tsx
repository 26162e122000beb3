'use client';

import {
  forwardRef,
  memo,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { headingTag, type HeadingTag } from '../../internal/heading';
import { IdRegistry } from '../../internal/slug';
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

interface Entry {
  id: string;
  question: string;
  paragraphs: string[];
  disabled: boolean;
}

// React 18.3 warns about layout effects on the server; there is nothing to lay out there.
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

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
  const snapshot = { current, value, onValueChange, single, updateHash, entries };
  const latest = useRef(snapshot);
  useClientLayoutEffect(() => {
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
    const kept = state.single ? [] : was.filter((id) => !changing.has(id));
    const next = opening ? [...kept, ...ids] : kept;
    // A second change before the next render builds on this one.
    state.current = next;
    if (!state.value) setOwn(next);
    state.onValueChange?.(next);
    if (byReader && opening && state.updateHash)
      history.replaceState(history.state, '', '#' + ids[0]);
  });

  const rendered = entries.length > 0;
  useEffect(() => {
    if (!rendered) return;
    // Deep links: the page opened at #id, or the hash changed later.
    const onHash = () => {
      let id = location.hash.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // A malformed escape: match the hash as it is.
      }
      if (latest.current.entries.some((entry) => entry.id === id && !entry.disabled)) {
        change([id], true);
        // The item's own top does not move as its answer opens, and scroll anchoring holds it
        // in place if an answer above closes.
        document.getElementById(id)?.scrollIntoView?.({ block: 'start' });
      }
    };
    // Find-in-page reveals a hidden="until-found" answer, firing beforematch on it.
    const onBeforeMatch = (event: Event) => {
      const panel = event.target as Element;
      const id = panel.parentElement?.id;
      if (panel.id === uid + id + 'a') change([id!], true);
    };
    onHash();
    addEventListener('hashchange', onHash);
    document.addEventListener('beforematch', onBeforeMatch, true);
    return () => {
      removeEventListener('hashchange', onHash);
      document.removeEventListener('beforematch', onBeforeMatch, true);
    };
  }, [rendered, change, uid]);

  const jsonLd = useMemo(
    () => (structuredData && rendered ? faqPageJsonLd(items) : null),
    [structuredData, rendered, items],
  );

  if (!rendered && !title) return null;

  const level = headingTag(headingLevel, 3);
  const TitleTag = headingTag(titleHeadingLevel ?? Number(level[1]) - 1, 2);
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
    const end = forwards ? root.firstElementChild : root.lastElementChild;
    const start = key > 1 ? end : forwards ? item.nextElementSibling : item.previousElementSibling;
    event.preventDefault();
    (step(start, forwards) ?? step(end, forwards))?.focus();
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
          entry={entry}
          open={openIds.has(entry.id)}
          heading={level}
          region={region}
          uid={uid}
          onToggle={change}
        />
      ))}
      {jsonLd && <JsonLd data={jsonLd} />}
    </FAQRoot>
  );
});

const KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

interface FAQRowProps {
  entry: Entry;
  open: boolean;
  heading: HeadingTag;
  region: boolean;
  uid: string;
  onToggle: (ids: string[], open?: boolean, byReader?: boolean) => void;
}

/** One question and its answer; memoised so a change re-renders only the rows it touches. */
const FAQRow = memo(function FAQRow({
  entry,
  open,
  heading: Heading,
  region,
  uid,
  onToggle,
}: FAQRowProps) {
  const { id, disabled } = entry;
  const buttonId = `${uid}${id}q`;
  const panelRef = useRef<HTMLDivElement>(null);
  // Server HTML and the first client render agree on this value; it never changes, so React
  // never writes `hidden` again and the effect below owns the attribute from then on.
  const [initiallyHidden] = useState(!open);

  useClientLayoutEffect(() => {
    const panel = panelRef.current!;
    if (open) panel.removeAttribute('hidden');
    else panel.setAttribute('hidden', 'onbeforematch' in document.body ? 'until-found' : '');
  }, [open]);

  return (
    <div id={id}>
      <Heading>
        <button
          type="button"
          id={buttonId}
          aria-expanded={open}
          aria-controls={`${uid}${id}a`}
          disabled={disabled}
          onClick={() => onToggle([id], undefined, true)}
        >
          {entry.question}
        </button>
      </Heading>
      <div
        ref={panelRef}
        id={`${uid}${id}a`}
        // A closed until-found panel still has a box: a role on it would be an empty landmark.
        role={region && open ? 'region' : undefined}
        aria-labelledby={region && open ? buttonId : undefined}
        hidden={initiallyHidden}
      >
        {entry.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </div>
  );
});

/** The enabled question nearest to `from`, walking forwards or backwards through siblings. */
function step(from: Element | null, forwards: boolean): HTMLButtonElement | undefined {
  for (
    let element = from;
    element;
    element = forwards ? element.nextElementSibling : element.previousElementSibling
  ) {
    // Items are the root's only <div> children, each a heading holding its button.
    const button = element.firstElementChild?.firstElementChild as HTMLButtonElement;
    if (element.tagName === 'DIV' && !button.disabled) return button;
  }
}

/** Items with a question, each with an id unique in the list: its own, else a slug of the question. */
function resolveEntries(items: readonly FAQAccordionItem[] | null | undefined): Entry[] {
  const registry = new IdRegistry('question');
  return (items ?? [])
    .filter((item) => hasText(item?.question))
    .map((item) => ({
      id: registry.claim(item.id, item.question),
      question: item.question,
      paragraphs: toParagraphs(item.answer),
      disabled: !!item.disabled,
    }));
}
