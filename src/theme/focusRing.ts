import { tokens } from './tokens';

/** A visible focus ring on keyboard focus that also shows in forced-colours mode. */
export const focusRing = `
  &:focus-visible {
    outline: ${tokens.focus.width} solid ${tokens.color.focus};
    outline-offset: ${tokens.focus.offset};
    box-shadow: 0 0 0 calc(${tokens.focus.offset} + ${tokens.focus.width}) ${tokens.color.focusText};
  }
`;
