export { Callout, type CalloutProps } from './components/Callout';
export {
  FAQAccordion,
  type FAQAccordionItem,
  type FAQAccordionMultipleProps,
  type FAQAccordionProps,
  type FAQAccordionSingleProps,
} from './components/FAQAccordion';
export { ArticleHeader, type ArticleHeaderProps } from './components/ArticleHeader';
export { NumberedTrendList, type NumberedTrendListProps } from './components/NumberedTrendList';
export {
  ArticleBody,
  type ArticleBlock,
  type ArticleBodyProps,
  type CustomBlock,
  type RenderBlock,
} from './components/ArticleBody';
export { Article, type ArticleClosing, type ArticleProps } from './components/Article';
export { CommentBox, type CommentBoxProps, type CommentSort } from './components/CommentBox';
export {
  NewsletterSignup,
  type NewsletterSignupProps,
  type NewsletterSignupVariant,
} from './components/NewsletterSignup';
export { BroadsheetProvider, type BroadsheetProviderProps } from './provider/BroadsheetProvider';
export {
  lightTheme,
  darkTheme,
  extendTheme,
  type Theme,
  type ThemeOverrides,
} from './theme/themes';
export { tokens } from './theme/tokens';
export { defaultMessages, type Messages } from './messages/en';
export {
  JsonLd,
  faqPageJsonLd,
  newsArticleJsonLd,
  type JsonLdProps,
  type NewsArticleInput,
} from './jsonld';
// The Article data type leaves with the Article component, which shares its name.
export type {
  Author,
  Block,
  CalloutVariant,
  Comment,
  CommentDraft,
  CommentReport,
  CommentStatus,
  CommentViewer,
  FAQItem,
  Image,
  ISODate,
  RelatedLink,
  ReportReason,
  SubscribeRequest,
  SubscribeResult,
  Trend,
} from './model/types';
