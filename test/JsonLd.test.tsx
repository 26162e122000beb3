import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JsonLd, faqPageJsonLd, newsArticleJsonLd } from '../src';
import { renderToHtml } from './helpers';

const breakOut = '</script><script>alert(1)</script>';
const tricky = `${breakOut} <!-- & \u2028 \u2029 ]]> "quoted" \\ back`;

function scriptText(html: string): string {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no JSON-LD script in the HTML');
  return match[1];
}

describe('JsonLd', () => {
  it('keeps a hostile headline inside the script element, server-rendered', () => {
    const data = newsArticleJsonLd({ headline: breakOut, standfirst: tricky });
    const { html } = renderToHtml(<JsonLd data={data} />);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const text = scriptText(html);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('round-trips through the DOM as one script with no injected element', () => {
    const data = { '@type': 'Thing', name: tricky };
    const { container } = render(<JsonLd data={data} />);
    const scripts = container.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toHaveAttribute('type', 'application/ld+json');
    expect(JSON.parse(scripts[0].textContent ?? '')).toEqual(data);
  });
});

describe('newsArticleJsonLd', () => {
  it('describes the article with its authors, dates, image and page', () => {
    const data = newsArticleJsonLd({
      headline: 'Kyiv weighs guarantees',
      standfirst: 'A pivot away from NATO membership.',
      url: 'https://news.example.com/a',
      authors: [
        { name: 'Ana Editor', url: 'https://news.example.com/ana' },
        { name: 'Ben Writer', url: 'javascript:alert(1)' },
      ],
      publishedAt: '2025-06-14T09:30:00Z',
      updatedAt: '2025-06-15T10:00:00+02:00',
      hero: { src: 'https://images.example.com/h.jpg', alt: '' },
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Kyiv weighs guarantees',
      description: 'A pivot away from NATO membership.',
      author: [
        { '@type': 'Person', name: 'Ana Editor', url: 'https://news.example.com/ana' },
        { '@type': 'Person', name: 'Ben Writer' },
      ],
      datePublished: '2025-06-14T09:30:00.000Z',
      dateModified: '2025-06-15T08:00:00.000Z',
      image: ['https://images.example.com/h.jpg'],
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.com/a' },
    });
  });

  it('leaves out what is missing, invalid or unsafe', () => {
    const data = newsArticleJsonLd({
      headline: 'Only a headline',
      standfirst: '',
      authors: [],
      publishedAt: 'not a date',
      hero: { src: 'data:image/png;base64,AAAA', alt: '' },
      url: 'javascript:alert(1)',
    });
    // Strict: a field with no value is not there at all, not there as undefined.
    expect(data).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Only a headline',
    });
  });
});

describe('faqPageJsonLd', () => {
  it('lists each question with its answer paragraphs', () => {
    expect(
      faqPageJsonLd([
        { question: 'Can Ukraine still join NATO later?', answer: ['Yes.', 'Perhaps.'] },
        { question: '', answer: 'dropped' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Can Ukraine still join NATO later?',
          acceptedAnswer: { '@type': 'Answer', text: 'Yes.\n\nPerhaps.' },
        },
      ],
    });
  });
});
