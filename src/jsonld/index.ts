export { JsonLd, type JsonLdProps } from './JsonLd';
export { newsArticleJsonLd, type NewsArticleInput } from './newsArticle';
export { faqPageJsonLd } from './faqPage';
export { serializeJsonLd } from './serialize';
