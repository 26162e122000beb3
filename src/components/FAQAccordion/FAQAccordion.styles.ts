import { styled } from 'styled-components';
import { focusRing } from '../../theme/focusRing';
import { tokens } from '../../theme/tokens';
import { wrapAnywhere } from '../../theme/wrapAnywhere';

// One static rule set for the parts, picked by structure: title heading, the "Expand all"
// paragraph, then one <div> per item (heading > button, then the panel). A question is the
// button with aria-expanded; open, closed and disabled come from the aria-expanded, hidden
// and disabled attributes.
//
// Unless the reader prefers reduced motion, the panel's height animates to and from auto
// (interpolate-size); `display` and `content-visibility` flip once a close has finished
// (allow-discrete). With JavaScript off the buttons cannot work, so every answer is shown
// (scripting: none).
export const FAQRoot = styled.div.withConfig({ componentId: 'bs-faq' })`
  color: ${tokens.color.text};
  font-family: ${tokens.font.body};
  line-height: ${tokens.lineHeight.body};
  ${wrapAnywhere}

  /* The title: the one child that is neither an item nor the "Expand all" paragraph. */
  > :not(div, p) {
    margin: 0 0 ${tokens.space.md};
    font: 700 ${tokens.fontSize.xl} / ${tokens.lineHeight.tight} ${tokens.font.headline};
  }

  button {
    border: 0;
    padding: ${tokens.space.sm} 0;
    background: none;
    color: inherit;
    font: 700 ${tokens.fontSize.lg} / ${tokens.lineHeight.tight} ${tokens.font.headline};
    text-align: start;
    cursor: pointer;
    ${focusRing}
  }
  /* In forced-colours mode the browser's own GrayText takes over here. */
  button:disabled {
    color: ${tokens.color.textMuted};
    cursor: default;
  }

  > div {
    border-block: 1px solid ${tokens.color.border};
  }
  > div + div {
    border-block-start: 0;
  }
  > div > * {
    margin: 0;
  }
  [aria-expanded] {
    display: flex;
    align-items: center;
    gap: ${tokens.space.md};
    inline-size: 100%;
    padding-block: ${tokens.space.md};
  }
  /* The chevron, pushed to the end: two borders of a square, turned. */
  [aria-expanded]::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline: auto 0.25em;
    border: solid;
    border-width: 0 2px 2px 0;
    rotate: 45deg;
  }
  [aria-expanded='true']::after {
    rotate: 225deg;
  }

  > div > div {
    overflow: clip;
  }
  [hidden] {
    block-size: 0;
  }
  p {
    margin: 0 0 ${tokens.space.md};
  }

  > p > button {
    color: ${tokens.color.link};
    font: 600 ${tokens.fontSize.sm} ${tokens.font.ui};
    text-decoration: underline;
  }

  /* Motion only for readers who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    [aria-expanded]::after {
      transition: rotate ${tokens.motion.duration};
    }
    > div > div {
      interpolate-size: allow-keywords;
      transition: all ${tokens.motion.duration} allow-discrete;
    }
    /* An answer grows from nothing when the reader opens it, not as the page first draws. */
    &:focus-within > div > div {
      @starting-style {
        block-size: 0;
      }
    }
  }

  @media (scripting: none) {
    [hidden] {
      display: block;
      block-size: auto;
    }
    button::after,
    > p {
      display: none;
    }
  }
`;
