import { css } from 'styled-components';

/**
 * Takes an element out of sight but not out of the accessibility tree: what it says is still
 * read. A clipped box of 1px never widens the page, whatever the direction of the text around
 * it. For the declarations of a rule: `[data-part='announcer'] { ${visuallyHidden} }`.
 */
export const visuallyHidden = css`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  border: 0;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;
