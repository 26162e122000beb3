import { createContext, useContext, type Context } from 'react';
import type { Messages } from '../messages/en';

export interface BroadsheetSettings {
  /** BCP 47 locale for dates, numbers and lists. */
  locale: string;
  /** Words that replace the components' own English ones. */
  messages: Partial<Messages>;
  /** IANA time zone that dates are written in; fixed, so server and browser agree. */
  timeZone: string;
  /** Whether datelines name their zone; false when `timeZone` is the reader's own. */
  showTimeZone: boolean;
}

export const defaultSettings: BroadsheetSettings = {
  locale: 'en',
  messages: {},
  timeZone: 'UTC',
  showTimeZone: true,
};

// React's server-components build has no createContext (the import is then undefined):
// there the defaults apply.
export const BroadsheetContext: Context<BroadsheetSettings> | undefined =
  createContext?.(defaultSettings);

/** The nearest BroadsheetProvider's settings, or the defaults. */
export function useBroadsheetSettings(): BroadsheetSettings {
  // The branch is fixed for the module's lifetime, so hook order never changes between renders.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  return BroadsheetContext ? useContext(BroadsheetContext) : defaultSettings;
}

/**
 * Settings given to one component directly. A Server Component cannot read a provider's
 * context, so this is how it translates the components it renders.
 */
export interface OwnSettings {
  locale?: string;
  messages?: Partial<Messages>;
  timeZone?: string;
  showTimeZone?: boolean;
}

/**
 * A component's words: its own English defaults (e.g. `calloutMessages`), then the provider's
 * overrides, then the component's own; with the locale and time zone, the component's own
 * first. Passing only its own defaults keeps other components' words out of its bundle.
 */
export function useMessages<T extends Partial<Messages>>(
  defaults: T,
  own: OwnSettings = {},
): { messages: T; locale: string; timeZone: string; showTimeZone: boolean } {
  const settings = useBroadsheetSettings();
  return {
    messages: { ...defaults, ...settings.messages, ...own.messages },
    locale: own.locale ?? settings.locale,
    timeZone: own.timeZone ?? settings.timeZone,
    showTimeZone: own.showTimeZone ?? settings.showTimeZone,
  };
}
