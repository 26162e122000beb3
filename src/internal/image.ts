import type { Image } from '../model/types';
import { safeUrl } from './safeUrl';
import { safeSrcSet } from './srcSet';
import { hasText } from './text';

/** What an `<img>` may be given from an Image in the data. */
export interface SafeImageAttributes {
  src: string;
  alt: string;
  srcSet?: string;
  sizes?: string;
  width?: number;
  height?: number;
}

/**
 * An image's attributes with only safe URLs and real sizes, or undefined when its src is
 * missing or unsafe (then no image is drawn at all). A missing alt counts as decorative.
 */
export function safeImage(image: Image | null | undefined): SafeImageAttributes | undefined {
  const src = safeUrl(image?.src);
  if (!image || !src) return undefined;
  const srcSet = safeSrcSet(image.srcSet);
  return {
    src,
    alt: typeof image.alt === 'string' ? image.alt : '',
    srcSet,
    sizes: srcSet && hasText(image.sizes) ? image.sizes : undefined,
    width: positive(image.width),
    height: positive(image.height),
  };
}

function positive(value: unknown): number | undefined {
  return Number.isFinite(value) && (value as number) > 0 ? (value as number) : undefined;
}
