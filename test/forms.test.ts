/**
 * broadsheet/forms, the server half of the forms: the same rules as the components, for any
 * input a server can be handed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  characterCount,
  commentFailed,
  commentPosted,
  parseCommentForm,
  parseSubscribeForm,
  subscribeDone,
  subscribeFailed,
} from '../src/forms';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe('parseCommentForm', () => {
  it('gives a trimmed draft and the key for a valid comment', () => {
    const parsed = parseCommentForm(
      form({
        name: '  Ana ',
        email: ' ana@example.com ',
        body: '\n Good piece. \n',
        parentId: 'c1',
        key: 'abcdef0123456789',
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      draft: { name: 'Ana', email: 'ana@example.com', body: 'Good piece.', parentId: 'c1' },
      key: 'abcdef0123456789',
      values: {
        name: '  Ana ',
        email: ' ana@example.com ',
        body: '\n Good piece. \n',
        parentId: 'c1',
        key: 'abcdef0123456789',
      },
    });
  });

  it('leaves out an empty email and makes an empty parentId a new thread', () => {
    const parsed = parseCommentForm(form({ name: 'Ana', email: '  ', body: 'Hi', parentId: '' }));
    expect(parsed.ok && parsed.draft).toEqual({ name: 'Ana', body: 'Hi', parentId: null });
    expect(parsed.ok && parsed.key).toBeUndefined();
  });

  it('refuses empty fields and keeps every value as sent', () => {
    const parsed = parseCommentForm(form({ name: ' ', email: 'a@b..c', body: '   ' }));
    expect(parsed).toEqual({
      ok: false,
      state: {
        status: 'invalid',
        values: { name: ' ', email: 'a@b..c', body: '   ', parentId: '', key: '' },
        errors: {
          name: { code: 'required' },
          email: { code: 'invalid' },
          body: { code: 'required' },
        },
      },
    });
  });

  it('needs the email only when asked to', () => {
    const parsed = parseCommentForm(form({ name: 'A', body: 'B' }), { requireEmail: true });
    expect(!parsed.ok && parsed.state.errors).toEqual({ email: { code: 'required' } });
  });

  it('counts the trimmed text in code points against maxLength', () => {
    const at = parseCommentForm(form({ name: 'A', body: `  ${'😀'.repeat(10)}  ` }), {
      maxLength: 10,
    });
    expect(at.ok).toBe(true);
    const over = parseCommentForm(form({ name: 'A', body: 'x'.repeat(11) }), { maxLength: 10 });
    expect(!over.ok && over.state.errors.body).toEqual({ code: 'tooLong', max: 10 });
    expect(characterCount('  😀é  ')).toBe(2);
  });

  it('takes a signed-in viewer’s name and refuses a reader who must sign in', () => {
    const signedIn = parseCommentForm(form({ name: 'Forged', body: 'Hi' }), {
      viewer: { name: 'Sam' },
    });
    expect(signedIn.ok && signedIn.draft.name).toBe('Sam');
    const signedOut = parseCommentForm(form({ name: 'A', body: 'Hi' }), { viewer: null });
    expect(!signedOut.ok && signedOut.state.status).toBe('failed');
  });

  it('refuses a filled spam trap with a state that looks like success and says trap', () => {
    const parsed = parseCommentForm(form({ name: 'Bot', body: 'Buy', website: 'x' }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.state).toMatchObject({ status: 'posted', trap: true });
  });

  it('does not take a key of the wrong shape', () => {
    const parsed = parseCommentForm(form({ name: 'A', body: 'B', key: '<script>' }));
    expect(parsed.ok && parsed.key).toBeUndefined();
  });

  it('makes the states a server hands back', () => {
    const comment = {
      id: '9',
      author: { name: 'A' },
      body: 'B',
      createdAt: '',
      status: 'pending' as const,
    };
    expect(commentPosted(comment)).toMatchObject({ status: 'posted', comment, errors: {} });
    expect(
      commentFailed(form({ name: 'A', body: 'B', key: 'k0000000' }), 'Down for a moment'),
    ).toEqual({
      status: 'failed',
      values: { name: 'A', email: '', body: 'B', parentId: '', key: 'k0000000' },
      errors: {},
      message: 'Down for a moment',
    });
  });
});

describe('parseSubscribeForm', () => {
  it('sends consent only when the form asked for it', () => {
    const notAsked = parseSubscribeForm(form({ email: 'a@b.co' }));
    expect(notAsked.ok && notAsked.request).toEqual({ email: 'a@b.co' });
    const asked = parseSubscribeForm(form({ email: 'a@b.co', consent: 'yes' }), {
      requireConsent: true,
    });
    expect(asked.ok && asked.request).toEqual({ email: 'a@b.co', consent: true });
    const refused = parseSubscribeForm(form({ email: 'a@b.co' }), { requireConsent: true });
    expect(!refused.ok && refused.state.errors).toEqual({ consent: { code: 'required' } });
  });

  it('applies the same email rule as the comment form', () => {
    for (const email of ['a@b..c', 'a@b', 'a b@c.de', '@b.co', 'a@.b.co']) {
      const parsed = parseSubscribeForm(form({ email }));
      expect(!parsed.ok && parsed.state.errors.email, email).toEqual({ code: 'invalid' });
    }
    const long = parseSubscribeForm(form({ email: `${'a'.repeat(245)}@example.com` }));
    expect(!long.ok && long.state.errors.email).toEqual({ code: 'tooLong', max: 254 });
    const exact = parseSubscribeForm(form({ email: `${'a'.repeat(242)}@example.com` }));
    expect(exact.ok).toBe(true);
  });

  it('refuses a list that is not offered, and passes one that is', () => {
    const options = { lists: ['morning', 'weekly'] };
    const bad = parseSubscribeForm(form({ email: 'a@b.co', list: 'admin' }), options);
    expect(!bad.ok && bad.state.errors).toEqual({ list: { code: 'unknown' } });
    const good = parseSubscribeForm(form({ email: 'a@b.co', list: 'weekly' }), options);
    expect(good.ok && good.request).toEqual({ email: 'a@b.co', list: 'weekly' });
  });

  it('refuses a filled spam trap with a state that looks like success and says trap', () => {
    const parsed = parseSubscribeForm(form({ email: 'a@b.co', website: 'x' }));
    expect(!parsed.ok && parsed.state).toMatchObject({ status: 'subscribed', trap: true });
  });

  it('makes the states a server hands back', () => {
    expect(subscribeDone('pending', { email: 'a@b.co' })).toMatchObject({
      status: 'pending',
      values: { email: 'a@b.co', consent: false },
    });
    expect(subscribeFailed(form({ email: 'a@b.co', consent: 'yes' }))).toEqual({
      status: 'failed',
      values: { email: 'a@b.co', consent: true, list: '', key: '' },
      errors: {},
    });
  });
});

describe('broadsheet/forms with any input', () => {
  const anyValue = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('', ' ', '\u00a0', 'a@b.co', '</script>', "'; DROP TABLE comments; --"),
  );
  const fieldNames = fc.constantFrom(
    'name',
    'email',
    'body',
    'parentId',
    'key',
    'website',
    'consent',
    'list',
    'other',
  );
  const anyForm = fc.array(fc.tuple(fieldNames, anyValue), { maxLength: 12 }).map((entries) => {
    const data = new FormData();
    for (const [name, value] of entries) data.append(name, value);
    return data;
  });
  const anyOptions = fc.record(
    {
      maxLength: fc.oneof(fc.integer(), fc.double(), fc.constant(undefined)),
      requireEmail: fc.boolean(),
      requireConsent: fc.boolean(),
      lists: fc.array(fc.string(), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );

  it('never throws, and a draft always has a name and a body within the limit', () => {
    fc.assert(
      fc.property(anyForm, anyOptions, (data, options) => {
        const comment = parseCommentForm(data, options);
        if (comment.ok) {
          expect(comment.draft.name.trim()).not.toBe('');
          expect(comment.draft.body).toBe(comment.draft.body.trim());
          expect(characterCount(comment.draft.body)).toBeGreaterThan(0);
        } else {
          expect(['invalid', 'posted', 'failed']).toContain(comment.state.status);
        }
        const signUp = parseSubscribeForm(data, options);
        if (signUp.ok) expect(signUp.request.email).toMatch(/^\S+@\S+\.\S+$/);
      }),
    );
  });

  it('never throws on things that are not FormData at all', () => {
    for (const value of [
      null,
      undefined,
      {},
      { get: () => 7 },
      {
        get: () => {
          throw new Error('no');
        },
      },
    ]) {
      expect(() => parseCommentForm(value as never)).not.toThrow();
      expect(() => parseSubscribeForm(value as never)).not.toThrow();
    }
  });

  it('reads URLSearchParams, as a urlencoded body gives them', () => {
    const parsed = parseCommentForm(new URLSearchParams('name=Ana&body=Hello%20there'));
    expect(parsed.ok && parsed.draft.body).toBe('Hello there');
  });
});
