const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON that is safe inside an HTML script element: no string in the data can close the
 * element or open a comment, and `JSON.parse` of the result gives the data back.
 */
export function serializeJsonLd(data: unknown): string {
  // Each unsafe character becomes its \uXXXX escape, which JSON reads back as the same character.
  return (JSON.stringify(data) ?? 'null').replace(
    UNSAFE,
    (char) => '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}
