import { css } from 'styled-components';
import {
  colorError,
  colorFocus,
  colorFocusText,
  colorTextMuted,
  focusOffset,
  focusWidth,
  spaceMd,
} from './vars';

/**
 * The help a longer form gives, for its styled container beside formControls: the fields'
 * `hint` and the `error-summary`. A form with neither leaves it out and ships less CSS.
 */
export const formGuidance = css`
  [data-part='hint'] {
    margin: 0;
    color: ${colorTextMuted};
  }
  [data-part='error-summary'] {
    border: 4px solid ${colorError};
    padding: 0 ${spaceMd};
  }
  /* The ring stands off the border, with a dark band between, so the two never read as one. */
  [data-part='error-summary']:focus {
    outline: ${focusWidth} solid ${colorFocus};
    outline-offset: calc(${focusOffset} * 2);
    box-shadow: 0 0 0 calc(${focusOffset} * 2) ${colorFocusText};
  }
  [data-part='error-summary'] ul {
    padding: 0;
    list-style: none;
  }
  [data-part='error-summary'] a {
    color: ${colorError};
    font-weight: 700;
  }
`;
