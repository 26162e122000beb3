import { styled } from 'styled-components';
import { leadingBody, scriptSizes, typeMd, typeSm } from '../../theme/scriptType';
import { focusRing } from '../../theme/focusRing';
import { formGuidance } from '../../theme/formGuidance';
import { formControls } from '../../theme/formControls';
import {
  colorAccent,
  colorBackground,
  colorError,
  colorFieldBorder,
  colorBorder,
  colorLink,
  colorSurface,
  colorText,
  colorTextMuted,
  fontBody,
  fontHeadline,
  fontUi,
  layoutMeasure,
  spaceLg,
  spaceMd,
  spaceSm,
  spaceXs,
} from '../../theme/vars';
import { visuallyHidden } from '../../theme/visuallyHidden';
import { wrapAnywhere } from '../../theme/wrapAnywhere';

// One static rule set for the form and the whole thread: parts by data-part, states by
// data-state, data-pending, data-over and ARIA, so five thousand comments add no styles.
export const CommentBoxRoot = styled.section.withConfig({ componentId: 'bs-comments' })`
  ${scriptSizes}
  display: grid;
  gap: ${spaceLg};
  color: ${colorText};
  font: ${typeMd} / ${leadingBody} ${fontUi};
  ${wrapAnywhere}
  ${formControls}
  ${formGuidance}

  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  [data-part='title'] {
    font-family: ${fontHeadline};
  }
  form,
  ol,
  [data-part='item'],
  [data-part='comment'],
  [data-part='load-more'] {
    display: grid;
    gap: ${spaceMd};
  }
  [data-part='comment'],
  [data-part='load-more'] {
    justify-items: start;
  }
  [data-part='thread'] {
    gap: ${spaceLg};
  }
  /* The heading, the form, the thread and its header all keep to the reading column. */
  & > * {
    box-sizing: border-box;
    max-inline-size: ${layoutMeasure};
  }
  [data-part='field'],
  input,
  textarea {
    inline-size: 100%;
  }
  /* Grows with its text where the browser can; elsewhere it can be dragged taller. */
  textarea {
    field-sizing: content;
    min-block-size: 8rem;
    max-block-size: 70vh;
    resize: vertical;
  }
  [data-part='count'],
  [data-part='meta'],
  [data-part='in-reply-to'] {
    color: ${colorTextMuted};
    font-size: ${typeSm};
  }
  [data-part='count'][data-over],
  [data-part='submit-error'],
  [data-failed] {
    color: ${colorError};
    font-weight: 700;
  }
  [data-part='count-hint'],
  [data-part='count-status'],
  [data-part='announcer'] {
    ${visuallyHidden}
  }
  [data-part='actions'],
  [data-part='thread-header'],
  [data-part='sort'],
  [data-part='meta'],
  [data-part='comment-actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${spaceSm};
  }
  [data-part='thread-header'] {
    justify-content: space-between;
  }
  /* Reply is a quiet text control under each comment, still 24 px tall or more to hit. */
  [data-part='reply-button'] {
    min-block-size: 1.5rem;
    border: 0;
    padding: ${spaceXs} 0;
    background: none;
    color: ${colorLink};
    font-size: ${typeSm};
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  [data-part='reply-button']:hover {
    text-decoration-thickness: 2px;
  }
  [data-part='cancel'],
  select {
    border: 2px solid ${colorFieldBorder};
    border-radius: 0;
    padding: ${spaceXs} ${spaceSm};
    background: none;
    color: ${colorLink};
    font: inherit;
  }
  /* Room inside the border, on both sides of the text and around the arrow. */
  select {
    padding-inline-end: ${spaceXs};
    background: ${colorBackground};
    color: inherit;
    ${focusRing}
  }
  [data-part='sort'] {
    font-size: ${typeSm};
  }
  ol {
    padding: 0;
    list-style: none;
  }
  /* Replies, and the reply form, hang from a line on the side the text starts. */
  [data-part='replies'],
  [data-part='reply-form'],
  [data-part='closed'] {
    border-inline-start: 3px solid ${colorBorder};
    padding-inline-start: ${spaceMd};
  }
  /* A long thread lays out only the comments near the screen. */
  [data-part='thread'] > [data-part='item'] {
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
  }
  [data-part='comment'] {
    gap: ${spaceSm};
    ${focusRing}
  }
  [data-pending] {
    border: 1px dashed;
    padding: ${spaceSm};
  }
  [data-part='avatar'] {
    display: inline-grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    outline: 1px solid ${colorBorder};
    object-fit: cover;
  }
  [data-part='author'],
  [data-part='pending'] {
    color: ${colorText};
    font-weight: 700;
  }
  [data-part='body'] {
    display: grid;
    gap: ${spaceSm};
    max-inline-size: ${layoutMeasure};
    font-family: ${fontBody};
    white-space: pre-line;
  }
  [data-part='body'] a {
    color: ${colorLink};
    ${focusRing}
  }
  /* Moderation, badges, recommending, reporting, picks and the comment a link points at. */
  [data-part='placeholder'] {
    color: ${colorTextMuted};
    font-style: italic;
  }
  /* Scripts with no italic tradition are slanted by the browser: keep them upright. */
  [data-part='placeholder']:is(:lang(ar), :lang(fa), :lang(he), :lang(ur)) {
    font-style: normal;
  }
  [data-part='badge'] {
    border: 1px solid;
    padding-inline: ${spaceXs};
    font-size: ${typeSm};
    font-weight: 700;
  }
  [data-part='permalink'] {
    color: inherit;
    ${focusRing}
  }
  [data-part='recommend'],
  [data-part='report-button'],
  [data-part='more-replies'],
  [data-part='new-comments'] {
    border: 2px solid;
    padding-block: ${spaceXs};
    background: none;
    color: ${colorLink};
  }
  [data-part='recommend'][aria-pressed='true'] {
    background: ${colorLink};
    color: ${colorBackground};
  }
  [data-part='report-form'],
  [data-part='report-sent'] {
    flex-basis: 100%;
    border-inline-start: 3px solid ${colorBorder};
    padding-inline-start: ${spaceMd};
  }
  fieldset {
    display: grid;
    gap: ${spaceSm};
    margin: 0;
    border: 0;
    padding: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
  }
  [type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: ${colorAccent};
  }
  [data-part='picks'] {
    display: grid;
    gap: ${spaceSm};
    background: ${colorSurface};
    padding: ${spaceMd};
  }
  /* Each pick stands apart from the next, set flush with the heading. */
  [data-part='picks'] ul {
    display: grid;
    gap: ${spaceMd};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [data-part='pick'] {
    display: grid;
    gap: ${spaceXs};
  }
  [data-part='picks'] a,
  [data-part='sign-in'] a,
  a[data-part='sign-in'] {
    color: ${colorLink};
    ${focusRing}
  }
  [aria-current] {
    outline: 3px solid ${colorAccent};
    outline-offset: ${spaceXs};
  }
  @media (forced-colors: active) {
    [data-part='recommend'][aria-pressed='true'] {
      border-style: double;
      border-width: 4px;
    }
    [aria-current] {
      outline-color: Highlight;
    }
  }
`;
