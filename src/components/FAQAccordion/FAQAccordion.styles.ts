import { styled } from 'styled-components';
import { focusRing } from '../../theme/focusRing';
import { tokens } from '../../theme/tokens';
import { wrapAnywhere } from '../../theme/wrapAnywhere';

// One static rule set: open, closed and disabled come from ARIA and `hidden` attributes,
// so nothing is computed at render time.
export const FAQRoot = styled.div`
  color: ${tokens.color.text};
  font-family: ${tokens.font.body};
  line-height: ${tokens.lineHeight.body};
  ${wrapAnywhere}

  & > [data-faq-title] {
    margin: 0 0 ${tokens.space.md};
    font: 700 ${tokens.fontSize.xl} / ${tokens.lineHeight.tight} ${tokens.font.headline};
  }

  & > [data-faq-tools] {
    text-align: end;
  }

  & button {
    border: 0;
    padding: ${tokens.space.sm} 0;
    background: none;
    color: inherit;
    cursor: pointer;
    ${focusRing}
  }
  & > [data-faq-tools] > button {
    color: ${tokens.color.link};
    font: 600 ${tokens.fontSize.sm} ${tokens.font.ui};
    text-decoration: underline;
  }

  & > [data-faq-item] {
    border-block-end: 1px solid ${tokens.color.border};
  }
  & > [data-faq-item]:not([data-faq-item] + *) {
    border-block-start: 1px solid ${tokens.color.border};
  }
  & [data-faq-item] > :first-child {
    margin: 0;
  }

  & [data-faq-trigger] {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: ${tokens.space.md};
    inline-size: 100%;
    padding-block: ${tokens.space.md};
    font: 700 ${tokens.fontSize.lg} / ${tokens.lineHeight.tight} ${tokens.font.headline};
    text-align: start;
  }
  & [data-faq-trigger]:disabled {
    color: ${tokens.color.textMuted};
    cursor: default;
  }
  & [data-faq-trigger] > svg {
    flex: none;
    inline-size: 1.25em;
    fill: currentColor;
    transition: rotate ${tokens.motion.duration};
  }
  & [aria-expanded='true'] > svg {
    rotate: 180deg;
  }

  /* Height animates to and from auto; display and content-visibility flip once a close ends. */
  & [data-faq-panel] {
    overflow: clip;
    interpolate-size: allow-keywords;
    transition: all ${tokens.motion.duration} allow-discrete;
    @starting-style {
      block-size: 0;
    }
  }
  & [data-faq-panel][hidden] {
    block-size: 0;
  }
  & [data-faq-panel] p {
    margin: 0 0 ${tokens.space.md};
  }

  @media (prefers-reduced-motion: reduce) {
    & * {
      transition: none !important;
    }
  }

  /* With JavaScript off the buttons cannot work, so every answer is shown instead. */
  @media (scripting: none) {
    & [data-faq-panel][hidden] {
      display: block;
      block-size: auto;
    }
    & svg,
    & > [data-faq-tools] {
      display: none;
    }
  }

  @media (forced-colors: active) {
    & [data-faq-trigger]:disabled {
      color: GrayText;
    }
  }
`;
