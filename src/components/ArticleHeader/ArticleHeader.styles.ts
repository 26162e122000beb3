import { styled } from 'styled-components';
import {
  leadingBody,
  leadingTight,
  scriptSizes,
  typeLg,
  typeSm,
  typeXs,
  typeXxl,
} from '../../theme/scriptType';
import {
  colorAccent,
  colorBackground,
  colorBorder,
  colorLink,
  colorText,
  colorTextMuted,
  fontBody,
  fontHeadline,
  fontUi,
  layoutBleed,
  layoutMeasure,
  radiusSm,
  spaceMd,
  spaceSm,
  spaceXs,
} from '../../theme/vars';
import { focusRing } from '../../theme/focusRing';
import { wrapAnywhere } from '../../theme/wrapAnywhere';

// One static rule set for the whole header: each part is reached by its data-part name, so
// nothing is computed at render time. Nothing moves, so reduced motion needs no rule of its own.
export const ArticleHeaderRoot = styled.header.withConfig({ componentId: 'bs-header' })`
  ${scriptSizes}
  display: flex;
  flex-direction: column;
  gap: ${spaceMd};
  min-inline-size: 0;
  color: ${colorText};
  font-family: ${fontBody};
  ${wrapAnywhere}

  & * {
    margin: 0;
  }
  /* The text keeps to the measure; the hero picture may go wider. */
  & > :not([data-part='hero']) {
    max-inline-size: ${layoutMeasure};
  }

  & > [data-part='kicker'] {
    color: ${colorAccent};
    font-family: ${fontUi};
    font-size: ${typeSm};
    font-weight: 700;
    letter-spacing: 0.02em;
    line-height: ${leadingTight};
  }

  & > [data-part='headline'] {
    font-family: ${fontHeadline};
    font-size: ${typeXxl};
    font-weight: 700;
    line-height: ${leadingTight};
    text-wrap: balance;
  }

  & > [data-part='standfirst'] {
    color: ${colorTextMuted};
    font-size: ${typeLg};
    line-height: ${leadingBody};
  }

  & > [data-part='meta'] {
    display: flex;
    flex-direction: column;
    gap: ${spaceXs};
    padding-block-start: ${spaceSm};
    border-block-start: 1px solid ${colorBorder};
    font-family: ${fontUi};
    font-size: ${typeSm};
    line-height: ${leadingBody};
  }

  /* Photos grouped, then one line of names: "By A (role) and B". */
  & [data-part='byline'] {
    display: flex;
    align-items: center;
    gap: ${spaceSm};
  }
  & [data-part='avatars'] {
    display: flex;
    flex: none;
  }
  & [data-part='avatars'] > img {
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border: 2px solid ${colorBackground};
    border-radius: 50%;
    object-fit: cover;
  }
  & [data-part='avatars'] > img + img {
    margin-inline-start: -0.75rem;
  }
  & [data-part='author'] {
    font-weight: 700;
  }
  & [data-part='author'] a {
    color: ${colorLink};
    text-underline-offset: 0.15em;
    ${focusRing}
  }
  & [data-part='role'] {
    color: ${colorTextMuted};
    font-weight: 400;
  }

  & [data-part='date'] {
    color: ${colorTextMuted};
    font-size: ${typeXs};
  }

  & > [data-part='hero'] {
    display: flex;
    flex-direction: column;
    gap: ${spaceSm};
  }
  & > [data-part='hero'] > img {
    max-inline-size: 100%;
    block-size: auto;
    border-radius: ${radiusSm};
  }
  /* On a phone the picture runs to the screen's edges, over the page's own padding (the
     layout.bleed token); the caption stays in the column. */
  @media (max-width: 40rem) {
    & > [data-part='hero'] > img {
      inline-size: calc(100% + 2 * ${layoutBleed});
      max-inline-size: none;
      margin-inline: calc(-1 * ${layoutBleed});
    }
  }
  /* The same size as the captions in the body. */
  & [data-part='caption'] {
    color: ${colorTextMuted};
    font-family: ${fontUi};
    font-size: ${typeSm};
    line-height: ${leadingBody};
  }
  & [data-part='caption'] > [data-part='credit'] {
    font-size: ${typeXs};
    letter-spacing: 0.02em;
  }

  @media (forced-colors: active) {
    & > [data-part='meta'],
    & [data-part='avatars'] > img {
      border-color: CanvasText;
    }
  }
`;
