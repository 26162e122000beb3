import { tokens } from './tokens';

/**
 * A visible focus ring on keyboard focus: the focus colour as an outline, set off from the
 * element by a dark band (the shadow filling the outline's offset), so it shows on light and
 * dark backgrounds alike. Outlines stay visible in forced-colours mode.
 */
export const focusRing = `
  &:focus-visible {
    outline: ${tokens.focus.width} solid ${tokens.color.focus};
    outline-offset: ${tokens.focus.offset};
    box-shadow: 0 0 0 ${tokens.focus.offset} ${tokens.color.focusText};
  }
`;
