import { styled } from 'styled-components';
import {
  leadingBody,
  scriptSizes,
  leadingTight,
  typeDisplay,
  typeSm,
  typeXl,
  typeXs,
} from '../../theme/scriptType';
import {
  colorAccent,
  colorSurface,
  colorTextMuted,
  fontHeadline,
  fontUi,
  layoutMeasure,
  radiusSm,
  spaceLg,
  spaceMd,
  spaceSm,
  spaceXl,
} from '../../theme/vars';
import { bodyText } from '../../theme/bodyText';
import { calloutStyles } from '../../theme/calloutStyles';
import { trendListStyles } from '../../theme/trendListStyles';

// One static rule set for every block; only the body's own children are styled here, so the
// library's components inside it keep their own look. The callouts and trend lists the body
// draws itself are plain markup, styled here once for the whole body; they carry only their
// component's class name, so these rules never reach a Callout or NumberedTrendList of the
// app's, whose styled root has a class of its own besides.
export const ArticleBodyRoot = styled.div.withConfig({ componentId: 'bs-body' })`
  ${scriptSizes}
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
  /* A titled FAQ opens a section of its own: as much room above it as above a heading. */
  & > [data-part='faq']:has(> [data-part='title']) {
    margin-block-start: ${spaceXl};
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
    font-size: ${typeXl};
    line-height: ${leadingTight};
    scroll-margin-block-start: ${spaceXl};
  }

  & > figure {
    margin-inline: 0;
  }

  /* Running text keeps to the measure; images and the app's own wide blocks may go wider. */
  &
    > :is(
      p,
      h1,
      h2,
      h3,
      h4,
      h5,
      h6,
      ul,
      ol,
      blockquote,
      aside,
      section,
      [data-part='quote'],
      [data-part='faq']
    ) {
    box-sizing: border-box;
    max-inline-size: ${layoutMeasure};
  }

  /* The pull quote, also when an app's renderBlock wraps the default one in an element. */
  & > :not([data-part]) > [data-part='quote'] {
    box-sizing: border-box;
    margin: 0;
    max-inline-size: ${layoutMeasure};
  }
  & > [data-part='quote'],
  & > :not([data-part]) > [data-part='quote'] {
    border-inline-start: 0.25rem solid ${colorAccent};
    padding-inline-start: ${spaceLg};
    & > blockquote {
      margin: 0;
      font-family: ${fontHeadline};
      font-size: ${typeDisplay};
      font-style: italic;
      line-height: ${leadingTight};
      text-wrap: balance;
      /* Scripts with no italic tradition are slanted by the browser: keep them upright. */
      &:lang(ar),
      &:lang(fa),
      &:lang(he),
      &:lang(ur) {
        font-style: normal;
      }
      & > p {
        margin: 0;
      }
    }
  }
  & > [data-part='image'] > img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: ${radiusSm};
    background-color: ${colorSurface};
  }

  /* Captions of images and quotes, also of a quote that renderBlock wraps in an element. */
  & > figure > figcaption,
  & > :not([data-part]) > [data-part='quote'] > figcaption {
    margin-block-start: ${spaceSm};
    color: ${colorTextMuted};
    font-family: ${fontUi};
    font-size: ${typeSm};
    line-height: ${leadingBody};
  }
  & > figure > figcaption > [data-part='credit'] {
    font-size: ${typeXs};
    letter-spacing: 0.02em;
  }

  & > [class='bs-callout'] {
    ${calloutStyles}
  }
  & > [class='bs-trends'] {
    ${trendListStyles}
  }

  @media (forced-colors: active) {
    & > [data-part='quote'],
    & > :not([data-part]) > [data-part='quote'] {
      border-inline-start-color: CanvasText;
    }
  }
`;
