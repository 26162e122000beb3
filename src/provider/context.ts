import * as React from 'react';
import { defaultMessages, type Messages } from '../messages/en';

export interface BroadsheetSettings {
  /** BCP 47 locale for dates, numbers and lists. */
  locale: string;
  messages: Messages;
}

export const defaultSettings: BroadsheetSettings = { locale: 'en', messages: defaultMessages };

// React's server-components build has no createContext: there the defaults apply.
export const BroadsheetContext =
  typeof React.createContext === 'function' ? React.createContext(defaultSettings) : null;

/** The locale and messages in force: the nearest BroadsheetProvider's, or the defaults. */
export function useBroadsheet(): BroadsheetSettings {
  // The branch is fixed for the module's lifetime, so hook order never changes between renders.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  return BroadsheetContext ? React.useContext(BroadsheetContext) : defaultSettings;
}
