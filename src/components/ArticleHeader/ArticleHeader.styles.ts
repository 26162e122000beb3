import { styled } from 'styled-components';
import { tokens } from '../../theme/tokens';
import { focusRing, wrapAnywhere } from '../../theme/mixins';

// One static rule set for the whole header: parts are reached by class, so nothing is
// re-computed at render time. Nothing moves, so reduced-motion needs no rule of its own.
export const ArticleHeaderRoot = styled.header.withConfig({ componentId: 'bs-header' })`
  display: flex;
  flex-direction: column;
  gap: ${tokens.space.md};
  min-inline-size: 0;
  color: ${tokens.color.text};
  font-family: ${tokens.font.body};
  ${wrapAnywhere}

  & > * {
    margin: 0;
  }

  & .bs-kicker {
    color: ${tokens.color.accent};
    font-family: ${tokens.font.ui};
    font-size: ${tokens.fontSize.sm};
    font-weight: 700;
    letter-spacing: 0.02em;
    line-height: ${tokens.lineHeight.tight};
  }

  & .bs-headline {
    font-family: ${tokens.font.headline};
    font-size: ${tokens.fontSize.xxl};
    font-weight: 700;
    line-height: ${tokens.lineHeight.tight};
    text-wrap: balance;
  }

  & .bs-standfirst {
    color: ${tokens.color.textMuted};
    font-size: ${tokens.fontSize.lg};
    line-height: ${tokens.lineHeight.body};
  }

  & .bs-meta {
    display: flex;
    flex-direction: column;
    gap: ${tokens.space.xs};
    padding-block-start: ${tokens.space.sm};
    border-block-start: 1px solid ${tokens.color.border};
    font-family: ${tokens.font.ui};
    font-size: ${tokens.fontSize.sm};
    line-height: ${tokens.lineHeight.body};
  }
  & .bs-meta > p {
    margin: 0;
  }

  & .bs-author {
    display: inline-flex;
    align-items: center;
    gap: ${tokens.space.sm};
    vertical-align: middle;
    max-inline-size: 100%;
  }
  & .bs-author > span {
    display: inline-flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  & .bs-author img {
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    object-fit: cover;
  }
  & .bs-author > span > :first-child {
    font-weight: 700;
  }
  & .bs-author a {
    color: ${tokens.color.link};
    text-underline-offset: 0.15em;
    ${focusRing}
  }
  & .bs-role {
    color: ${tokens.color.textMuted};
    font-size: ${tokens.fontSize.xs};
  }

  & .bs-date {
    color: ${tokens.color.textMuted};
    font-size: ${tokens.fontSize.xs};
  }

  & .bs-hero {
    display: flex;
    flex-direction: column;
    gap: ${tokens.space.sm};
  }
  & .bs-hero img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: ${tokens.radius.sm};
  }
  & .bs-hero figcaption {
    color: ${tokens.color.textMuted};
    font-family: ${tokens.font.ui};
    font-size: ${tokens.fontSize.xs};
    line-height: ${tokens.lineHeight.body};
  }

  @media (forced-colors: active) {
    & .bs-meta {
      border-color: CanvasText;
    }
    & .bs-author img {
      border: 1px solid CanvasText;
    }
  }
`;
