'use client';

import { useMemo, type ComponentPropsWithRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import type { Messages } from '../messages/en';
import { themeToCustomProperties, tokens, type Theme } from '../theme/tokens';
import { BroadsheetContext, useBroadsheetSettings, type BroadsheetSettings } from './context';

export interface BroadsheetProviderProps extends ComponentPropsWithRef<'div'> {
  /** lightTheme, darkTheme or a theme of your own; omitted, the surrounding theme applies. */
  theme?: Theme;
  /** BCP 47 locale for dates, numbers and lists; inherits, else "en". */
  locale?: string;
  /** Words to replace in the messages table; the rest keep the surrounding values. */
  messages?: Partial<Messages>;
  children: ReactNode;
}

const ThemeRoot = styled.div.withConfig({ componentId: 'bs-theme' })`
  color: ${tokens.color.text};
  background-color: ${tokens.color.background};
  font-family: ${tokens.font.body};
`;

/** Sets the theme, locale and messages for every Broadsheet component inside it. */
export function BroadsheetProvider({
  theme,
  locale,
  messages,
  children,
  style,
  ...rest
}: BroadsheetProviderProps) {
  const parent = useBroadsheetSettings();
  const value = useMemo<BroadsheetSettings>(
    () => ({
      locale: locale ?? parent.locale,
      messages: messages ? { ...parent.messages, ...messages } : parent.messages,
    }),
    [locale, messages, parent],
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
