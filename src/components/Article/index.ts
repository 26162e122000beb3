export { Article, type ArticleClosing, type ArticleProps } from './Article';
