import { css } from 'styled-components';
import { colorFocus, colorFocusText, focusOffset, focusWidth } from './vars';

/**
 * A visible focus ring on keyboard focus: the focus colour as an outline, set off from the
 * element by a dark band (the shadow filling the outline's offset), so it shows on light and
 * dark backgrounds alike. Outlines stay visible in forced-colours mode.
 */
export const focusRing = css`
  &:focus-visible {
    outline: ${focusWidth} solid ${colorFocus};
    outline-offset: ${focusOffset};
    box-shadow: 0 0 0 ${focusOffset} ${colorFocusText};
  }
`;
