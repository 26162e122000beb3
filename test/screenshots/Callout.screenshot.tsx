import { composeStories } from '@storybook/react';
import { describe, it } from 'vitest';
import * as stories from '../../stories/Callout.stories';
import { shoot, type Theme } from './shoot';

const { DidYouKnow, ProTip, Note, Warning, RightToLeft } = composeStories(stories);
const themes: Theme[] = ['light', 'dark'];

describe('Callout', () => {
  const variants = [
    ['did-you-know', DidYouKnow],
    ['tip', ProTip],
    ['note', Note],
    ['warning', Warning],
  ] as const;
  for (const theme of themes) {
    for (const [name, story] of variants) {
      it(`${name}, ${theme}, left to right`, () =>
        shoot(story, `${name}-${theme}-ltr`, { theme, direction: 'ltr' }));
    }
    it(`every variant in Arabic, ${theme}, right to left`, () =>
      shoot(RightToLeft, `variants-arabic-${theme}-rtl`, { theme, direction: 'rtl' }));
  }
});
