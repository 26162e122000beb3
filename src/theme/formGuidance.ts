import { css } from 'styled-components';
import { colorAccent, colorFocus, colorTextMuted, focusWidth, spaceMd } from './vars';

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
    border: 4px solid ${colorAccent};
    padding: 0 ${spaceMd};
  }
  [data-part='error-summary']:focus {
    outline: ${focusWidth} solid ${colorFocus};
  }
  [data-part='error-summary'] ul {
    padding: 0;
    list-style: none;
  }
  [data-part='error-summary'] a {
    color: ${colorAccent};
    font-weight: 700;
  }
`;
