export { sampleArticle, sampleClosing } from './article';
export { rtlArticle, hostileArticle, hostileNoAuthors, minimalArticle } from './rtlArticle';
export { sampleComments } from './comments';
