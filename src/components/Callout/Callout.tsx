import {
  forwardRef,
  useId,
  type ComponentPropsWithoutRef,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { calloutMessages, type Messages } from '../../messages/en';
import type { CalloutVariant } from '../../model/types';
import { useMessages } from '../../provider/context';
import { CalloutRoot } from './Callout.styles';

export interface CalloutProps extends Omit<ComponentPropsWithoutRef<'aside'>, 'title'> {
  /** The kind of box; it picks the colours, the icon and the default title. */
  variant?: CalloutVariant;
  /** The box's title and accessible name; defaults to the variant's title in the messages. */
  title?: ReactNode;
  /** What the box says. */
  children: ReactNode;
  /** Words that replace the provider's, e.g. from a Server Component that no provider reaches. */
  messages?: Partial<Messages>;
}

/** What a callout's markup is drawn from: the props without the words, and the root's ref. */
type CalloutMarkupProps = Omit<CalloutProps, 'messages'> & { ref?: Ref<HTMLElement> };

// Each variant's default title (a key of the messages) and icon: a light bulb, a star, an "i"
// in a circle and a "!" in a triangle, on a 24-unit grid.
const variants: Record<CalloutVariant, [keyof typeof calloutMessages, string]> = {
  didYouKnow: ['calloutDidYouKnow', 'M12 2a7 7 0 0 0-4 13v3h8v-3a7 7 0 0 0-4-13zM9 20h6v2H9z'],
  tip: ['calloutTip', 'M12 2l3 7h7l-6 4 2 8-6-5-6 5 2-8-6-4h7z'],
  note: ['calloutNote', 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v2h-2zm0 4h2v6h-2z'],
  warning: ['calloutWarning', 'M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z'],
};

// Pure, so a bundle that only draws the markup (ArticleBody) leaves the component out.
/**
 * A box inside the running text: "Did you know?", "Pro tip", a note or a warning. It is a
 * note named by its title, not a landmark: a page with eight boxes keeps a short landmark list.
 */
export const Callout = /* @__PURE__ */ forwardRef<HTMLElement, CalloutProps>(function Callout(
  { messages: own, ...props },
  ref,
) {
  const { messages } = useMessages(calloutMessages, { messages: own });
  return calloutMarkup(CalloutRoot, { ...props, ref }, useId(), messages);
});

/**
 * A callout's markup on a root: Callout's styled aside, or a bare aside in a container that
 * carries `calloutStyles` for it (ArticleBody), so that a page of many boxes ships their CSS once.
 */
export function calloutMarkup(
  Root: typeof CalloutRoot | 'aside',
  { variant = 'note', title, children, ...rest }: CalloutMarkupProps,
  titleId: string,
  messages: typeof calloutMessages,
): ReactElement {
  const known = Object.hasOwn(variants, variant) ? variant : 'note';
  const [titleKey, icon] = variants[known];

  return (
    <Root role="note" aria-labelledby={titleId} data-variant={known} {...rest}>
      <p data-part="title" id={titleId}>
        <svg data-part="icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d={icon} />
        </svg>
        {title ?? messages[titleKey]}
      </p>
      <div data-part="content">{children}</div>
    </Root>
  );
}
