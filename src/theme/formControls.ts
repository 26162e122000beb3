import { css } from 'styled-components';
import { focusRing } from './focusRing';
import {
  colorAccent,
  colorBackground,
  colorError,
  colorFieldBorder,
  spaceMd,
  spaceSm,
  spaceXs,
} from './vars';
import { visuallyHidden } from './visuallyHidden';

/**
 * The fields of src/internal/form (field, checkbox, label, error message), a `honeypot` spam
 * trap and the controls, for a form component's one styled container, which sets the font and
 * the text colour. Parts are found by data-part, states by aria-invalid, aria-disabled and
 * :disabled. Hints and the error summary are in `formGuidance` (src/internal/form), apart, so
 * that a form without them does not ship their CSS.
 */
export const formControls = css`
  [data-part='field'],
  [data-part='checkbox'] {
    box-sizing: border-box;
    display: grid;
    gap: ${spaceXs} ${spaceSm};
  }
  /* A field in error is marked as GOV.UK marks it: a thick bar in the error colour beside the
     whole group (label, hint, message and control), besides the control's own border. */
  [data-part='field']:has([aria-invalid='true']),
  [data-part='checkbox']:has([aria-invalid='true']) {
    border-inline-start: 5px solid ${colorError};
    padding-inline-start: ${spaceMd};
  }
  /* Room for the focus ring between a box or radio and its label. */
  [data-part='checkbox'] {
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: ${spaceMd};
  }
  [data-part='checkbox'] p {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 700;
  }
  [data-part='checkbox'] label {
    font-weight: 400;
  }
  [data-part='error-message'] {
    margin: 0;
    color: ${colorError};
    font-weight: 700;
  }
  /* Not shown: the prefix is still read; the spam trap is aria-hidden as well. */
  [data-part='error-prefix'],
  [data-part='honeypot'] {
    ${visuallyHidden}
  }
  input,
  textarea {
    box-sizing: border-box;
    margin: 0;
    border: 2px solid ${colorFieldBorder};
    border-radius: 0;
    padding: ${spaceSm};
    background: ${colorBackground};
  }
  input,
  textarea,
  button {
    color: inherit;
    font: inherit;
    ${focusRing}
  }
  [type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    accent-color: ${colorAccent};
  }
  [aria-invalid='true'] {
    border-color: ${colorError};
  }
  button {
    justify-self: start;
    border: 2px solid transparent;
    padding: ${spaceSm} ${spaceMd};
    background: ${colorAccent};
    color: ${colorBackground};
    font-weight: 700;
  }
  [aria-disabled='true'],
  :disabled {
    opacity: 0.7;
  }
  /* Opacity alone does not mark a busy or disabled button in forced colours. */
  @media (forced-colors: active) {
    [aria-disabled='true'],
    :disabled {
      color: GrayText;
    }
  }
`;
