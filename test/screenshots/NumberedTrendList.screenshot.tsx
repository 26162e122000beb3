import { composeStories } from '@storybook/react';
import { describe, it } from 'vitest';
import * as stories from '../../stories/NumberedTrendList.stories';
import { shoot, type Theme } from './shoot';

const { TwelveTrends, RightToLeft } = composeStories(stories);
const themes: Theme[] = ['light', 'dark'];

describe('NumberedTrendList', () => {
  for (const theme of themes) {
    it(`twelve trends, one and two digits, ${theme}, left to right`, () =>
      shoot(TwelveTrends, `twelve-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`the Arabic trends from 9, ${theme}, right to left`, () =>
      shoot(RightToLeft, `arabic-${theme}-rtl`, { theme, direction: 'rtl' }));
  }
});
