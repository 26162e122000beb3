import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { directionOf } from '../../internal/locale';
import { safeUrl } from '../../internal/safeUrl';
import { hasText } from '../../internal/text';
import { JsonLd } from '../../jsonld/JsonLd';
import { faqPageJsonLd } from '../../jsonld/faqPage';
import { newsArticleJsonLd } from '../../jsonld/newsArticle';
import { normalizeArticle } from '../../model/normalize';
import type { Article as ArticleData, Comment } from '../../model/types';
import {
  articleMessages,
  commentMessages,
  newsletterMessages,
  type Messages,
} from '../../messages/en';
import { useMessages } from '../../provider/context';
import { ArticleBody, type RenderBlock } from '../ArticleBody';
import { ArticleHeader } from '../ArticleHeader';
import { CommentBox, type CommentBoxProps } from '../CommentBox';
import { NewsletterSignup, type NewsletterSignupProps } from '../NewsletterSignup';
import { ArticleRoot } from './Article.styles';

/** A link of the app's own that ends the closing call to action. */
export interface ArticleClosingAction {
  /** What the link says, e.g. "Join the debate". */
  label: string;
  /** Where it goes: an http(s) URL, a path or a fragment; anything else leaves it out. */
  href: string;
}

/** The call to action that closes the article. */
export interface ArticleClosing {
  /** Its heading; defaults to the `articleClosingTitle` message. */
  title?: string;
  /** What it asks of the reader; without it the closing section is left out. */
  text: string;
  /** The app's own action, shown first; the page's comments and sign-up are linked after it. */
  action?: ArticleClosingAction;
}

// The closing links to the comments and the sign-up by their titles, so it needs their words.
const closingMessages = {
  ...articleMessages,
  commentsTitle: commentMessages.commentsTitle,
  newsletterTitle: newsletterMessages.newsletterTitle,
};

export interface ArticleProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The article to show: header, body and related links come from it. */
  article: ArticleData;
  /** Readers' comments, as a flat list (threads come from parentId); shown with the comment box. */
  comments?: readonly Comment[];
  /** Sends a new comment; the comment box appears, after the related links, when it or `commentBoxProps.action` is given. */
  onCommentSubmit?: CommentBoxProps['onSubmit'];
  /** More settings for the comment box (e.g. `action`, `state`, `draftKey`, `closed`, `onLoadMore`). */
  commentBoxProps?: Omit<CommentBoxProps, 'onSubmit' | 'comments'>;
  /** Subscribes a reader; the newsletter sign-up appears, after the related links, when it or `newsletterProps.action` is given. */
  onSubscribe?: NewsletterSignupProps['onSubscribe'];
  /** More settings for the sign-up (e.g. `action`, `state`, `consentLabel`, `privacyUrl`, `list`). */
  newsletterProps?: Omit<NewsletterSignupProps, 'onSubscribe'>;
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
  /** IANA time zone the page's dates are written in, replacing the provider's (default "UTC"). */
  timeZone?: string;
  /**
   * Whether the page's dates (the header's and the comments') name their zone (default true);
   * false when `timeZone` is the reader's own.
   */
  showTimeZone?: boolean;
}

/**
 * The article's data. The API gives the data type and the component one public name,
 * `Article`; the alias lets both leave through this module.
 */
export type Article = ArticleData;

/**
 * A whole article page: header, body, closing call to action, "You may also like", and, when
 * their handlers are given, the newsletter sign-up and the comments.
 * The article's language sets `lang` and the writing direction on the root.
 */
