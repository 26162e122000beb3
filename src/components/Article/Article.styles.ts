import { styled } from 'styled-components';
import {
  leadingTight,
  scriptSizes,
  typeLg,
  typeMd,
  typeSm,
  typeXl,
  typeXs,
} from '../../theme/scriptType';
import { cacheCss } from '../../internal/ruleCache';
import { focusRing } from '../../theme/focusRing';
import { bodyText } from '../../theme/bodyText';
import {
  colorAccent,
  colorBackground,
  colorBorder,
  colorSurface,
  fontHeadline,
  fontUi,
  layoutMeasure,
  radiusMd,
  radiusSm,
  spaceLg,
  spaceMd,
  spaceSm,
  spaceXl,
  spaceXs,
} from '../../theme/vars';

// One static rule set for the page's own parts, each named by data-part (closing, related and
// its cards); the header, the body and the components after it style themselves. On the server
// its root keeps every compiled rule of the page inside it for the next request.
export const ArticleRoot = cacheCss(styled.article.withConfig({ componentId: 'bs-article' }))`
  ${scriptSizes}
  box-sizing: border-box;
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${spaceXl};
  ${bodyText}

  & > [data-part] > [data-part='section-title'] {
    margin: 0 0 ${spaceMd};
    font-family: ${fontHeadline};
    font-size: ${typeXl};
    line-height: ${leadingTight};
  }

  /* The closing keeps to the measure, with a heading a step below a section head, and ends
     with what it asks for: the app's action, then links to the comments and the sign-up. */
  & > [data-part='closing'] {
    box-sizing: border-box;
    max-inline-size: ${layoutMeasure};
    border: 1px solid transparent;
    border-block-start: 0.25rem solid ${colorAccent};
    border-radius: ${radiusMd};
    padding: ${spaceLg};
    background-color: ${colorSurface};
  }
  & > [data-part='closing'] > [data-part='section-title'] {
    margin-block-end: ${spaceSm};
    font-size: ${typeLg};
  }
  & > [data-part='closing'] > p {
    margin: 0;
  }
  & > [data-part='closing'] > [data-part='closing-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${spaceSm} ${spaceMd};
    margin-block-start: ${spaceMd};
  }
  & [data-part='closing-actions'] > a {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-block-size: 2.75rem;
    border: 2px solid ${colorAccent};
    padding: ${spaceXs} ${spaceMd};
    color: ${colorAccent};
    font: 700 ${typeSm} / ${leadingTight} ${fontUi};
    text-decoration: none;
    ${focusRing}
  }
  & [data-part='closing-actions'] > a[data-variant='primary'] {
    background-color: ${colorAccent};
    color: ${colorBackground};
  }
  & [data-part='closing-actions'] > a:hover {
    text-decoration: underline;
  }

  & > [data-part='related'] {
    container-type: inline-size;
    padding-block-start: ${spaceMd};
    border-block-start: 1px solid ${colorBorder};
  }
  & > [data-part='related'] > ul {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A card is its kicker and headline, with a small picture at the end when the link has one;
     a link without a picture is a text card. On a phone the cards are a list. */
  & [data-part='card'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    column-gap: ${spaceMd};
    min-inline-size: 0;
    border-block-start: 1px solid ${colorBorder};
    padding-block: ${spaceSm} ${spaceMd};
  }
  & [data-part='card'][data-image] {
    grid-template-columns: minmax(0, 1fr) 7rem;
  }
  & [data-part='card'] > :not(img) {
    grid-column: 1;
  }
  & [data-part='card'] > img {
    display: block;
    grid-column: 2;
    grid-row: 1 / span 2;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: ${radiusSm};
    background-color: ${colorSurface};
  }
  /* Wider, a grid that stays even: two across for two, four and eight links, three across for
     three, five, six and nine, where each picture goes on top of its card. */
  @container (min-width: 30rem) {
    & > [data-part='related'] > ul {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      column-gap: ${spaceLg};
    }
    & > [data-part='related'] > ul:is(
        :has(> :nth-child(3):last-child),
        :has(> :nth-child(5):last-child),
        :has(> :nth-child(6):last-child),
        :has(> :nth-child(9):last-child)
      ) {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      & > [data-part='card'] {
        grid-template-columns: minmax(0, 1fr);
        row-gap: ${spaceXs};
      }
      & > [data-part='card'] > img {
        grid-column: 1;
        grid-row: 1;
        aspect-ratio: 16 / 9;
        margin-block-end: ${spaceXs};
      }
    }
  }
  & [data-part='card'] > [data-part='kicker'] {
    margin: 0 0 ${spaceXs};
    line-height: ${leadingTight};
    color: ${colorAccent};
    font-family: ${fontUi};
    font-size: ${typeXs};
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  /* Headlines read as headlines; the underline comes with hover and focus. */
  & [data-part='card'] > a {
    color: inherit;
    font-family: ${fontHeadline};
    font-size: ${typeMd};
    font-weight: 700;
    line-height: ${leadingTight};
    text-decoration: none;
    text-underline-offset: 0.15em;
    ${focusRing}
  }
  & [data-part='card'] > a:is(:hover, :focus-visible) {
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    & > [data-part='closing'],
    & > [data-part='related'],
    & [data-part='card'] {
      border-color: CanvasText;
    }
    & [data-part='card'] > a,
    & [data-part='closing-actions'] > a {
      text-decoration: underline;
    }
  }
`;
