import { forwardRef, useId, type MouseEvent, type ReactNode } from 'react';
import { headingTag } from '../heading';

/** A problem with one field: the id of its control and what to do about it. */
export interface FormError {
  id: string;
  message: ReactNode;
}

export interface ErrorSummaryProps {
  /** The box's heading, e.g. "There is a problem" from the messages. */
  title: ReactNode;
  /** The problems, in the order of the fields; each links to its field. */
  errors: readonly FormError[];
  /** Level of the heading, 1 to 6 (default 2). */
  headingLevel?: number;
}

/**
 * The GOV.UK error summary: a titled list of links to the fields with problems. The caller
 * renders it only when there are errors and focuses it (it has tabIndex -1) after a failed
 * validation; a link focuses its field and scrolls the field's label into view.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { title, errors, headingLevel },
  ref,
) {
  const titleId = useId();
  const Heading = headingTag(headingLevel);
  return (
    <div data-part="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <Heading data-part="error-summary-title" id={titleId}>
        {title}
      </Heading>
      <ul data-part="error-summary-list">
        {errors.map((error) => (
          <li key={error.id}>
            <a href={`#${error.id}`} onClick={(event) => focusField(event, error.id)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});

/** Focuses the field, with its label (which the reader needs to see) scrolled into view. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const field = event.currentTarget.ownerDocument.getElementById(id) as HTMLInputElement | null;
  if (!field) return;
  event.preventDefault();
  (field.labels?.[0] ?? field).scrollIntoView?.();
  field.focus({ preventScroll: true });
}
