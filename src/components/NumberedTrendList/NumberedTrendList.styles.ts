import { styled } from 'styled-components';
import { scriptSizes } from '../../theme/scriptType';
import { trendListStyles } from '../../theme/trendListStyles';

export const TrendListRoot = styled.section.withConfig({ componentId: 'bs-trends' })`
  ${scriptSizes}
  ${trendListStyles}
`;
