import { css } from 'styled-components';
/** Long unbroken words wrap instead of widening the page. */
export const wrapAnywhere = css`
  overflow-wrap: anywhere;
`;
