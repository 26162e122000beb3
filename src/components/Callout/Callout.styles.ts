import { styled } from 'styled-components';
import { tokens } from '../../theme/tokens';
import { wrapAnywhere } from '../../theme/mixins';

// One static rule set for every variant: data-variant picks the colours, so no variant
// re-computes styles at render time.
export const CalloutRoot = styled.aside`
  --bs-callout-accent: ${tokens.color.note};
  --bs-callout-surface: ${tokens.color.noteSurface};

  &[data-variant='didYouKnow'] {
    --bs-callout-accent: ${tokens.color.didYouKnow};
    --bs-callout-surface: ${tokens.color.didYouKnowSurface};
  }
  &[data-variant='tip'] {
    --bs-callout-accent: ${tokens.color.tip};
    --bs-callout-surface: ${tokens.color.tipSurface};
  }
  &[data-variant='warning'] {
    --bs-callout-accent: ${tokens.color.warning};
    --bs-callout-surface: ${tokens.color.warningSurface};
  }

  box-sizing: border-box;
  /* A transparent frame becomes visible in forced-colours mode, where backgrounds vanish. */
  border: 1px solid transparent;
  border-inline-start: 0.375rem solid var(--bs-callout-accent);
  border-radius: ${tokens.radius.md};
  padding-block: ${tokens.space.md};
  padding-inline: ${tokens.space.lg} ${tokens.space.md};
  background-color: var(--bs-callout-surface);
  color: ${tokens.color.text};
  font-family: ${tokens.font.body};
  font-size: ${tokens.fontSize.md};
  line-height: ${tokens.lineHeight.body};
  ${wrapAnywhere}

  & > p:first-child {
    display: flex;
    align-items: center;
    gap: ${tokens.space.sm};
    margin: 0 0 ${tokens.space.sm};
    color: var(--bs-callout-accent);
    font-family: ${tokens.font.ui};
    font-size: ${tokens.fontSize.sm};
    font-weight: 700;
    letter-spacing: 0.01em;
    line-height: ${tokens.lineHeight.tight};
  }

  & > p:first-child > svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
  }

  & > div > :first-child {
    margin-block-start: 0;
  }
  & > div > :last-child {
    margin-block-end: 0;
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
    & > p:first-child {
      color: CanvasText;
    }
  }
`;
