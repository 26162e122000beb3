export { sampleArticle, sampleClosing } from './article';
export { rtlArticle, hostileArticle, hostileNoAuthors, minimalArticle } from './rtlArticle';
export { arabicArticle, arabicClosing, arabicComments } from './arabicArticle';
export { sampleComments } from './comments';
