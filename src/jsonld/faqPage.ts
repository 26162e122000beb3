import { normalizeFaqItems } from '../model/normalize';
import type { FAQItem } from '../model/types';

/** A schema.org FAQPage for a list of questions; empty questions are left out. */
export function faqPageJsonLd(items: readonly FAQItem[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: normalizeFaqItems(items).map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer.join('\n\n') },
    })),
  };
}
