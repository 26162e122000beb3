import { composeStories } from '@storybook/react';
import { describe, it } from 'vitest';
import * as stories from '../../stories/Article.stories';
import { desktop, phone, shoot, type Theme } from './shoot';

// The page as a reader meets it: header, body, closing and related links. The comments and the
// sign-up below it have pictures of their own (CommentBox, NewsletterSignup), which keeps these,
// the tallest pictures, to a reasonable size; a short page shows the closing's links to them.
const { SamplePage, RightToLeft, ClosingActions } = composeStories(stories);
const themes: Theme[] = ['light', 'dark'];

describe('Article', () => {
  for (const theme of themes) {
    it(`the sample page, ${theme}, left to right, ${desktop} px`, () =>
      shoot(SamplePage, `sample-${theme}-ltr-${desktop}`, { theme, direction: 'ltr' }));
    it(`the Arabic page, ${theme}, right to left, ${desktop} px`, () =>
      shoot(RightToLeft, `arabic-${theme}-rtl-${desktop}`, { theme, direction: 'rtl' }));
    it(`the closing's actions above a sign-up and comments, ${theme}, ${desktop} px`, () =>
      shoot(ClosingActions, `closing-actions-${theme}-ltr-${desktop}`, {
        theme,
        direction: 'ltr',
      }));
  }
  // On a phone the layout is the same in both themes: the light one shows it.
  it(`the sample page, light, left to right, ${phone} px`, () =>
    shoot(SamplePage, `sample-light-ltr-${phone}`, {
      theme: 'light',
      direction: 'ltr',
      width: phone,
    }));
  it(`the Arabic page, light, right to left, ${phone} px`, () =>
    shoot(RightToLeft, `arabic-light-rtl-${phone}`, {
      theme: 'light',
      direction: 'rtl',
      width: phone,
    }));
});
