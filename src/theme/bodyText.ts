import { tokens } from './tokens';
import { wrapAnywhere } from './wrapAnywhere';

/** The reading text of an article: colour, face, size and measure, wrapping long words. */
export const bodyText = `
  color: ${tokens.color.text};
  font-family: ${tokens.font.body};
  font-size: ${tokens.fontSize.md};
  line-height: ${tokens.lineHeight.body};
  ${wrapAnywhere}
`;
