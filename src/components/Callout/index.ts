export { Callout, calloutMarkup, type CalloutProps } from './Callout';
export { CalloutRoot } from './Callout.styles';
