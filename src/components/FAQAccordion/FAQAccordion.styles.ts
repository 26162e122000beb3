import { styled } from 'styled-components';
import {
  leadingBody,
  leadingTight,
  scriptSizes,
  typeMd,
  typeSm,
  typeXl,
} from '../../theme/scriptType';
import { focusRing } from '../../theme/focusRing';
import {
  colorBorder,
  colorLink,
  colorText,
  colorTextMuted,
  fontBody,
  fontHeadline,
  fontUi,
  layoutMeasure,
  motionDuration,
  spaceMd,
  spaceSm,
} from '../../theme/vars';
import { wrapAnywhere } from '../../theme/wrapAnywhere';

// One static rule set for the parts, each named by data-part: title, expand-all, then per item
// the question (a heading holding the trigger button) and the answer. Open, closed and disabled
// come from aria-expanded, hidden and disabled.
//
// Unless the reader prefers reduced motion, the answer's height animates to and from auto
// (interpolate-size); `display` and `content-visibility` flip once a close has finished
// (allow-discrete). With JavaScript off the buttons cannot work, so every answer is shown and
// each question is plain text (scripting: none).
export const FAQRoot = styled.div.withConfig({ componentId: 'bs-faq' })`
  ${scriptSizes}
  color: ${colorText};
  font-family: ${fontBody};
  font-size: ${typeMd};
  line-height: ${leadingBody};
  ${wrapAnywhere}

  [data-part='title'] {
    margin: 0 0 ${spaceMd};
    font: 700 ${typeXl} / ${leadingTight} ${fontHeadline};
  }

  button {
    border: 0;
    padding: ${spaceSm} 0;
    background: none;
    color: inherit;
    font: 700 ${typeMd} / ${leadingTight} ${fontUi};
    text-align: start;
    cursor: pointer;
    ${focusRing}
  }
  /* In forced-colours mode the browser's own GrayText takes over here. */
  button:disabled {
    color: ${colorTextMuted};
    cursor: default;
  }

  [data-part='item'] {
    border-block: 1px solid ${colorBorder};
  }
  [data-part='item'] + [data-part='item'] {
    border-block-start: 0;
  }
  /* Questions are furniture: the sans, bold, at body size, below the section head. */
  [data-part='question'] {
    margin: 0;
    font: 700 ${typeMd} / ${leadingTight} ${fontUi};
  }
  [data-part='question-text'] {
    display: none;
  }
  /* Questions and answers start at the column's edge, as the text around them does. */
  [data-part='trigger'] {
    display: flex;
    align-items: flex-start;
    gap: ${spaceMd};
    inline-size: 100%;
    padding: ${spaceMd} 0;
  }
  /* The chevron, pushed to the end and centred on the question's first line: two borders of a
     square, turned; the nudge centres the visible V rather than the square. */
  [data-part='trigger']::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-block-start: calc((1lh - 0.5em) / 2);
    margin-inline: auto 0.25em;
    border: solid;
    border-width: 0 2px 2px 0;
    translate: 0 -0.15em;
    rotate: 45deg;
  }
  [aria-expanded='true']::after {
    translate: 0 0.15em;
    rotate: 225deg;
  }

  [data-part='answer'] {
    display: block;
    overflow: clip;
  }
  [data-part='answer'][hidden] {
    block-size: 0;
  }
  /* Answers keep to the measure and the body size wherever the accordion is put. */
  [data-part='answer'] > p {
    max-inline-size: ${layoutMeasure};
    margin: 0 0 ${spaceMd};
  }

  [data-part='expand-all'] {
    margin: 0 0 ${spaceSm};
  }
  [data-part='expand-all'] > button {
    color: ${colorLink};
    font: 600 ${typeSm} ${fontUi};
    text-decoration: underline;
  }

  /* Motion only for readers who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    [data-part='trigger']::after {
      transition:
        rotate ${motionDuration},
        translate ${motionDuration};
    }
    [data-part='answer'] {
      interpolate-size: allow-keywords;
      transition: all ${motionDuration} allow-discrete;
    }
    /* An answer grows from nothing when the reader opens it, not as the page first draws. */
    &:focus-within [data-part='answer'] {
      @starting-style {
        block-size: 0;
      }
    }
  }

  @media (scripting: none) {
    [data-part='answer'][hidden] {
      display: block;
      block-size: auto;
      content-visibility: visible;
    }
    [data-part='trigger'],
    [data-part='expand-all'] {
      display: none;
    }
    [data-part='question-text'] {
      display: block;
      padding: ${spaceMd} 0;
    }
  }
`;
