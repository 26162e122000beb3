import { css } from 'styled-components';
import { leadingBody, leadingTight, typeSm } from './scriptType';
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
  fontUi,
  layoutMeasure,
  spaceMd,
  spaceSm,
  spaceXs,
} from './vars';
import { wrapAnywhere } from './wrapAnywhere';

/**
 * A callout's look, set on its root: Callout's own styled aside, and each callout that
 * ArticleBody draws as plain markup inside its one styled container. One static rule set for
 * every variant: data-variant picks the colours, so no variant computes styles at render time.
 */
export const calloutStyles = css`
  /* An editorial box: a rule across the top, sans text a step below the body. The rule's
     weight and style tell the variants apart as well as its colour (and each has its own icon
     and title): a thin rule for a note, a double one for a warning. The transparent frame
     shows in forced-colours mode, where backgrounds vanish. */
  --bs-accent: ${colorNote};
  box-sizing: border-box;
  max-inline-size: ${layoutMeasure};
  background: ${colorNoteSurface};
  border: 1px solid transparent;
  border-block-start: 0.25rem solid var(--bs-accent);
  padding: ${spaceSm} ${spaceMd} ${spaceMd};
  color: ${colorText};
  font: ${typeSm} / ${leadingBody} ${fontUi};
  ${wrapAnywhere}

  &[data-variant='didYouKnow'] {
    --bs-accent: ${colorDidYouKnow};
    background: ${colorDidYouKnowSurface};
  }
  &[data-variant='tip'] {
    --bs-accent: ${colorTip};
    background: ${colorTipSurface};
  }
  &[data-variant='note'] {
    border-block-start-width: 2px;
  }
  &[data-variant='warning'] {
    --bs-accent: ${colorWarning};
    background: ${colorWarningSurface};
    border-block-start: 0.4375rem double var(--bs-accent);
  }

  & > [data-part='title'] {
    display: flex;
    align-items: center;
    gap: ${spaceSm};
    margin: 0 0 ${spaceXs};
    color: var(--bs-accent);
    font: 700 ${typeSm} / ${leadingTight} ${fontUi};
    & > [data-part='icon'] {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      fill: currentColor;
    }
  }
  & > [data-part='content'] {
    & > :first-child {
      margin-block-start: 0;
    }
    & > :last-child {
      margin-block-end: 0;
    }
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;
