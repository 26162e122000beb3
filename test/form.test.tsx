import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Activity, useRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary, type FormError } from '../src/internal/form/ErrorSummary';
import { Field } from '../src/internal/form/Field';
import { useSubmission } from '../src/internal/form/useSubmission';
import { deferred } from './helpers';

/** A button that submits through the hook, and the hook's state as text. */
function Sender({
  action,
  timeout,
}: {
  action: (signal: AbortSignal) => unknown;
  timeout?: number;
}) {
  const { status, submit } = useSubmission<unknown>({ timeout });
  const [error, setError] = useState<unknown>();
  return (
    <>
      <button
        type="button"
        onClick={() => submit(action)?.then((outcome) => setError(outcome.ok ? '' : outcome.error))}
      >
        Send
      </button>
      <output data-testid="status">{status}</output>
      <output data-testid="error">
        {error instanceof Error ? error.name : String(error ?? '')}
      </output>
    </>
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useSubmission', () => {
  it('sends once when the button is clicked twice in the same tick', async () => {
    const pending = deferred<string>();
    const action = vi.fn(() => pending.promise);
    render(<Sender action={action} />);
    const button = screen.getByRole('button', { name: 'Send' });
    act(() => {
      button.click();
      button.click();
    });
    expect(action).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('status')).toHaveTextContent('submitting');
    await act(async () => pending.resolve('done'));
    expect(screen.getByTestId('status')).toHaveTextContent('succeeded');
    // Once it has settled, the next click sends again.
    await userEvent.click(button);
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('resolves submit with the value, and returns undefined while one is under way', async () => {
    const pending = deferred<number>();
    const { result } = renderHook(() => useSubmission<number>());
    let first: ReturnType<typeof result.current.submit>;
    let second: ReturnType<typeof result.current.submit>;
    act(() => {
      first = result.current.submit(() => pending.promise.then((v) => v + 1));
      second = result.current.submit(() => 2);
    });
    expect(second!).toBeUndefined();
    await act(async () => pending.resolve(41));
    await expect(first!).resolves.toEqual({ ok: true, value: 42 });
    expect(result.current.status).toBe('succeeded');
  });

  it('turns a synchronous throw into failed, and lets the reader try again', async () => {
    const action = vi.fn(() => {
      throw new TypeError('boom');
    });
    render(<Sender action={action} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByTestId('status')).toHaveTextContent('failed');
    expect(screen.getByTestId('error')).toHaveTextContent('TypeError');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('turns a rejection into failed, with its reason', async () => {
    const { result } = renderHook(() => useSubmission());
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.submit(() => Promise.reject(new RangeError('no')));
    });
    expect(outcome).toEqual({ ok: false, error: new RangeError('no') });
    expect(result.current.status).toBe('failed');
  });

  it('aborts the task when the timeout passes, fails, and ignores the late answer', async () => {
    vi.useFakeTimers();
    const pending = deferred<string>();
    let signal: AbortSignal | undefined;
    render(
      <Sender
        action={(given) => {
          signal = given;
          return pending.promise;
        }}
        timeout={5000}
      />,
    );
    act(() => screen.getByRole('button', { name: 'Send' }).click());
    await act(async () => vi.advanceTimersByTime(4999));
    expect(screen.getByTestId('status')).toHaveTextContent('submitting');
    expect(signal!.aborted).toBe(false);
    await act(async () => vi.advanceTimersByTime(1));
    expect(signal!.aborted).toBe(true);
    expect((signal!.reason as DOMException).name).toBe('TimeoutError');
    expect(screen.getByTestId('status')).toHaveTextContent('failed');
    expect(screen.getByTestId('error')).toHaveTextContent('TimeoutError');
    await act(async () => pending.resolve('late'));
    expect(screen.getByTestId('status')).toHaveTextContent('failed');
  });

  it('has no timeout unless the app sets one', async () => {
    vi.useFakeTimers();
    const pending = deferred<string>();
    render(<Sender action={() => pending.promise} />);
    act(() => screen.getByRole('button', { name: 'Send' }).click());
    await act(async () => vi.advanceTimersByTime(600_000));
    expect(screen.getByTestId('status')).toHaveTextContent('submitting');
  });

  it('aborts on unmount and ignores a result that arrives after', async () => {
    const pending = deferred<string>();
    const errors = vi.spyOn(console, 'error');
    const { result, unmount } = renderHook(() => useSubmission<string>());
    let promise: Promise<unknown> | undefined;
    let signal: AbortSignal | undefined;
    act(() => {
      promise = result.current.submit((given) => {
        signal = given;
        return pending.promise;
      });
    });
    unmount();
    expect(signal!.aborted).toBe(true);
    const settled = vi.fn();
    promise!.then(settled);
    await act(async () => pending.resolve('late'));
    await new Promise((wait) => setTimeout(wait, 0));
    expect(settled).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('comes back usable after being hidden in an Activity mid-send', async () => {
    const pending = deferred<string>();
    const action = vi.fn(() => pending.promise);
    const { rerender } = render(
      <Activity mode="visible">
        <Sender action={action} />
      </Activity>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByTestId('status')).toHaveTextContent('submitting');
    rerender(
      <Activity mode="hidden">
        <Sender action={action} />
      </Activity>,
    );
    rerender(
      <Activity mode="visible">
        <Sender action={action} />
      </Activity>,
    );
    await act(async () => pending.resolve('late'));
    expect(screen.getByTestId('status')).toHaveTextContent('idle');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('server-renders as idle without touching the browser', () => {
    function Probe() {
      return <span>{useSubmission().status}</span>;
    }
    expect(renderToString(<Probe />)).toContain('idle');
  });
});

/** A form with two fields and the summary, focused after a failed validation. */
function Form({ errors }: { errors: FormError[] }) {
  const summary = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<FormError[]>([]);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setShown(errors);
        // The summary mounts with this render; focus it once it is there.
        setTimeout(() => summary.current?.focus());
      }}
    >
      {shown.length > 0 && (
        <ErrorSummary ref={summary} title="There is a problem" errors={shown} headingLevel={3} />
      )}
      <Field
        id="name"
        label="Name"
        hint="As it should appear"
        error={shown.find((e) => e.id === 'name')?.message}
        errorPrefix="Error:"
      >
        {(control) => <input {...control} name="name" />}
      </Field>
      <Field
        id="agree"
        label="I agree"
        checkbox
        error={shown.find((e) => e.id === 'agree')?.message}
        errorPrefix="Error:"
      >
        {(control) => <input {...control} type="checkbox" name="agree" />}
      </Field>
      <button type="submit">Go</button>
    </form>
  );
}

describe('ErrorSummary and Field', () => {
  const errors = [
    { id: 'name', message: 'Enter your name' },
    { id: 'agree', message: 'Tick the box' },
  ];

  it('labels each control and ties its hint to it', () => {
    render(<Form errors={[]} />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveAccessibleDescription('As it should appear');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('checkbox', { name: 'I agree' })).not.toHaveAttribute(
      'aria-describedby',
    );
  });

  it('takes focus and links to each field, which shows its own message', async () => {
    const user = userEvent.setup();
    render(<Form errors={errors} />);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await vi.waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('heading', { level: 3, name: 'There is a problem' })).toBeVisible();

    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('As it should appear Error: Enter your name');
    const agree = screen.getByRole('checkbox', { name: 'I agree' });
    expect(agree).toHaveAccessibleDescription('Error: Tick the box');

    const link = screen.getByRole('link', { name: 'Tick the box' });
    expect(link).toHaveAttribute('href', '#agree');
    const scrolled = vi.fn();
    // jsdom has no layout, so no scrollIntoView of its own.
    HTMLElement.prototype.scrollIntoView = scrolled;
    try {
      await user.click(link);
      expect(agree).toHaveFocus();
      expect(scrolled.mock.contexts[0]).toBe((agree as HTMLInputElement).labels![0]);
    } finally {
      delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
    }
    await user.click(screen.getByRole('link', { name: 'Enter your name' }));
    expect(name).toHaveFocus();
  });

  it('leaves a link to a missing field to the browser', () => {
    render(<ErrorSummary title="Problem" errors={[{ id: 'gone', message: 'Gone' }]} />);
    const link = screen.getByRole('link', { name: 'Gone' });
    // fireEvent returns false when the default was prevented.
    expect(fireEvent.click(link)).toBe(true);
  });
});
