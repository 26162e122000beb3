'use client';

export {
  FAQAccordion,
  type FAQAccordionItem,
  type FAQAccordionMultipleProps,
  type FAQAccordionProps,
  type FAQAccordionSingleProps,
} from './FAQAccordion';
