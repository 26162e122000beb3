import { confirmSubscriber } from '../../../lib/store';

export const dynamic = 'force-dynamic';

/** The double opt-in link: marks the sign-up its token belongs to as confirmed. */
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const confirmed = /^[\w-]{1,64}$/.test(token) && (await confirmSubscriber(token));
  const text = confirmed
    ? 'Thank you: your newsletter sign-up is confirmed.'
    : 'This confirmation link is not valid.';
  return new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Newsletter</title><p>${text}</p><p><a href="/">Back to the article</a></p></html>`,
    { status: confirmed ? 200 : 404, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}
