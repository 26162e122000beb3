import { styled } from 'styled-components';
import {
  colorAccent,
  colorSurface,
  fontHeadline,
  fontSizeMd,
  fontSizeXl,
  fontUi,
  lineHeightTight,
  motionDuration,
  motionEasing,
  radiusMd,
  spaceLg,
  spaceMd,
  spaceSm,
  spaceXl,
} from '../../theme/vars';
import { bodyText } from '../../theme/bodyText';

// One static rule set: each part is reached by its data-part name, whatever its heading level.
export const TrendListRoot = styled.section.withConfig({ componentId: 'bs-trends' })`
  box-sizing: border-box;
  ${bodyText}

  & [data-part='title'] {
    margin: 0 0 ${spaceLg};
    font-family: ${fontHeadline};
    font-size: ${fontSizeXl};
    line-height: ${lineHeightTight};
  }

  /* The markers are drawn by hand, so role="list" keeps the list a list in Safari. */
  & [data-part='list'] {
    display: grid;
    gap: ${spaceLg};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* The numeral's cap height lines up with the item title's: both are trimmed to it. */
  & [data-part='item'] {
    display: flex;
    align-items: flex-start;
    gap: ${spaceSm};
    border-radius: ${radiusMd};
    scroll-margin-block-start: ${spaceXl};
  }

  & [data-part='item']:target {
    background-color: ${colorSurface};
    outline: 2px solid transparent;
  }

  & [data-part='number'] {
    flex: none;
    min-inline-size: 2ch;
    color: ${colorAccent};
    font-family: ${fontHeadline};
    font-size: ${fontSizeXl};
    font-variant-numeric: tabular-nums lining-nums;
    font-weight: 700;
    line-height: 1;
    text-align: end;
    text-box: trim-both cap alphabetic;
  }

  & [data-part='content'] {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  & [data-part='item-title'] {
    margin: 0 0 ${spaceSm};
    font: 700 ${fontSizeMd} / ${lineHeightTight} ${fontUi};
    text-box: trim-start cap alphabetic;
  }

  & [data-part='content'] > p {
    margin: 0 0 ${spaceSm};
  }
  & [data-part='content'] > p:last-child {
    margin-block-end: 0;
  }

  @media (min-width: 40rem) {
    & [data-part='item'] {
      gap: ${spaceMd};
    }
  }

  /* Motion only for readers who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    & [data-part='item'] {
      transition: background-color ${motionDuration} ${motionEasing};
    }
  }

  @media (forced-colors: active) {
    & [data-part='number'] {
      color: CanvasText;
    }
    & [data-part='item']:target {
      outline-color: Highlight;
    }
  }
`;
