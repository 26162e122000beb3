export { Callout, type CalloutProps } from './components/Callout';
export { BroadsheetProvider, type BroadsheetProviderProps } from './provider/BroadsheetProvider';
export {
  lightTheme,
  darkTheme,
  extendTheme,
  tokens,
  type Theme,
  type ThemeOverrides,
} from './theme/tokens';
export { defaultMessages, type Messages } from './messages/en';
export type {
  Article,
  Author,
  Block,
  CalloutVariant,
  Comment,
  CommentDraft,
  FAQItem,
  Image,
  ISODate,
  RelatedLink,
  SubscribeRequest,
  SubscribeResult,
  Trend,
} from './model/types';
