import { composeStories } from '@storybook/react';
import { describe, it } from 'vitest';
import { arabicArticle } from '../../samples';
import type { Block } from '../../src';
import * as stories from '../../stories/ArticleBody.stories';
import { shoot, type Theme } from './shoot';

const { EveryBlockType, RightToLeft } = composeStories(stories);
const themes: Theme[] = ['light', 'dark'];

/** The first block of each kind in the Arabic sample: the whole body is in the Article pictures. */
const arabicKinds = arabicArticle.body.filter(
  (block: Block, n, body) => body.findIndex((other) => other.type === block.type) === n,
);

describe('ArticleBody', () => {
  for (const theme of themes) {
    it(`every kind of block, ${theme}, left to right`, () =>
      shoot(EveryBlockType, `every-block-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`every kind of block in Arabic, ${theme}, right to left`, () =>
      shoot(RightToLeft, `arabic-every-block-${theme}-rtl`, {
        theme,
        direction: 'rtl',
        args: { blocks: arabicKinds },
      }));
  }
});
