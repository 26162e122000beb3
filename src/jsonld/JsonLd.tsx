import type { ComponentPropsWithoutRef } from 'react';
import { serializeJsonLd } from './serialize';

export interface JsonLdProps extends Omit<
  ComponentPropsWithoutRef<'script'>,
  'children' | 'dangerouslySetInnerHTML' | 'type'
> {
  /** A schema.org object, such as one from newsArticleJsonLd or faqPageJsonLd. */
  data: object;
}

/** Writes structured data as `<script type="application/ld+json">`, escaped against break-out. */
export function JsonLd({ data, ...rest }: JsonLdProps) {
  return (
    <script
      {...rest}
      type="application/ld+json"
      // The text is escaped by serializeJsonLd: nothing in the data can end the element.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