export const Article = forwardRef<HTMLElement, ArticleProps>(function Article(
  {
    article,
    comments,
    onCommentSubmit,
    commentBoxProps,
    onSubscribe,
    newsletterProps,
    closing,
    structuredData = false,
    renderBlock,
    locale,
    messages: own,
    timeZone,
    showTimeZone,
    ...rest
  },
  ref,
) {
  const { messages } = useMessages(closingMessages, { messages: own });
  const closingId = useId();
  const relatedId = useId();
  const uid = useId();
  const data = normalizeArticle(article);
  if (!data) return null;
  const related = data.related;
  // The sections the closing links to take an id of the page's unless the app gave one.
  const commentsId = commentBoxProps?.id ?? `${uid}comments`;
  const newsletterId = newsletterProps?.id ?? `${uid}newsletter`;
  const showSignUp = Boolean(onSubscribe || newsletterProps?.action);
  const showComments = Boolean(onCommentSubmit || commentBoxProps?.action);
  const actionHref = closing?.action && safeUrl(closing.action.href);
  const actions = [
    closing?.action && actionHref && hasText(closing.action.label)
      ? { href: actionHref, label: closing.action.label, primary: true }
      : undefined,
    showComments
      ? { href: `#${commentsId}`, label: commentBoxProps?.title ?? messages.commentsTitle }
      : undefined,
    showSignUp
      ? { href: `#${newsletterId}`, label: newsletterProps?.title ?? messages.newsletterTitle }
      : undefined,
  ].filter((action) => action !== undefined);
  const faqItems = structuredData
    ? data.body.flatMap((block) => (block.type === 'faq' ? block.items : []))
    : [];

  return (
    <ArticleRoot ref={ref} lang={data.language} dir={directionOf(data.language)} {...rest}>
      <ArticleHeader
        article={data}
        locale={locale}
        messages={own}
        timeZone={timeZone}
        showTimeZone={showTimeZone}
      />
      <ArticleBody blocks={data.body} renderBlock={renderBlock} messages={own} />

      {closing && hasText(closing.text) && (
        <section data-part="closing" aria-labelledby={closingId}>
          <h2 data-part="section-title" id={closingId}>
            {hasText(closing.title) ? closing.title : messages.articleClosingTitle}
          </h2>
          <p>{closing.text}</p>
          {actions.length > 0 && (
            <p data-part="closing-actions">
              {actions.map((action, index) => (
                <a
                  key={index}
                  href={action.href}
                  data-variant={'primary' in action ? 'primary' : undefined}
                >
                  {action.label}
                </a>
              ))}
            </p>
          )}
        </section>
      )}

      {related.length > 0 && (
        <nav data-part="related" aria-labelledby={relatedId}>
          <h2 data-part="section-title" id={relatedId}>
            {messages.articleRelatedTitle}
          </h2>
          {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- list-style: none drops the role in Safari */}
          <ul role="list">
            {related.map((link, index) => (
              <li
                data-part="card"
                data-image={link.image ? '' : undefined}
                key={`${link.url}-${index}`}
              >
                {link.image && (
                  // The link's title names the story; the picture beside it is decoration.
                  <img
                    src={link.image.src}
                    srcSet={link.image.srcSet}
                    sizes={link.image.sizes}
                    width={link.image.width}
                    height={link.image.height}
                    alt=""
                    loading="lazy"
                    decoding="async"
                  />
                )}
                {link.kicker && <p data-part="kicker">{link.kicker}</p>}
                <a href={link.url}>{link.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {showSignUp && (
        <NewsletterSignup
          id={newsletterId}
          locale={locale}
          messages={own}
          {...newsletterProps}
          onSubscribe={onSubscribe}
        />
      )}

      {showComments && (
        <CommentBox
          id={commentsId}
          locale={locale}
          messages={own}
          timeZone={timeZone}
          showTimeZone={showTimeZone}
          {...commentBoxProps}
          comments={comments}
          onSubmit={onCommentSubmit}
        />
      )}

      {structuredData && data.headline && (
        <JsonLd data={newsArticleJsonLd({ ...data, headline: data.headline })} />
      )}
      {faqItems.length > 0 && <JsonLd data={faqPageJsonLd(faqItems)} />}
    </ArticleRoot>
  );
});
