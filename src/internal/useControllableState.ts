import { useCallback, useInsertionEffect, useRef, useState } from 'react';

export interface ControllableStateOptions<T> {
  /** The app's value: when it is not undefined the app owns the state. */
  value: T | undefined;
  /** The first value while the component owns the state. */
  defaultValue: T;
  /** Told of every change the component asks for, owned or not. */
  onValueChange?: (value: T) => void;
}

/**
 * State that the app may own (`value` and `onValueChange`) or leave to the component
 * (`defaultValue`), behind one API. A change the app refuses (by not passing the new value
 * back) is obeyed: the next change starts again from the value it did pass.
 *
 * The setter keeps its identity for the component's lifetime, so memoised children that
 * receive it do not re-render; it reads the value of the last committed render.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onValueChange,
}: ControllableStateOptions<T>): [T, (next: T | ((current: T) => T)) => void] {
  const [own, setOwn] = useState(defaultValue);
  const current = value === undefined ? own : value;
  const latest = { value, current, onValueChange };

  const committed = useRef(latest);
  // Insertion effects run before layout effects and event handlers can see the commit.
  useInsertionEffect(() => {
    committed.current = latest;
  });

  const setValue = useCallback((next: T | ((current: T) => T)) => {
    const state = committed.current;
    const resolved = typeof next === 'function' ? (next as (current: T) => T)(state.current) : next;
    if (!Object.is(resolved, state.current)) {
      // While the component owns the state, later calls in the same event build on this one,
      // as they would with setState.
      if (state.value === undefined) setOwn((state.current = resolved));
      state.onValueChange?.(resolved);
    }
  }, []);

  return [current, setValue];
}
