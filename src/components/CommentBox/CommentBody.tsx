import type { ReactNode } from 'react';
import { safeUrl } from '../../internal/safeUrl';

// An http(s) address runs to the next space or character that cannot be in a URL.
const ADDRESS = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/gi;
// Sentence punctuation after an address belongs to the sentence.
const TRAILING = /[.,;:!?…»”’]+$/;

/**
 * A comment's text: paragraphs at blank lines, single line breaks kept (by the styles'
 * `white-space: pre-line`), and http(s) addresses as links that pass no ranking and open no
 * window reference. Everything else is text; nothing is ever read as HTML.
 */
export function CommentBody({ text }: { text: string }) {
  return (
    <div data-part="body">
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{linkify(paragraph)}</p>
        ))}
    </div>
  );
}

function linkify(text: string): ReactNode[] | string {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of text.matchAll(ADDRESS)) {
    let address = match[0];
    // Trailing punctuation, and a closing bracket the address did not open, are the sentence's.
    for (let before = ''; before !== address;) {
      before = address;
      address = address.replace(TRAILING, '');
      if (address.endsWith(')') && !address.includes('(')) address = address.slice(0, -1);
    }
    const href = safeUrl(address);
    if (!href || address.length <= match[0].indexOf('//') + 2) continue;
    parts.push(text.slice(from, match.index));
    parts.push(
      <a key={match.index} href={href} rel="nofollow ugc noopener">
        {address}
      </a>,
    );
    from = match.index + address.length;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts;
}
