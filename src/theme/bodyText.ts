import { css } from 'styled-components';
import { colorText, fontBody, fontSizeMd, lineHeightBody } from './vars';
import { wrapAnywhere } from './wrapAnywhere';

/** The reading text of an article: colour, face, size and measure, wrapping long words. */
export const bodyText = css`
  color: ${colorText};
  font-family: ${fontBody};
  font-size: ${fontSizeMd};
  line-height: ${lineHeightBody};
  ${wrapAnywhere}
`;
