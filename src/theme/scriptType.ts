import { css } from 'styled-components';
import {
  fontSizeDisplay,
  fontSizeLg,
  fontSizeMd,
  fontSizeSm,
  fontSizeXl,
  fontSizeXs,
  fontSizeXxl,
  lineHeightBody,
  lineHeightTight,
  scriptArabicLeading,
  scriptArabicSize,
} from './vars';

/**
 * For every component's root: each element in Arabic script (by its language, ar, fa or ur)
 * takes the script's size and leading factors, every other element 1, so a Latin quote inside
 * an Arabic page keeps the Latin sizes. The sizes and leadings below read the factors.
 */
export const scriptSizes = css`
  &,
  & * {
    --bs-script-size: 1;
    --bs-script-leading: 1;
  }
  &:lang(ar),
  &:lang(fa),
  &:lang(ur),
  & :lang(ar),
  & :lang(fa),
  & :lang(ur) {
    --bs-script-size: ${scriptArabicSize};
    --bs-script-leading: ${scriptArabicLeading};
  }
`;

// Every root sets the factors on each element inside it, so they need no fallback.
const size = (token: string) => `calc(${token}*var(--bs-script-size))`;
const leading = (token: string) => `calc(${token}*var(--bs-script-leading))`;

/** The type scale's sizes, a step larger in Arabic script (see `scriptSizes`). */
export const typeXs = /* @__PURE__ */ size(fontSizeXs);
export const typeSm = /* @__PURE__ */ size(fontSizeSm);
export const typeMd = /* @__PURE__ */ size(fontSizeMd);
export const typeLg = /* @__PURE__ */ size(fontSizeLg);
export const typeXl = /* @__PURE__ */ size(fontSizeXl);
export const typeDisplay = /* @__PURE__ */ size(fontSizeDisplay);
export const typeXxl = /* @__PURE__ */ size(fontSizeXxl);

/** The line heights, looser in Arabic script. */
export const leadingTight = /* @__PURE__ */ leading(lineHeightTight);
export const leadingBody = /* @__PURE__ */ leading(lineHeightBody);
