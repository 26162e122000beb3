import { css } from 'styled-components';
import { leadingBody, typeMd } from './scriptType';
import { colorText, fontBody } from './vars';
import { wrapAnywhere } from './wrapAnywhere';

/** The reading text of an article: colour, face, size and measure, wrapping long words. */
export const bodyText = css`
  color: ${colorText};
  font-family: ${fontBody};
  font-size: ${typeMd};
  line-height: ${leadingBody};
  ${wrapAnywhere}
`;
