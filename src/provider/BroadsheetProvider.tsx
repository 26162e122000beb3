'use client';

import { useMemo, type ComponentPropsWithRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { cacheCss } from '../internal/ruleCache';
import type { Messages } from '../messages/en';
import { themeToCustomProperties, type Theme } from '../theme/themes';
import { colorBackground, colorText, fontBody, schemeColor } from '../theme/vars';
import { BroadsheetContext, useBroadsheetSettings, type BroadsheetSettings } from './context';

export interface BroadsheetProviderProps extends ComponentPropsWithRef<'div'> {
  /** lightTheme, darkTheme or a theme of your own; omitted, the surrounding theme applies. */
  theme?: Theme;
  /** BCP 47 locale for dates, numbers and lists; inherits, else "en". */
  locale?: string;
  /** Words to replace in the messages table; the rest keep the surrounding values. */
  messages?: Partial<Messages>;
  /** IANA time zone for dates, e.g. "Europe/Berlin"; inherits, else "UTC". */
  timeZone?: string;
  /**
   * Whether datelines name their zone ("9:30 AM UTC"); inherits, else true. Set it to false
   * when `timeZone` is the reader's own (taken from their account or browser).
   */
  showTimeZone?: boolean;
  children: ReactNode;
}

// Its root installs the cache of compiled rules for every component inside it.
const ThemeRoot = cacheCss(styled.div.withConfig({ componentId: 'bs-theme' }))`
  color: ${colorText};
  background-color: ${colorBackground};
  font-family: ${fontBody};
  color-scheme: ${schemeColor};
`;

/** Sets the theme, locale and messages for every Broadsheet component inside it. */
export function BroadsheetProvider({
  theme,
  locale,
  messages,
  timeZone,
  showTimeZone,
  children,
  style,
  ...rest
}: BroadsheetProviderProps) {
  const parent = useBroadsheetSettings();
  const value = useMemo<BroadsheetSettings>(
    () => ({
      locale: locale ?? parent.locale,
      messages: messages ? { ...parent.messages, ...messages } : parent.messages,
      timeZone: timeZone ?? parent.timeZone,
      showTimeZone: showTimeZone ?? parent.showTimeZone,
    }),
    [locale, messages, timeZone, showTimeZone, parent],
  );
  const themeStyle = useMemo(() => (theme ? themeToCustomProperties(theme) : undefined), [theme]);
  // A client module always runs with React's full build, where the context exists.
  const Context = BroadsheetContext!;
  return (
    <Context.Provider value={value}>
      <ThemeRoot {...rest} style={themeStyle ? { ...themeStyle, ...style } : style}>
        {children}
      </ThemeRoot>
    </Context.Provider>
  );
}
