export {
  NumberedTrendList,
  trendListMarkup,
  type NumberedTrendListProps,
} from './NumberedTrendList';
export { TrendListRoot } from './NumberedTrendList.styles';
