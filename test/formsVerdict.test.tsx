/**
 * The components and broadsheet/forms give the same verdict on the same input: for any name,
 * email and comment, CommentBox sends exactly when parseCommentForm accepts, and sends the same
 * draft; NewsletterSignup subscribes exactly when parseSubscribeForm accepts, with the same
 * request.
 */
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommentBox, NewsletterSignup } from '../src';
import { parseCommentForm, parseSubscribeForm } from '../src/forms';

afterEach(cleanup);

// A fixed seed in CI, so a red run names a change; a new one elsewhere, to keep exploring.
const seed = process.env.CI ? 20261204 : undefined;

// Strings a reader might type: ordinary, empty, blank, long, addresses right and wrong.
const typed = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '\u00a0\t', 'Ada', 'a@b.co', 'a@b..c', ' A@Example.COM ', 'x@y'),
  fc.string({ unit: 'grapheme', minLength: 8, maxLength: 12 }),
);

// Comments around the limit of 10 characters the test sets, where counting rules part ways,
// and names and addresses that often pass, so that many drafts get that far.
const nearLimit = fc.oneof(typed, fc.string({ minLength: 9, maxLength: 12 }));
const likelyName = fc.oneof(typed, fc.constant('Ada'));
const likelyEmail = fc.oneof(typed, fc.constantFrom('', 'a@b.co'));

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('the components and broadsheet/forms agree', () => {
  it('CommentBox sends exactly what parseCommentForm accepts', async () => {
    await fc.assert(
      fc.asyncProperty(
        likelyName,
        likelyEmail,
        nearLimit,
        fc.boolean(),
        async (name, email, body, requireEmail) => {
          const onSubmit = vi.fn(async () => {});
          const { container, unmount } = render(
            <CommentBox onSubmit={onSubmit} maxLength={10} requireEmail={requireEmail} />,
          );
          const field = (part: string) => container.querySelector(`[name="${part}"]`)!;
          fireEvent.change(field('name'), { target: { value: name } });
          fireEvent.change(field('email'), { target: { value: email } });
          fireEvent.change(field('body'), { target: { value: body } });
          // What the browser holds (an input drops line breaks) is what both judge.
          const sent = {
            name: (field('name') as HTMLInputElement).value,
            email: (field('email') as HTMLInputElement).value,
            body: (field('body') as HTMLTextAreaElement).value,
          };
          await act(async () => {
            fireEvent.submit(container.querySelector('form')!);
          });
          const parsed = parseCommentForm(formData(sent), { maxLength: 10, requireEmail });
          if (parsed.ok) {
            expect(onSubmit).toHaveBeenCalledTimes(1);
            expect(onSubmit.mock.calls[0]).toEqual([parsed.draft, expect.anything()]);
          } else {
            expect(onSubmit).not.toHaveBeenCalled();
          }
          unmount();
        },
      ),
      { numRuns: 60, seed },
    );
  }, 60_000);

  it('CommentBox reads an odd maxLength as parseCommentForm does, in its counter too', async () => {
    const body = 'x'.repeat(4999);
    for (const maxLength of [0.5, 0, -3, Number.NaN, Infinity, 12.7, 6000]) {
      const onSubmit = vi.fn(async () => {});
      const { container, unmount } = render(
        <CommentBox onSubmit={onSubmit} maxLength={maxLength} />,
      );
      const field = (part: string) =>
        container.querySelector<HTMLInputElement>(`[name="${part}"]`)!;
      // The limit the server half applies, read from its refusal of a very long comment.
      const refused = parseCommentForm(formData({ name: 'Ada', body: 'x'.repeat(10_000) }), {
        maxLength,
      });
      const limit = refused.ok ? undefined : refused.state.errors.body?.max;
      expect(container.querySelector('[data-part="count-hint"]')).toHaveTextContent(
        `You can enter up to ${limit?.toLocaleString('en')} characters`,
      );
      fireEvent.change(field('name'), { target: { value: 'Ada' } });
      fireEvent.change(field('body'), { target: { value: body } });
      await act(async () => {
        fireEvent.submit(container.querySelector('form')!);
      });
      const parsed = parseCommentForm(formData({ name: 'Ada', body }), { maxLength });
      expect(onSubmit, `maxLength ${maxLength}`).toHaveBeenCalledTimes(parsed.ok ? 1 : 0);
      unmount();
    }
  });

  it('NewsletterSignup subscribes exactly when parseSubscribeForm accepts', async () => {
    await fc.assert(
      fc.asyncProperty(typed, fc.boolean(), fc.boolean(), async (email, asked, ticked) => {
        const onSubscribe = vi.fn(async () => {});
        const { container, unmount } = render(
          <NewsletterSignup
            onSubscribe={onSubscribe}
            consentLabel={asked ? 'I agree' : undefined}
          />,
        );
        const input = container.querySelector<HTMLInputElement>('[name="email"]')!;
        fireEvent.change(input, { target: { value: email } });
        const box = container.querySelector<HTMLInputElement>('[name="consent"]');
        if (box && ticked) fireEvent.click(box);
        const fields: Record<string, string> = { email: input.value };
        if (box?.checked) fields.consent = 'yes';
        await act(async () => {
          fireEvent.submit(container.querySelector('form')!);
        });
        const parsed = parseSubscribeForm(formData(fields), { requireConsent: asked });
        if (parsed.ok) {
          expect(onSubscribe).toHaveBeenCalledTimes(1);
          expect(onSubscribe.mock.calls[0]).toEqual([parsed.request, expect.anything()]);
        } else {
          expect(onSubscribe).not.toHaveBeenCalled();
        }
        unmount();
      }),
      { numRuns: 60, seed },
    );
  }, 60_000);
});
