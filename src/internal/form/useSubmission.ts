import { useEffect, useRef, useState } from 'react';

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

interface Live {
  busy: boolean;
  /** Numbers the submissions; an answer to any but the current one is ignored. */
  run: number;
}

/** Forgets the submission under way: its answer will be ignored, and a new one may start. */
function forget(live: Live): void {
  live.run += 1;
  live.busy = false;
}

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
  const live = useRef<Live>({ busy: false, run: 0 });
  // An answer after unmount is ignored, as after reset.
  useEffect(() => {
    const current = live.current;
    return () => forget(current);
  }, []);

  const submit = (...args: A) => {
    const current = live.current;
    if (current.busy) return undefined;
    current.busy = true;
    const run = ++current.run;
    setState({ status: 'submitting' });
    return new Promise<SubmitOutcome<Awaited<R>>>((resolve) => {
      const settle = (outcome: SubmitOutcome<Awaited<R>>) => {
        clearTimeout(timer);
        if (run !== current.run) return;
        // Whatever comes after the first ending (a late answer after a timeout) is ignored.
        forget(current);
        setState(
          outcome.ok
            ? { status: 'succeeded', result: outcome.value }
            : { status: 'failed', error: outcome.error },
        );
        resolve(outcome);
      };
      const timer = Number.isFinite(timeout)
        ? setTimeout(
            () => settle({ ok: false, error: new DOMException('Timed out', 'TimeoutError') }),
            timeout,
          )
        : undefined;
      // The executor turns a synchronous throw into a rejection.
      new Promise<Awaited<R>>((fulfil) => fulfil(action(...args) as Awaited<R>)).then(
        (value) => settle({ ok: true, value }),
        (error: unknown) => settle({ ok: false, error }),
      );
    });
  };

  const reset = () => {
    forget(live.current);
    setState({ status: 'idle' });
  };

  return { ...state, submit, reset };
}
