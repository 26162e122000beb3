/**
 * Every word a Broadsheet component writes by itself. Placeholders in braces, such as
 * `{count}`, are filled in by the component; tables stay plain data so they can cross
 * from server to client.
 */
export interface Messages {
  calloutDidYouKnow: string;
  calloutTip: string;
  calloutNote: string;
  calloutWarning: string;

  /** Before the list of authors: "By {authors}". */
  byline: string;
  published: string;
  updated: string;
  imageCredit: string;

  faqExpandAll: string;
  faqCollapseAll: string;

  articleClosingTitle: string;
  articleRelatedTitle: string;

  // CommentBox and NewsletterSignup are still to come; their words are settled here already.
  commentsTitle: string;
  commentsCount: string;
  commentsEmpty: string;
  commentsClosed: string;
  commentsLoadMore: string;
  commentsPending: string;
  commentsReply: string;
  commentsReplyTo: string;
  commentsCancelReply: string;
  commentsNameLabel: string;
  commentsEmailLabel: string;
  commentsEmailHint: string;
  commentsBodyLabel: string;
  commentsSubmit: string;
  commentsSubmitting: string;
  commentsSubmitted: string;
  commentsSubmittedPending: string;
  commentsCharactersLeft: string;
  commentsCharactersTooMany: string;
  errorSummaryTitle: string;
  errorNameRequired: string;
  errorEmailRequired: string;
  errorEmailInvalid: string;
  errorBodyRequired: string;
  errorBodyTooLong: string;
  errorSubmitFailed: string;

  newsletterTitle: string;
  newsletterDescription: string;
  newsletterEmailLabel: string;
  newsletterSubmit: string;
  newsletterSubmitting: string;
  newsletterPrivacy: string;
  newsletterSubscribed: string;
  newsletterPending: string;
  newsletterAlready: string;
  errorConsentRequired: string;
  errorSubscribeFailed: string;
}

// The words are grouped by component so that each component ships only its own.

/** The words Callout writes. */
export const calloutMessages = {
  calloutDidYouKnow: 'Did you know?',
  calloutTip: 'Pro tip',
  calloutNote: 'Note',
  calloutWarning: 'Warning',
} satisfies Partial<Messages>;

/** The words ArticleHeader writes. */
export const headerMessages = {
  byline: 'By {authors}',
  published: 'Published',
  updated: 'Updated',
  imageCredit: 'Image: {credit}',
} satisfies Partial<Messages>;

/** The words FAQAccordion writes. */
export const faqMessages = {
  faqExpandAll: 'Expand all',
  faqCollapseAll: 'Collapse all',
} satisfies Partial<Messages>;

/** The words Article writes. */
export const articleMessages = {
  articleClosingTitle: 'What’s your take?',
  articleRelatedTitle: 'You may also like',
} satisfies Partial<Messages>;

/** The words CommentBox writes. */
export const commentMessages = {
  commentsTitle: 'Leave a Comment',
  commentsCount: '{count} comments',
  commentsEmpty: 'No comments yet. Start the conversation.',
  commentsClosed: 'Comments are closed for this article.',
  commentsLoadMore: 'Show more comments',
  commentsPending: 'Awaiting moderation',
  commentsReply: 'Reply',
  commentsReplyTo: 'Replying to {name}',
  commentsCancelReply: 'Cancel reply',
  commentsNameLabel: 'Name',
  commentsEmailLabel: 'Email address',
  commentsEmailHint: 'We will not publish your email address.',
  commentsBodyLabel: 'Comment',
  commentsSubmit: 'Post comment',
  commentsSubmitting: 'Posting…',
  commentsSubmitted: 'Your comment has been posted.',
  commentsSubmittedPending: 'Thank you. Your comment will appear once a moderator approves it.',
  commentsCharactersLeft: 'You have {count} characters remaining',
  commentsCharactersTooMany: 'You have {count} characters too many',
  errorSummaryTitle: 'There is a problem',
  errorNameRequired: 'Enter your name',
  errorEmailRequired: 'Enter your email address',
  errorEmailInvalid: 'Enter an email address in the correct format, like name@example.com',
  errorBodyRequired: 'Enter your comment',
  errorBodyTooLong: 'Comment must be {max} characters or fewer',
  errorSubmitFailed: 'Your comment could not be posted. Check your connection and try again.',
} satisfies Partial<Messages>;

/** The words NewsletterSignup writes. */
export const newsletterMessages = {
  newsletterTitle: 'Sign up for our newsletter',
  newsletterDescription: 'The week’s most important stories, in your inbox every Friday.',
  newsletterEmailLabel: 'Email address',
  newsletterSubmit: 'Subscribe',
  newsletterSubmitting: 'Subscribing…',
  newsletterPrivacy: 'Privacy notice',
  newsletterSubscribed: 'You are subscribed. Thank you.',
  newsletterPending: 'Almost there: check your inbox to confirm your subscription.',
  newsletterAlready: 'You were already subscribed.',
  errorConsentRequired: 'Tick the box to agree before subscribing',
  errorSubscribeFailed: 'We could not subscribe you. Check your connection and try again.',
} satisfies Partial<Messages>;

/** Every word the components write by themselves, in English. */
export const defaultMessages: Messages = /* @__PURE__ */ Object.assign(
  {},
  calloutMessages,
  headerMessages,
  faqMessages,
  articleMessages,
  commentMessages,
  newsletterMessages,
);
