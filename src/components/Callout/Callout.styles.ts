import { styled } from 'styled-components';
import { tokens } from '../../theme/tokens';
import { wrapAnywhere } from '../../theme/wrapAnywhere';

// One static rule set for every variant: data-variant picks the colours, so no variant
// computes styles at render time.
export const CalloutRoot = styled.aside.withConfig({ componentId: 'bs-callout' })`
  --bs-accent: ${tokens.color.note};
  --bs-surface: ${tokens.color.noteSurface};
  &[data-variant='didYouKnow'] {
    --bs-accent: ${tokens.color.didYouKnow};
    --bs-surface: ${tokens.color.didYouKnowSurface};
  }
  &[data-variant='tip'] {
    --bs-accent: ${tokens.color.tip};
    --bs-surface: ${tokens.color.tipSurface};
  }
  &[data-variant='warning'] {
    --bs-accent: ${tokens.color.warning};
    --bs-surface: ${tokens.color.warningSurface};
  }
  /* The transparent frame shows in forced-colours mode, where backgrounds vanish. */
  border: 1px solid transparent;
  border-inline-start: 0.375rem solid var(--bs-accent);
  border-radius: ${tokens.radius.md};
  padding-block: ${tokens.space.md};
  padding-inline: ${tokens.space.lg} ${tokens.space.md};
  background: var(--bs-surface);
  color: ${tokens.color.text};
  font: ${tokens.fontSize.md} / ${tokens.lineHeight.body} ${tokens.font.body};
  ${wrapAnywhere}

  & > p {
    display: flex;
    align-items: center;
    gap: ${tokens.space.sm};
    margin: 0 0 ${tokens.space.sm};
    color: var(--bs-accent);
    font: 700 ${tokens.fontSize.sm} / ${tokens.lineHeight.tight} ${tokens.font.ui};
  }
  & svg {
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
  }
`;
