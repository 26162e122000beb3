'use client';

export { FAQAccordion, type FAQAccordionItem, type FAQAccordionProps } from './FAQAccordion';
