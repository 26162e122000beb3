import { createContext, useContext } from 'react';
import { defaultMessages, type Messages } from '../messages/en';

export interface BroadsheetSettings {
  /** BCP 47 locale for dates, numbers and lists. */
  locale: string;
  /** Words that replace the components' own English ones. */
  messages: Partial<Messages>;
}

const noOverrides: Partial<Messages> = {};

export const defaultSettings: BroadsheetSettings = { locale: 'en', messages: noOverrides };

// React's server-components build has no createContext (the import is then undefined):
// there the defaults apply.
export const BroadsheetContext =
  typeof createContext === 'function' ? createContext(defaultSettings) : null;

/** The nearest BroadsheetProvider's locale and message overrides, or the defaults. */
export function useBroadsheetSettings(): BroadsheetSettings {
  // The branch is fixed for the module's lifetime, so hook order never changes between renders.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  return BroadsheetContext ? useContext(BroadsheetContext) : defaultSettings;
}

/**
 * A component's words: its own English defaults (e.g. `calloutMessages`) with the provider's
 * overrides laid over them. Passing only its own defaults keeps other components' words out
 * of its bundle.
 */
export function useMessages<T extends Partial<Messages>>(
  defaults: T,
): { messages: T; locale: string } {
  const { locale, messages } = useBroadsheetSettings();
  return { messages: messages === noOverrides ? defaults : { ...defaults, ...messages }, locale };
}

/** The locale and the whole messages table. Prefer useMessages, which ships fewer words. */
export function useBroadsheet(): { locale: string; messages: Messages } {
  return useMessages(defaultMessages);
}
