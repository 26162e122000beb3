import { styled } from 'styled-components';
import {
  colorAccent,
  colorSurface,
  colorTextMuted,
  fontHeadline,
  fontSizeLg,
  fontSizeSm,
  fontSizeXl,
  fontSizeXs,
  fontUi,
  lineHeightBody,
  lineHeightTight,
  radiusSm,
  spaceLg,
  spaceMd,
  spaceSm,
  spaceXl,
} from '../../theme/vars';
import { bodyText } from '../../theme/bodyText';

// One static rule set for every block; only the body's own children are styled here, so the
// library's components inside it keep their own look.
export const ArticleBodyRoot = styled.div.withConfig({ componentId: 'bs-body' })`
  box-sizing: border-box;
  ${bodyText}

  & > * {
    margin-block: 0;
  }
  & > * + * {
    margin-block-start: ${spaceMd};
  }
  & > :is(aside, section, figure, div) {
    margin-block: ${spaceLg};
  }
  & > :first-child {
    margin-block-start: 0;
  }
  & > :last-child {
    margin-block-end: 0;
  }

  & > :is(h1, h2, h3, h4, h5, h6) {
    margin-block: ${spaceXl} ${spaceSm};
    font-family: ${fontHeadline};
    font-size: ${fontSizeXl};
    line-height: ${lineHeightTight};
    scroll-margin-block-start: ${spaceXl};
  }

  & > figure {
    margin-inline: 0;
  }

  & > [data-part='quote'] {
    border-inline-start: 0.25rem solid ${colorAccent};
    padding-inline-start: ${spaceLg};
  }
  & > figure > blockquote {
    margin: 0;
    font-family: ${fontHeadline};
    font-size: ${fontSizeLg};
    font-style: italic;
    line-height: ${lineHeightTight};
  }
  & > figure > blockquote > p {
    margin: 0;
  }

  & > [data-part='image'] > img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: ${radiusSm};
    background-color: ${colorSurface};
  }

  & > figure > figcaption {
    margin-block-start: ${spaceSm};
    color: ${colorTextMuted};
    font-family: ${fontUi};
    font-size: ${fontSizeSm};
    line-height: ${lineHeightBody};
  }
  & > figure > figcaption > [data-part='credit'] {
    font-size: ${fontSizeXs};
    letter-spacing: 0.02em;
  }

  @media (forced-colors: active) {
    & > [data-part='quote'] {
      border-inline-start-color: CanvasText;
    }
  }
`;
