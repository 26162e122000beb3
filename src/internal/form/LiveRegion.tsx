import type { ComponentPropsWithoutRef } from 'react';

/**
 * A polite status message. Render it from the first render on, empty while there is nothing to
 * say: screen readers announce changes only to a live region that was already in the page.
 */
export function LiveRegion(props: ComponentPropsWithoutRef<'p'>) {
  return <p data-part="status" role="status" {...props} />;
}
