import { styled } from 'styled-components';
import { focusRing } from '../../theme/focusRing';
import { bodyText } from '../../theme/bodyText';
import { tokens } from '../../theme/tokens';

// One static rule set for the page's own parts (closing and related links); the header and
// body style themselves.
export const ArticleRoot = styled.article.withConfig({ componentId: 'bs-article' })`
  box-sizing: border-box;
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${tokens.space.xl};
  ${bodyText}

  & > section > h2,
  & > nav > h2 {
    margin: 0 0 ${tokens.space.md};
    font-family: ${tokens.font.headline};
    font-size: ${tokens.fontSize.xl};
    line-height: ${tokens.lineHeight.tight};
  }

  & > section[data-part='closing'] {
    border: 1px solid transparent;
    border-block-start: 0.25rem solid ${tokens.color.accent};
    border-radius: ${tokens.radius.md};
    padding: ${tokens.space.lg};
    background-color: ${tokens.color.surface};
  }
  & > section[data-part='closing'] > p {
    margin: 0;
  }

  & > nav[data-part='related'] {
    padding-block-start: ${tokens.space.md};
    border-block-start: 1px solid ${tokens.color.border};
  }
  & > nav > ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: ${tokens.space.lg};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & > nav > ul > li {
    display: flex;
    flex-direction: column;
    gap: ${tokens.space.xs};
    min-inline-size: 0;
  }
  & > nav > ul > li > img {
    display: block;
    order: -1;
    inline-size: 100%;
    block-size: auto;
    margin-block-end: ${tokens.space.xs};
    border-radius: ${tokens.radius.sm};
    background-color: ${tokens.color.surface};
  }
  & > nav > ul > li > p {
    margin: 0;
    color: ${tokens.color.accent};
    font-family: ${tokens.font.ui};
    font-size: ${tokens.fontSize.xs};
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  & > nav > ul > li > a {
    color: ${tokens.color.link};
    font-family: ${tokens.font.headline};
    font-size: ${tokens.fontSize.md};
    font-weight: 700;
    line-height: ${tokens.lineHeight.tight};
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    ${focusRing}
  }
  & > nav > ul > li > a:hover {
    text-decoration-thickness: 3px;
  }

  /* Motion only for readers who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    & > nav > ul > li > a {
      transition: text-decoration-thickness ${tokens.motion.duration} ${tokens.motion.easing};
    }
  }

  @media (forced-colors: active) {
    & > section[data-part='closing'] {
      border-color: CanvasText;
    }
    & > nav[data-part='related'] {
      border-color: CanvasText;
    }
  }
`;
