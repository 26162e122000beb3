import { styled } from 'styled-components';
import { calloutStyles } from '../../theme/calloutStyles';

export const CalloutRoot = styled.aside.withConfig({ componentId: 'bs-callout' })`
  ${calloutStyles}
`;
