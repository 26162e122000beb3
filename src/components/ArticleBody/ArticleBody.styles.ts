import { styled } from 'styled-components';
import { tokens } from '../../theme/tokens';
import { bodyText } from '../../theme/bodyText';

// One static rule set for every block; only the body's own children are styled here, so the
// library's components inside it keep their own look.
export const ArticleBodyRoot = styled.div.withConfig({ componentId: 'bs-body' })`
  box-sizing: border-box;
  ${bodyText}

  & > * {
    margin-block: 0;
  }
  & > * + * {
    margin-block-start: ${tokens.space.md};
  }
  & > :is(aside, section, figure, div) {
    margin-block: ${tokens.space.lg};
  }
  & > :first-child {
    margin-block-start: 0;
  }
  & > :last-child {
    margin-block-end: 0;
  }

  & > :is(h1, h2, h3, h4, h5, h6) {
    margin-block: ${tokens.space.xl} ${tokens.space.sm};
    font-family: ${tokens.font.headline};
    font-size: ${tokens.fontSize.xl};
    line-height: ${tokens.lineHeight.tight};
    scroll-margin-block-start: ${tokens.space.xl};
  }

  & > figure {
    margin-inline: 0;
  }

  & > figure[data-block='quote'] {
    border-inline-start: 0.25rem solid ${tokens.color.accent};
    padding-inline-start: ${tokens.space.lg};
  }
  & > figure > blockquote {
    margin: 0;
    font-family: ${tokens.font.headline};
    font-size: ${tokens.fontSize.lg};
    font-style: italic;
    line-height: ${tokens.lineHeight.tight};
  }
  & > figure > blockquote > p {
    margin: 0;
  }

  & > figure > img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: ${tokens.radius.sm};
    background-color: ${tokens.color.surface};
  }

  & > figure > figcaption {
    margin-block-start: ${tokens.space.sm};
    color: ${tokens.color.textMuted};
    font-family: ${tokens.font.ui};
    font-size: ${tokens.fontSize.sm};
    line-height: ${tokens.lineHeight.body};
  }
  & > figure > figcaption > span {
    font-size: ${tokens.fontSize.xs};
    letter-spacing: 0.02em;
  }

  @media (forced-colors: active) {
    & > figure[data-block='quote'] {
      border-inline-start-color: CanvasText;
    }
  }
`;
