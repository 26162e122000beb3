import { useEffect, useRef, useState, type RefObject } from 'react';

export type SubmissionStatus = 'idle' | 'submitting' | 'succeeded' | 'failed';

/** How one submission ended: the action's value, or why it failed. */
export type SubmitOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface SubmissionOptions {
  /** Milliseconds after which a submission that has not settled counts as failed. */
  timeout?: number;
}

/** The hook's state and handlers; R is what the action resolves to. */
export interface Submission<A extends unknown[], R> {
  status: SubmissionStatus;
  /** Why the last submission failed (a TimeoutError DOMException after `timeout`). */
  error?: unknown;
  /** What the last successful submission resolved to. */
  result?: R;
  /**
   * Runs the action, unless one is already under way (then it returns undefined and sends
   * nothing). The promise settles with the outcome; after unmount or `reset` it never settles.
   */
  submit: (...args: A) => Promise<SubmitOutcome<R>> | undefined;
  /** Back to idle; a submission still under way is forgotten and a new one may start. */
  reset: () => void;
}

/** Forgets the submission under way: its answer will be ignored, and a new one may start. */
const forget = (runs: RefObject<number>) => {
  runs.current += runs.current & 1;
};

/**
 * One form submission at a time. A synchronous throw, a rejection and a timeout all end in
 * `failed`; the guard is a ref, so two clicks in the same tick send once. `submit` runs the
 * action and timeout of the render its caller saw, as any event handler does.
 */
export function useSubmission<A extends unknown[], R>(
  action: (...args: A) => R,
  { timeout }: SubmissionOptions = {},
): Submission<A, Awaited<R>> {
  const [state, setState] = useState<
    Pick<Submission<A, Awaited<R>>, 'status' | 'error' | 'result'>
  >({ status: 'idle' });
  // Numbers the submissions, odd while one is under way; an answer to any but the current one
  // is ignored.
  const runs = useRef(0);
  // An answer after unmount is ignored, as after reset.
  useEffect(() => () => forget(runs), []);

  return {
    ...state,
    submit: (...args) => {
      if (runs.current & 1) return undefined;
      const run = ++runs.current;
      setState({ status: 'submitting' });
      return new Promise((resolve) => {
        // Only the first ending counts (a late answer after a timeout is ignored).
        const settle = (ok: boolean, value: unknown) => {
          clearTimeout(timer);
          if (run !== runs.current) return;
          runs.current += 1;
          setState(
            ok
              ? { status: 'succeeded', result: value as Awaited<R> }
              : { status: 'failed', error: value },
          );
          resolve(ok ? { ok, value: value as Awaited<R> } : { ok, error: value });
        };
        const timer = Number.isFinite(timeout)
          ? setTimeout(() => settle(false, new DOMException('Timed out', 'TimeoutError')), timeout)
          : undefined;
        // The executor turns a synchronous throw into a rejection.
        new Promise((fulfil) => fulfil(action(...args))).then(
          (value) => settle(true, value),
          (error: unknown) => settle(false, error),
        );
      });
    },
    reset: () => {
      forget(runs);
      setState({ status: 'idle' });
    },
  };
}
