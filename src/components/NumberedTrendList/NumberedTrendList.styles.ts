import { styled } from 'styled-components';
import { tokens } from '../../theme/tokens';
import { bodyText } from '../../theme/bodyText';

// One static rule set: the parts are reached by nested selectors, whatever their heading level.
export const TrendListRoot = styled.section.withConfig({ componentId: 'bs-trends' })`
  box-sizing: border-box;
  ${bodyText}

  & > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 ${tokens.space.lg};
    font-family: ${tokens.font.headline};
    font-size: ${tokens.fontSize.xl};
    line-height: ${tokens.lineHeight.tight};
  }

  /* The markers are drawn by hand, so role="list" keeps the list a list in Safari. */
  & > ol {
    display: grid;
    gap: ${tokens.space.lg};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  & > ol > li {
    display: flex;
    align-items: flex-start;
    gap: ${tokens.space.md};
    border-radius: ${tokens.radius.md};
    scroll-margin-block-start: ${tokens.space.xl};
  }

  & > ol > li:target {
    background-color: ${tokens.color.surface};
    outline: 2px solid transparent;
  }

  & > ol > li > span {
    flex: none;
    min-inline-size: 2.25rem;
    color: ${tokens.color.accent};
    font-family: ${tokens.font.headline};
    font-size: ${tokens.fontSize.xxl};
    font-variant-numeric: tabular-nums lining-nums;
    font-weight: 700;
    line-height: 1;
    text-align: end;
  }

  & > ol > li > div {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  & > ol > li > div > :is(h2, h3, h4, h5, h6) {
    margin: 0 0 ${tokens.space.sm};
    font-family: ${tokens.font.headline};
    font-size: ${tokens.fontSize.lg};
    line-height: ${tokens.lineHeight.tight};
  }

  & > ol > li > div > p {
    margin: 0 0 ${tokens.space.sm};
  }
  & > ol > li > div > p:last-child {
    margin-block-end: 0;
  }

  /* Motion only for readers who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    & > ol > li {
      transition: background-color ${tokens.motion.duration} ${tokens.motion.easing};
    }
  }

  @media (forced-colors: active) {
    & > ol > li > span {
      color: CanvasText;
    }
    & > ol > li:target {
      outline-color: Highlight;
    }
  }
`;
