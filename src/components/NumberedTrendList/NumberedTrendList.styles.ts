import { styled } from 'styled-components';
import { trendListStyles } from '../../theme/trendListStyles';

export const TrendListRoot = styled.section.withConfig({ componentId: 'bs-trends' })`
  ${trendListStyles}
`;
