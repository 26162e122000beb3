import { useRef, useState } from 'react';
import type { commentMessages } from '../../messages/en';
import { countMessage, formatNumber } from '../../internal/numbers';

export interface RecommendProps {
  id: string;
  /** The count and the reader's choice as the app last gave them. */
  count: number;
  pressed: boolean;
  /** Absent (the reader's own comment, or signed out): the count is shown, not offered. */
  onRecommend: ((commentId: string, recommended: boolean) => Promise<void>) | undefined;
  words: typeof commentMessages;
  locale: string;
  announce: (text: string) => void;
}

/**
 * "Recommend" as a toggle with its count. A press shows at once; when the app's handler
 * rejects, the button goes back to where it was before the press and the failure is announced.
 */
export function Recommend({
  id,
  count,
  pressed,
  onRecommend,
  words,
  locale,
  announce,
}: RecommendProps) {
  const [guess, setGuess] = useState<boolean | null>(null);
  const [given, setGiven] = useState({ count, pressed });
  const sending = useRef(0);
  // New words from the app replace the guess: they are the truth.
  if (given.count !== count || given.pressed !== pressed) {
    setGiven({ count, pressed });
    setGuess(null);
  }
  const on = guess ?? pressed;
  const shown = count + (on === pressed ? 0 : on ? 1 : -1);
  if (!onRecommend) {
    return shown > 0 ? (
      <span data-part="recommendations">
        {countMessage(
          words.commentsRecommendationsOne,
          words.commentsRecommendations,
          shown,
          locale,
        )}
      </span>
    ) : null;
  }
  const toggle = () => {
    const before = guess;
    const next = !on;
    const turn = ++sending.current;
    setGuess(next);
    // The executor turns a synchronous throw into a rejection.
    new Promise((settle) => settle(onRecommend(id, next))).catch(() => {
      // Only the latest press rolls back; an older failure is already out of date.
      if (turn !== sending.current) return;
      setGuess(before);
      announce(words.commentsRecommendFailed);
    });
  };
  return (
    <button type="button" data-part="recommend" aria-pressed={on} onClick={toggle}>
      {words.commentsRecommend}{' '}
      <span data-part="recommend-count">{formatNumber(shown, locale)}</span>
    </button>
  );
}
