import { safeUrl } from './safeUrl';
import { hasText } from './text';

/**
 * The srcset when every candidate's URL is safe to load (see safeUrl), else undefined:
 * one `data:` or `javascript:` candidate drops the whole set and the plain src is used.
 */
export function safeSrcSet(srcSet: unknown): string | undefined {
  if (!hasText(srcSet)) return undefined;
  const safe = srcSet.split(',').every((candidate) => {
    const url = candidate.trim().split(/\s+/)[0];
    return !url || safeUrl(url);
  });
  return safe ? srcSet : undefined;
}
