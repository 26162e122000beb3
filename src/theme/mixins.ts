// One module per mixin, so a component's bundle carries only the ones it uses.
export { focusRing } from './focusRing';
export { visuallyHidden } from './visuallyHidden';
export { wrapAnywhere } from './wrapAnywhere';
export { bodyText } from './bodyText';
