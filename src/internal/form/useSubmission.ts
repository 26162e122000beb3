import { useEffect, useRef, useState } from 'react';

export type SubmissionStatus = 'idle' | 'submitting' | 'succeeded' | 'failed';

/** How one submission ended: the task's value, or why it failed. */
export type SubmitOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface SubmissionOptions {
  /** Milliseconds after which a submission that has not settled is aborted and counts as failed. */
  timeout?: number;
}

/** The hook's state and its one handler; R is what a task resolves to. */
export interface Submission<R> {
  status: SubmissionStatus;
  /**
   * Runs the task with a signal that aborts on timeout or unmount, unless one is already under
   * way (then it returns undefined and runs nothing). The promise settles with the outcome (the
   * value, or why it failed: a TimeoutError DOMException after `timeout`); after an abort it
   * never settles.
   */
  submit: (task: (signal: AbortSignal) => R | Promise<R>) => Promise<SubmitOutcome<R>> | undefined;
}

/**
 * One submission at a time. A synchronous throw, a rejection and a timeout all end in `failed`;
 * the guard is a ref, so two clicks in the same tick send once. Unmounting, or hiding in an
 * `<Activity>`, aborts the submission under way and goes back to idle, so the form is usable
 * again when it comes back.
 */
export function useSubmission<R>({ timeout }: SubmissionOptions = {}): Submission<R> {
  const [status, setStatus] = useState<SubmissionStatus>('idle');
  // The controller of the submission under way, or null: an answer to any other is ignored.
  const underWay = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      underWay.current?.abort();
      underWay.current = null;
      setStatus((current) => (current === 'submitting' ? 'idle' : current));
    },
    [],
  );

  return {
    status,
    submit: (task) => {
      if (underWay.current) return undefined;
      const controller = new AbortController();
      underWay.current = controller;
      setStatus('submitting');
      return new Promise((resolve) => {
        // Only the first ending counts (a late answer after a timeout is ignored).
        const settle = (ok: boolean, value: unknown) => {
          clearTimeout(timer);
          if (underWay.current !== controller) return;
          underWay.current = null;
          setStatus(ok ? 'succeeded' : 'failed');
          resolve(ok ? { ok, value: value as R } : { ok, error: value });
        };
        const timer = Number.isFinite(timeout)
          ? setTimeout(() => {
              const reason = new DOMException('Timed out', 'TimeoutError');
              controller.abort(reason);
              settle(false, reason);
            }, timeout)
          : undefined;
        // The executor turns a synchronous throw into a rejection.
        new Promise<R>((fulfil) => fulfil(task(controller.signal))).then(
          (value) => settle(true, value),
          (error: unknown) => settle(false, error),
        );
      });
    },
  };
}
