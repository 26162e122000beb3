export {
  ArticleBody,
  type ArticleBlock,
  type ArticleBodyProps,
  type CustomBlock,
  type RenderBlock,
} from './ArticleBody';
