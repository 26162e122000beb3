import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { directionOf } from '../../internal/locale';
import { safeUrl } from '../../internal/safeUrl';
import { safeImage, type SafeImageAttributes } from '../../internal/image';
import { hasText } from '../../internal/text';
import { JsonLd } from '../../jsonld/JsonLd';
import { faqPageJsonLd } from '../../jsonld/faqPage';
import { newsArticleJsonLd } from '../../jsonld/newsArticle';
import type {
  Article as ArticleData,
  Comment,
  CommentDraft,
  FAQItem,
  RelatedLink,
  SubscribeRequest,
  SubscribeResult,
} from '../../model/types';
import { articleMessages, type Messages } from '../../messages/en';
import { useMessages } from '../../provider/context';
import { ArticleBody, type RenderBlock } from '../ArticleBody';
import { ArticleHeader } from '../ArticleHeader';
import { ArticleRoot } from './Article.styles';

/** The call to action that closes the article. */
export interface ArticleClosing {
  /** Its heading; defaults to the `articleClosingTitle` message. */
  title?: string;
  /** What it asks of the reader; without it the closing section is left out. */
  text: string;
}

export interface ArticleProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The article to show: header, body and related links come from it. */
  article: ArticleData;
  /** Readers' comments, as a flat list (threads come from parentId); shown with the comment box. */
  comments?: readonly Comment[];
  /** Sends a new comment; the comment box appears when it is given. */
  onCommentSubmit?: (draft: CommentDraft) => Promise<Comment | void>;
  /** Subscribes a reader; the newsletter sign-up appears when it is given. */
  onSubscribe?: (request: SubscribeRequest) => Promise<SubscribeResult>;
  /** A closing call to action after the body; shown only when it has text. */
  closing?: ArticleClosing;
  /** Writes NewsArticle (and, with FAQ blocks, FAQPage) JSON-LD for search engines; default false. */
  structuredData?: boolean;
  /** Overrides how a body block is drawn, or draws block types of the app's own. */
  renderBlock?: RenderBlock;
  /**
   * Locale for dates and lists on the page, replacing the provider's. A Server Component
   * cannot read a provider, so it passes `locale` and `messages` here instead.
   */
  locale?: string;
  /** Words for every component on the page, replacing the provider's (see `locale`). */
  messages?: Partial<Messages>;
}

/**
 * The article's data. The API gives the data type and the component one public name,
 * `Article`; the alias lets both leave through this module.
 */
export type Article = ArticleData;

/**
 * A whole article page: header, body, closing call to action and "You may also like".
 * The article's language sets `lang` and the writing direction on the root.
 */
export const Article = forwardRef<HTMLElement, ArticleProps>(function Article(
  {
    article,
    comments: _comments,
    onCommentSubmit: _onCommentSubmit,
    onSubscribe: _onSubscribe,
    closing,
    structuredData = false,
    renderBlock,
    locale,
    messages: own,
    ...rest
  },
  ref,
) {
  const { messages } = useMessages(articleMessages, { messages: own });
  const closingId = useId();
  const relatedId = useId();
  if (article == null || typeof article !== 'object') return null;
  const language = hasText(article.language) ? article.language : undefined;
  const related = safeRelated(article.related);
  const faqItems = structuredData ? collectFaqItems(article.body) : [];

  return (
    <ArticleRoot ref={ref} lang={language} dir={directionOf(language)} {...rest}>
      <ArticleHeader
        headline={article.headline}
        kicker={article.kicker}
        standfirst={article.standfirst}
        authors={article.authors}
        publishedAt={article.publishedAt}
        updatedAt={article.updatedAt}
        hero={article.hero}
        url={article.url}
        locale={locale}
        messages={own}
      />
      <ArticleBody
        blocks={Array.isArray(article.body) ? article.body : []}
        renderBlock={renderBlock}
        messages={own}
      />

      {closing && hasText(closing.text) && (
        <section data-part="closing" aria-labelledby={closingId}>
          <h2 id={closingId}>
            {hasText(closing.title) ? closing.title : messages.articleClosingTitle}
          </h2>
          <p>{closing.text}</p>
        </section>
      )}

      {/* NewsletterSignup (when onSubscribe is given) takes its place here once it exists. */}

      {related.length > 0 && (
        <nav data-part="related" aria-labelledby={relatedId}>
          <h2 id={relatedId}>{messages.articleRelatedTitle}</h2>
          {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- list-style: none drops the role in Safari */}
          <ul role="list">
            {related.map(({ link, href, image }, index) => (
              <li key={`${href}-${index}`}>
                {image && (
                  // The link's title names the story; the picture beside it is decoration.
                  <img {...image} alt="" loading="lazy" decoding="async" />
                )}
                {hasText(link.kicker) && <p>{link.kicker}</p>}
                <a href={href}>{link.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {/* CommentBox (when onCommentSubmit is given, with comments) takes its place here once it exists. */}

      {structuredData && <JsonLd data={newsArticleJsonLd(article)} />}
      {faqItems.length > 0 && <JsonLd data={faqPageJsonLd(faqItems)} />}
    </ArticleRoot>
  );
});

/** Related links with a title and a safe URL; an unsafe one is dropped whole, never shown unlinked. */
function safeRelated(
  related: readonly RelatedLink[] | null | undefined,
): { link: RelatedLink; href: string; image?: SafeImageAttributes }[] {
  if (!Array.isArray(related)) return [];
  return related.flatMap((link) => {
    const href = link != null && hasText(link.title) ? safeUrl(link.url) : undefined;
    if (!href) return [];
    return [{ link, href, image: safeImage(link.image) }];
  });
}

function collectFaqItems(body: ArticleData['body'] | null | undefined): FAQItem[] {
  if (!Array.isArray(body)) return [];
  return body.flatMap((block) =>
    block?.type === 'faq' && Array.isArray(block.items) ? block.items : [],
  );
}
