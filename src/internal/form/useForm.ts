import {
  useActionState,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
} from 'react';
import { newSubmissionKey } from '../../forms/rules';
import { useSubmission } from './useSubmission';

/** The state every form of the library keeps: what it shows and what a server hands back. */
export interface FormStateShape {
  status: string;
  values: { key: string };
  errors: object;
  trap?: true;
}

/** Where a form sends: a URL it posts to, or a function run as React runs form actions. */
export type FormAction<S> = string | ((state: S, formData: FormData) => Promise<S>);

/** What an app's handler is given beside the request. */
export interface SubmitContext {
  /** Aborts when the reader gives up (the form goes away) or the timeout passes. */
  signal: AbortSignal;
  /** The same for every retry of the same draft, so a server can drop a duplicate. */
  key: string;
}

export interface FormOptions<S extends FormStateShape, R> {
  /** A URL to post to, or a function `(state, formData) => Promise<state>` such as a Server Action. */
  action: FormAction<S> | undefined;
  /** The app's handler, run with the checked request; resolves with the state to show. */
  handler: ((request: R, context: SubmitContext) => Promise<S>) | undefined;
  /** The state a server handed back after a post without JavaScript. */
  state: S | undefined;
  /** The state of a form nobody has sent yet. */
  idle: S;
  /** Checks the form: a request to send, or the state to show instead. */
  parse: (data: FormData) => { ok: true; request: R } | { ok: false; state: S };
  /** The state after a send that failed, with every value kept. */
  failed: (data: FormData) => S;
  /** Milliseconds after which a send is aborted and counts as failed. */
  timeout: number | undefined;
  /** Told when a bot fills the spam trap; nothing is sent. */
  onTrap: (() => void) | undefined;
  /** Called once with each new state, and the form data that led to it. */
  onState: (state: S, sent: FormData | null) => void;
  /**
   * The `useActionState` pair of a parent that must read the state while rendering (a comment
   * a server action posted without JavaScript belongs in the parent's thread); by default the
   * form keeps its own.
   */
  actionState?: readonly [S, (formData: FormData) => void];
}

/** What the form element is given. */
export interface FormElementProps {
  action?: string | ((formData: FormData) => void);
  method?: 'post';
  noValidate: true;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

export interface Form<S> {
  /** The state shown: the server's, the last check's or the last send's. */
  state: S;
  /** A send is under way. */
  pending: boolean;
  /** Something can post: an action, or a handler once the script runs. */
  canPost: boolean;
  /** Neither an action nor a handler was given: nothing will ever post. */
  cannotSend: boolean;
  formProps: FormElementProps;
  /** The draft's submission key, for the hidden `key` field. */
  submissionKey: string;
  /** Sends the form again, e.g. from a Try again button. */
  retry: (form: HTMLFormElement) => void;
}

const subscribeNever = () => () => {};

/** False on the server and while hydrating, true once the script runs. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

/**
 * The one form layer under CommentBox and NewsletterSignup. The form always posts: to the
 * `action` URL, or through React's form actions when `action` is a function, so a Server
 * Action works before hydration and with JavaScript off. Once the script runs, the form checks
 * itself on submit and sends through the function or the handler itself, so no answer resets
 * the fields: text typed during a send stays, and a refusal keeps every word. A hidden `key`
 * field names the draft; it changes only after a success.
 */
export function useForm<S extends FormStateShape, R>(options: FormOptions<S, R>): Form<S> {
  const { action, handler, state: given, idle, parse, failed, timeout, onTrap, onState } = options;
  const run = typeof action === 'function' ? action : undefined;
  const own = useActionState<S, FormData>(
    (options.actionState ? keep : (run ?? keep)) as (
      state: Awaited<S>,
      data: FormData,
    ) => Promise<S>,
    (given ?? idle) as Awaited<S>,
  );
  const [actionState, formAction] = options.actionState ?? own;
  // The state from a send or check in the browser, until a post without script brings a newer one.
  const [local, setLocal] = useState<{ state: S; over: S } | null>(null);
  const state = local && local.over === actionState ? local.state : actionState;
  const submission = useSubmission<S>({ timeout });
  const sent = useRef<FormData | null>(null);
  const hydrated = useHydrated();
  // The draft's key: a refused or failed post keeps the one it was sent with. The server writes
  // no new key: a page cached and served to many readers would give them all the same one.
  const [key, setKey] = useState(() => {
    const kept = given?.status === 'failed' || given?.status === 'invalid';
    return (kept && given.values.key) || (hydrated ? newSubmissionKey() : '');
  });
  if (!key && hydrated) setKey(newSubmissionKey());

  const seen = useRef<S | null>(null);
  useEffect(() => {
    if (seen.current === state) return;
    seen.current = state;
    onState(state, sent.current);
    // Only a new state counts; onState is the caller's and changes every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const show = (next: S) => setLocal({ state: next, over: actionState });

  // Checks the form, then sends it, unless the browser posts it to a URL with no handler: once
  // it passes the checks, and with a filled trap too, for the server to refuse and log.
  const send = (form: HTMLFormElement, event?: FormEvent<HTMLFormElement>) => {
    const data = new FormData(form);
    const parsed = parse(data);
    if (typeof action === 'string' && !handler && (parsed.ok || parsed.state.trap)) return;
    event?.preventDefault();
    if (submission.status === 'submitting') return;
    // A filled trap goes to a server action, which refuses it and can log it.
    if (!parsed.ok && !(parsed.state.trap && run)) {
      if (parsed.state.trap) onTrap?.();
      sent.current = data;
      show(parsed.state);
      return;
    }
    const sentKey = String(data.get('key') ?? '');
    const task = run
      ? () => run(state, data)
      : parsed.ok && handler
        ? (signal: AbortSignal) => handler(parsed.request, { signal, key: sentKey || key })
        : undefined;
    if (!task) return;
    sent.current = data;
    submission.submit(task)?.then((outcome) => {
      const next = outcome.ok && isState(outcome.value) ? outcome.value : failed(data);
      // A success names a new draft: the next comment or sign-up gets a new key.
      if (next.status !== 'failed' && next.status !== 'invalid') setKey(newSubmissionKey());
      show(next);
    });
  };

  return {
    state,
    pending: submission.status === 'submitting',
    canPost: action !== undefined || (handler !== undefined && hydrated),
    cannotSend: action === undefined && handler === undefined,
    formProps: {
      // React posts a function action itself, and warns if the form names a method.
      ...(run
        ? { action: formAction }
        : { method: 'post' as const, action: (action as string | undefined) || undefined }),
      noValidate: true,
      onSubmit: (event) => send(event.currentTarget, event),
    },
    submissionKey: key,
    retry: send,
  };
}

/** The action of a form whose action is not a function: it keeps the state it is given. */
export function keep<S>(state: S): S {
  return state;
}

function isState(value: unknown): value is FormStateShape {
  const state = value as Partial<FormStateShape> | null;
  return typeof state?.status === 'string' && isObject(state.values) && isObject(state.errors);
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
