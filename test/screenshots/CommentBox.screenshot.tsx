import { composeStories } from '@storybook/react';
import { describe, it } from 'vitest';
import * as stories from '../../stories/CommentBox.stories';
import { shoot, submitEmpty, type Theme } from './shoot';

const {
  Empty,
  ValidationErrors,
  SampleThread,
  RightToLeft,
  Newsroom,
  NewsroomRightToLeft,
  ReportOpen,
  ReportOpenRightToLeft,
  SignedOut,
  SignedOutRightToLeft,
} = composeStories(stories);
const themes: Theme[] = ['light', 'dark'];

/** Opening a form moved focus down and scrolled the page: the picture starts at the top. */
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
    it(`the report form open under a comment, focus on the first reason, ${theme}, left to right`, () =>
      shoot(ReportOpen, `report-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`the Arabic report form open, ${theme}, right to left`, () =>
      shoot(ReportOpenRightToLeft, `arabic-report-${theme}-rtl`, {
        theme,
        direction: 'rtl',
      }));
    it(`signed out: sign-in links for the form and each reply, ${theme}, left to right`, () =>
      shoot(SignedOut, `signed-out-${theme}-ltr`, { theme, direction: 'ltr' }));
    it(`signed out, the Arabic thread, ${theme}, right to left`, () =>
      shoot(SignedOutRightToLeft, `arabic-signed-out-${theme}-rtl`, { theme, direction: 'rtl' }));
  }
});
