import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Field } from '../../internal/form/Field';
import { useSubmission } from '../../internal/form/useSubmission';
import { formatMessage } from '../../internal/format';
import type { commentMessages } from '../../messages/en';
import type { CommentReport, ReportReason } from '../../model/types';

export interface ReportProps {
  id: string;
  /** The author, for the Report button's name. */
  name: string;
  uid: string;
  onReport: (commentId: string, report: CommentReport) => Promise<void>;
  words: typeof commentMessages;
}

const REASONS = {
  spam: 'commentsReportSpam',
  abuse: 'commentsReportAbuse',
  offTopic: 'commentsReportOffTopic',
  other: 'commentsReportOther',
} as const satisfies Record<ReportReason, keyof typeof commentMessages>;

/**
 * "Report": a small form opened in place under the comment, with the reasons as radio buttons
 * and optional details; then a thank-you that takes focus. A failed send keeps the choice.
 */
export function Report({ id, name, uid, onReport, words }: ReportProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [details, setDetails] = useState('');
  const [missing, setMissing] = useState(false);
  const submission = useSubmission<void>();
  const form = useRef<HTMLFormElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const prefix = `${uid}report-${id}-`;
  const sent = submission.status === 'succeeded';

  // The form's first choice takes focus as it opens; the thank-you as it replaces the form.
  useEffect(() => {
    if (open) (done.current ?? form.current?.querySelector('input'))?.focus();
  }, [open, sent]);

  const close = () => {
    button.current?.focus();
    setOpen(false);
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setMissing(true);
      form.current?.querySelector('input')?.focus();
      return;
    }
    setMissing(false);
    const text = details.trim();
    void submission.submit(() => onReport(id, text ? { reason, details: text } : { reason }));
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        data-part="report-button"
        aria-label={formatMessage(words.commentsReportLabel, { name })}
        aria-expanded={open}
        aria-controls={open && !sent ? `${prefix}form` : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {words.commentsReport}
      </button>
      {open && sent && (
        <p data-part="report-sent" ref={done} tabIndex={-1}>
          {words.commentsReportSent}
        </p>
      )}
      {open && !sent && (
        // Escape from any of its controls closes it, as the reply form does.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <form
          ref={form}
          data-part="report-form"
          id={`${prefix}form`}
          noValidate
          onSubmit={send}
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <fieldset aria-describedby={missing ? `${prefix}error` : undefined}>
            <legend>{words.commentsReportLegend}</legend>
            {missing && (
              <p data-part="error-message" id={`${prefix}error`}>
                <span data-part="error-prefix">{words.errorPrefix}</span>{' '}
                {words.errorReasonRequired}
              </p>
            )}
            {(Object.keys(REASONS) as ReportReason[]).map((key) => (
              <Field
                key={key}
                id={prefix + key}
                label={words[REASONS[key]]}
                errorPrefix={words.errorPrefix}
                checkbox
              >
                {(control) => (
                  <input
                    {...control}
                    type="radio"
                    name="reason"
                    value={key}
                    checked={reason === key}
                    onChange={() => setReason(key)}
                  />
                )}
              </Field>
            ))}
          </fieldset>
          <Field
            id={`${prefix}details`}
            label={formatMessage(words.commentsOptional, { label: words.commentsReportDetails })}
            errorPrefix={words.errorPrefix}
          >
            {(control) => (
              <textarea
                {...control}
                name="details"
                rows={2}
                value={details}
                onChange={(event) => setDetails(event.target.value)}
              />
            )}
          </Field>
          {submission.status === 'failed' && (
            <p data-part="submit-error" role="alert">
              {words.commentsReportFailed}
            </p>
          )}
          <div data-part="actions">
            <button type="submit" aria-disabled={submission.status === 'submitting' || undefined}>
              {submission.status === 'submitting'
                ? words.commentsReportSending
                : words.commentsReportSend}
            </button>
            <button type="button" data-part="cancel" onClick={close}>
              {words.commentsReportCancel}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
