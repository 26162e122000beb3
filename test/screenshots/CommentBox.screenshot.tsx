import { composeStories } from '@storybook/react';
import { describe, it } from 'vitest';
import * as stories from '../../stories/CommentBox.stories';
import { shoot, submitEmpty, type Theme } from './shoot';

const { Empty, ValidationErrors, SampleThread, RightToLeft, Newsroom, NewsroomRightToLeft } =
  composeStories(stories);
const themes: Theme[] = ['light', 'dark'];

describe('CommentBox', () => {
  for (const theme of themes) {
    it(`no comments and an empty form, ${theme}, left to right`, () =>
      shoot(Empty, `empty-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`the errors of a sent form, ${theme}, left to right`, () =>
      shoot(ValidationErrors, `errors-${theme}-ltr`, {
        theme,
        direction: 'ltr',
        args: { comments: [] },
      }));
    it(`a thread with replies, ${theme}, left to right`, () =>
      shoot(SampleThread, `thread-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`no Arabic comments and an empty form, ${theme}, right to left`, () =>
      shoot(RightToLeft, `arabic-empty-${theme}-rtl`, {
        theme,
        direction: 'rtl',
        args: { comments: [] },
      }));
    it(`the errors of an empty Arabic form, ${theme}, right to left`, () =>
      shoot(RightToLeft, `arabic-errors-${theme}-rtl`, {
        theme,
        direction: 'rtl',
        args: { comments: [] },
        act: submitEmpty,
      }));
    it(`an Arabic thread with replies, ${theme}, right to left`, () =>
      shoot(RightToLeft, `arabic-thread-${theme}-rtl`, { theme, direction: 'rtl' }));
    it(`a newsroom thread: picks, badges, a placeholder, recommendations, ${theme}, left to right`, () =>
      shoot(Newsroom, `newsroom-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`an Arabic newsroom thread, ${theme}, right to left`, () =>
      shoot(NewsroomRightToLeft, `arabic-newsroom-${theme}-rtl`, { theme, direction: 'rtl' }));
  }
});
