import { css } from 'styled-components';
import { tokens } from './tokens';

/** A visible focus ring on keyboard focus that also shows in forced-colours mode. */
export const focusRing = css`
  &:focus-visible {
    outline: ${tokens.focus.width} solid ${tokens.color.focus};
    outline-offset: ${tokens.focus.offset};
    box-shadow: 0 0 0 calc(${tokens.focus.offset} + ${tokens.focus.width}) ${tokens.color.focusText};
  }
`;

/** Hidden on screen, still read by assistive technology. */
export const visuallyHidden = css`
  position: absolute !important;
  inline-size: 1px !important;
  block-size: 1px !important;
  margin: -1px !important;
  padding: 0 !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;

/** Long unbroken words wrap instead of widening the page. */
export const wrapAnywhere = css`
  overflow-wrap: anywhere;
  word-break: normal;
`;
