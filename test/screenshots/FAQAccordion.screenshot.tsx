import { composeStories } from '@storybook/react';
import { describe, it } from 'vitest';
import * as stories from '../../stories/FAQAccordion.stories';
import { shoot, tabTo, type Theme } from './shoot';

const { Default, OneAnswerOpen, RightToLeft } = composeStories(stories);
const themes: Theme[] = ['light', 'dark'];
const firstQuestion = tabTo('[data-part="trigger"]');

// Every Arabic answer closed is in the Arabic Article pictures.
describe('FAQAccordion', () => {
  for (const theme of themes) {
    it(`every answer closed, ${theme}, left to right`, () =>
      shoot(Default, `closed-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`one answer open, ${theme}, left to right`, () =>
      shoot(OneAnswerOpen, `one-open-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`the focus ring on a question, ${theme}, left to right`, () =>
      shoot(Default, `focus-${theme}-ltr`, { theme, direction: 'ltr', act: firstQuestion }));
    it(`one Arabic answer open, ${theme}, right to left`, () =>
      shoot(RightToLeft, `arabic-one-open-${theme}-rtl`, { theme, direction: 'rtl' }));
    it(`the focus ring on an Arabic question, ${theme}, right to left`, () =>
      shoot(RightToLeft, `arabic-focus-${theme}-rtl`, {
        theme,
        direction: 'rtl',
        act: firstQuestion,
      }));
  }
});
