import { styled } from 'styled-components';
import {
  colorAccent,
  colorSurface,
  fontHeadline,
  fontSizeLg,
  fontSizeXl,
  fontSizeXxl,
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

  & [data-part='item'] {
    display: flex;
    align-items: flex-start;
    gap: ${spaceMd};
    border-radius: ${radiusMd};
    scroll-margin-block-start: ${spaceXl};
  }

  & [data-part='item']:target {
    background-color: ${colorSurface};
    outline: 2px solid transparent;
  }

  & [data-part='number'] {
    flex: none;
    min-inline-size: 2.25rem;
    color: ${colorAccent};
    font-family: ${fontHeadline};
    font-size: ${fontSizeXxl};
    font-variant-numeric: tabular-nums lining-nums;
    font-weight: 700;
    line-height: 1;
    text-align: end;
  }

  & [data-part='content'] {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  & [data-part='item-title'] {
    margin: 0 0 ${spaceSm};
    font-family: ${fontHeadline};
    font-size: ${fontSizeLg};
    line-height: ${lineHeightTight};
  }

  & [data-part='content'] > p {
    margin: 0 0 ${spaceSm};
  }
  & [data-part='content'] > p:last-child {
    margin-block-end: 0;
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
