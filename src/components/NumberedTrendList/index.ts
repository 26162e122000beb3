export { NumberedTrendList, type NumberedTrendListProps } from './NumberedTrendList';
