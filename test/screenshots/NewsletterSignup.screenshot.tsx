import { composeStories } from '@storybook/react';
import { describe, it } from 'vitest';
import * as stories from '../../stories/NewsletterSignup.stories';
import { shoot, submitEmpty, type Theme } from './shoot';

const { WithConsent, Subscribed, RightToLeft, RightToLeftSubscribed } = composeStories(stories);
const themes: Theme[] = ['light', 'dark'];

describe('NewsletterSignup', () => {
  for (const theme of themes) {
    it(`the form, ${theme}, left to right`, () =>
      shoot(WithConsent, `default-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`the errors of an empty form, ${theme}, left to right`, () =>
      shoot(WithConsent, `errors-${theme}-ltr`, { theme, direction: 'ltr', act: submitEmpty }));
    it(`subscribed, ${theme}, left to right`, () =>
      shoot(Subscribed, `success-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`the Arabic form, ${theme}, right to left`, () =>
      shoot(RightToLeft, `arabic-default-${theme}-rtl`, { theme, direction: 'rtl' }));
    it(`the errors of an empty Arabic form, ${theme}, right to left`, () =>
      shoot(RightToLeft, `arabic-errors-${theme}-rtl`, {
        theme,
        direction: 'rtl',
        act: submitEmpty,
      }));
    it(`subscribed, in Arabic, ${theme}, right to left`, () =>
      shoot(RightToLeftSubscribed, `arabic-success-${theme}-rtl`, { theme, direction: 'rtl' }));
  }
});
