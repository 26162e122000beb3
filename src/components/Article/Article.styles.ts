import { styled } from 'styled-components';
import { cacheCss } from '../../internal/ruleCache';
import { focusRing } from '../../theme/focusRing';
import { bodyText } from '../../theme/bodyText';
import {
  colorAccent,
  colorBorder,
  colorSurface,
  fontHeadline,
  fontSizeMd,
  fontSizeXl,
  fontSizeXs,
  fontUi,
  lineHeightTight,
  radiusMd,
  radiusSm,
  spaceLg,
  spaceMd,
  spaceXl,
  spaceXs,
} from '../../theme/vars';

// One static rule set for the page's own parts, each named by data-part (closing, related and
// its cards); the header, the body and the components after it style themselves. On the server
// its root keeps every compiled rule of the page inside it for the next request.
export const ArticleRoot = cacheCss(styled.article.withConfig({ componentId: 'bs-article' }))`
  box-sizing: border-box;
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${spaceXl};
  ${bodyText}

  & > [data-part] > [data-part='section-title'] {
    margin: 0 0 ${spaceMd};
    font-family: ${fontHeadline};
    font-size: ${fontSizeXl};
    line-height: ${lineHeightTight};
  }

  & > [data-part='closing'] {
    border: 1px solid transparent;
    border-block-start: 0.25rem solid ${colorAccent};
    border-radius: ${radiusMd};
    padding: ${spaceLg};
    background-color: ${colorSurface};
  }
  & > [data-part='closing'] > p {
    margin: 0;
  }

  & > [data-part='related'] {
    padding-block-start: ${spaceMd};
    border-block-start: 1px solid ${colorBorder};
  }
  & > [data-part='related'] > ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: ${spaceLg};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Every card has the same shape: a picture frame (empty when there is no picture), a kicker
     and a headline, so the grid stays even whichever links have images. */
  & [data-part='card'] {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: ${spaceXs};
    min-inline-size: 0;
  }
  & [data-part='card']::before {
    content: '';
    order: -2;
    aspect-ratio: 16 / 9;
    border-radius: ${radiusSm};
    background-color: ${colorSurface};
  }
  & [data-part='card'][data-image]::before {
    display: none;
  }
  & [data-part='card'] > img {
    display: block;
    order: -1;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: ${radiusSm};
    background-color: ${colorSurface};
  }
  & [data-part='card'] > [data-part='kicker'] {
    margin: ${spaceXs} 0 0;
    color: ${colorAccent};
    font-family: ${fontUi};
    font-size: ${fontSizeXs};
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  /* Headlines read as headlines; the underline comes with hover and focus. */
  & [data-part='card'] > a {
    color: inherit;
    font-family: ${fontHeadline};
    font-size: ${fontSizeMd};
    font-weight: 700;
    line-height: ${lineHeightTight};
    text-decoration: none;
    text-underline-offset: 0.15em;
    ${focusRing}
  }
  & [data-part='card'] > a:is(:hover, :focus-visible) {
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    & > [data-part='closing'],
    & > [data-part='related'] {
      border-color: CanvasText;
    }
    & [data-part='card'] > a {
      text-decoration: underline;
    }
  }
`;
