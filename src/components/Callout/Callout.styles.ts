import { styled } from 'styled-components';
import {
  colorDidYouKnow,
  colorDidYouKnowSurface,
  colorNote,
  colorNoteSurface,
  colorText,
  colorTip,
  colorTipSurface,
  colorWarning,
  colorWarningSurface,
  fontBody,
  fontSizeMd,
  fontSizeSm,
  fontUi,
  lineHeightBody,
  lineHeightTight,
  radiusMd,
  spaceLg,
  spaceMd,
  spaceSm,
} from '../../theme/vars';
import { wrapAnywhere } from '../../theme/wrapAnywhere';

// One static rule set for every variant: data-variant picks the colours, so no variant
// computes styles at render time.
export const CalloutRoot = styled.aside.withConfig({ componentId: 'bs-callout' })`
  --bs-accent: ${colorNote};
  --bs-surface: ${colorNoteSurface};
  &[data-variant='didYouKnow'] {
    --bs-accent: ${colorDidYouKnow};
    --bs-surface: ${colorDidYouKnowSurface};
  }
  &[data-variant='tip'] {
    --bs-accent: ${colorTip};
    --bs-surface: ${colorTipSurface};
  }
  &[data-variant='warning'] {
    --bs-accent: ${colorWarning};
    --bs-surface: ${colorWarningSurface};
  }
  /* The transparent frame shows in forced-colours mode, where backgrounds vanish. */
  border: 1px solid transparent;
  border-inline-start: 0.375rem solid var(--bs-accent);
  border-radius: ${radiusMd};
  padding-block: ${spaceMd};
  padding-inline: ${spaceLg} ${spaceMd};
  background: var(--bs-surface);
  color: ${colorText};
  font: ${fontSizeMd} / ${lineHeightBody} ${fontBody};
  ${wrapAnywhere}

  & > [data-part='title'] {
    display: flex;
    align-items: center;
    gap: ${spaceSm};
    margin: 0 0 ${spaceSm};
    color: var(--bs-accent);
    font: 700 ${fontSizeSm} / ${lineHeightTight} ${fontUi};
  }
  & > [data-part='title'] > [data-part='icon'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
  }
  & > [data-part='content'] > :first-child {
    margin-block-start: 0;
  }
  & > [data-part='content'] > :last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;
