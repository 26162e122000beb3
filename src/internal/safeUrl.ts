// Browsers drop tabs and newlines inside URLs, so "java\tscript:" would still run script.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * The URL when it is safe to link or load: http(s), protocol-relative, a relative path or a
 * fragment. Anything else (`javascript:`, `data:`, `vbscript:`, malformed input) gives undefined.
 */
export function safeUrl(url: unknown): string | undefined {
  const trimmed = typeof url === 'string' ? url.trim() : '';
  const safe =
    trimmed !== '' &&
    !CONTROL_OR_SPACE.test(trimmed) &&
    (!SCHEME.test(trimmed) || /^https?:/i.test(trimmed));
  return safe ? trimmed : undefined;
}
