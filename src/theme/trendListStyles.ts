import { css } from 'styled-components';
import { leadingTight, typeMd, typeXl } from './scriptType';
import {
  colorAccent,
  colorSurface,
  fontHeadline,
  fontUi,
  motionDuration,
  motionEasing,
  radiusMd,
  spaceLg,
  spaceMd,
  spaceSm,
  spaceXl,
} from './vars';
import { bodyText } from './bodyText';

/**
 * A numbered trend list's look, set on its root: NumberedTrendList's own styled section, and
 * each list that ArticleBody draws as plain markup inside its one styled container. One static
 * rule set: each part is reached by its data-part name, whatever its heading level.
 */
export const trendListStyles = css`
  box-sizing: border-box;
  ${bodyText}

  & [data-part='title'] {
    margin: 0 0 ${spaceLg};
    font-family: ${fontHeadline};
    font-size: ${typeXl};
    line-height: ${leadingTight};
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
    &:target {
      background-color: ${colorSurface};
      outline: 2px solid transparent;
    }
    @media (min-width: 40rem) {
      gap: ${spaceMd};
    }
    /* Motion only for readers who have not asked for less. */
    @media (prefers-reduced-motion: no-preference) {
      transition: background-color ${motionDuration} ${motionEasing};
    }
  }

  & [data-part='number'] {
    flex: none;
    min-inline-size: 2ch;
    color: ${colorAccent};
    font-family: ${fontHeadline};
    font-size: ${typeXl};
    font-variant-numeric: tabular-nums lining-nums;
    font-weight: 700;
    line-height: 1;
    text-align: end;
    text-box: trim-both cap alphabetic;
  }

  & [data-part='content'] {
    flex: 1 1 auto;
    min-inline-size: 0;
    & > p {
      margin: 0 0 ${spaceSm};
    }
    & > p:last-child {
      margin-block-end: 0;
    }
  }

  & [data-part='item-title'] {
    margin: 0 0 ${spaceSm};
    font: 700 ${typeMd} / ${leadingTight} ${fontUi};
    text-box: trim-start cap alphabetic;
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
