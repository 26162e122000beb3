import { composeStories } from '@storybook/react';
import { describe, it } from 'vitest';
import * as stories from '../../stories/ArticleHeader.stories';
import { shoot, type Theme } from './shoot';

const { Default, RightToLeft, RightToLeftThreeAuthors } = composeStories(stories);
const themes: Theme[] = ['light', 'dark'];

describe('ArticleHeader', () => {
  for (const theme of themes) {
    it(`the sample article, ${theme}, left to right`, () =>
      shoot(Default, `sample-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`the Arabic article, ${theme}, right to left`, () =>
      shoot(RightToLeft, `arabic-${theme}-rtl`, { theme, direction: 'rtl' }));
    it(`three Arabic authors and no hero, ${theme}, right to left`, () =>
      shoot(RightToLeftThreeAuthors, `arabic-three-authors-${theme}-rtl`, {
        theme,
        direction: 'rtl',
      }));
  }
});
