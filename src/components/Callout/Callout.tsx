import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { Messages } from '../../messages/en';
import type { CalloutVariant } from '../../model/types';
import { useBroadsheet } from '../../provider/context';
import { CalloutRoot } from './Callout.styles';

export interface CalloutProps extends Omit<ComponentPropsWithoutRef<'aside'>, 'title'> {
  /** The kind of box; it picks the colours, the icon and the default title. */
  variant?: CalloutVariant;
  /** The box's title and accessible name; defaults to the variant's title in the messages. */
  title?: ReactNode;
  /** What the box says. */
  children: ReactNode;
}

const defaultTitleKey: Record<CalloutVariant, keyof Messages> = {
  didYouKnow: 'calloutDidYouKnow',
  tip: 'calloutTip',
  note: 'calloutNote',
  warning: 'calloutWarning',
};

/** A box set beside the running text: "Did you know?", "Pro tip", a note or a warning. */
export const Callout = forwardRef<HTMLElement, CalloutProps>(function Callout(
  { variant = 'note', title, children, ...rest },
  ref,
) {
  const { messages } = useBroadsheet();
  const titleId = useId();
  const known = variant in defaultTitleKey ? variant : 'note';
  const heading = title ?? messages[defaultTitleKey[known]];

  return (
    <CalloutRoot ref={ref} aria-labelledby={titleId} data-variant={known} {...rest}>
      <p id={titleId}>
        <CalloutIcon variant={known} />
        <span>{heading}</span>
      </p>
      <div>{children}</div>
    </CalloutRoot>
  );
});

const iconPaths: Record<CalloutVariant, string> = {
  // A light bulb, a star, a page and a triangle, on a 24-unit grid.
  didYouKnow:
    'M12 2a7 7 0 0 0-4 12.7V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.3A7 7 0 0 0 12 2zm-3 18h6v1a1 1 0 0 1-1 1h-4a1 1 0 0 1-1-1z',
  tip: 'M12 2l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17l-6.1 3.4 1.5-6.8L2.2 9l6.9-.7z',
  note: 'M6 2h9l5 5v15H6zm8 1.5V8h4.5zM9 12h8v1.5H9zm0 4h8v1.5H9z',
  warning: 'M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z',
};

function CalloutIcon({ variant }: { variant: CalloutVariant }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={iconPaths[variant]} />
    </svg>
  );
}
