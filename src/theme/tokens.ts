import { createTheme } from 'styled-components';
import { lightTheme } from './themes';

export {
  darkTheme,
  extendTheme,
  lightTheme,
  themeToCustomProperties,
  type Theme,
  type ThemeOverrides,
} from './themes';

/**
 * Every token as `var(--bs-group-name, fallback)`, for an app's own styled components. The
 * library's style modules import the same tokens one by one from ./vars (written without the
 * space after the comma), which scripts/generate-vars.mjs writes from the light theme; a test
 * keeps the two in step.
 */
export const tokens = /* @__PURE__ */ createTheme(lightTheme, { prefix: 'bs' });
