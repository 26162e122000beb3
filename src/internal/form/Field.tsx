import type { ReactNode } from 'react';

/** What a field hands to its control: its id and the attributes that tie hint and error to it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  /** The control's id; the hint and error ids are made from it. */
  id: string;
  /** The visible label. */
  label: ReactNode;
  /** A line of help under the label. */
  hint?: ReactNode;
  /** What is wrong and what to do, shown when the field has a problem. */
  error?: ReactNode;
  /** A word read before the error but not shown, e.g. "Error:" from the messages. */
  errorPrefix: ReactNode;
  /** A checkbox: the control comes before its label. */
  checkbox?: boolean;
  /** Renders the control with the props given. */
  children: (control: ControlProps) => ReactNode;
}

/** A labelled field as GOV.UK lays it out: label, hint, error message, then the control. */
export function Field({ id, label, hint, error, errorPrefix, checkbox, children }: FieldProps) {
  const hintId = hint ? id + '-hint' : '';
  const errorId = error ? id + '-error' : '';
  const labelElement = (
    <label data-part="label" htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div data-part={checkbox ? 'checkbox' : 'field'}>
      {!checkbox && labelElement}
      {hint && (
        <p data-part="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p data-part="error-message" id={errorId}>
          <span data-part="error-prefix">{errorPrefix}</span> {error}
        </p>
      )}
      {children({
        id,
        'aria-describedby': `${hintId} ${errorId}`.trim() || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {checkbox && labelElement}
    </div>
  );
}
