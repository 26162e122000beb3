import { styled } from 'styled-components';
import { scriptSizes } from '../../theme/scriptType';
import { calloutStyles } from '../../theme/calloutStyles';

export const CalloutRoot = styled.aside.withConfig({ componentId: 'bs-callout' })`
  ${scriptSizes}
  ${calloutStyles}
`;
