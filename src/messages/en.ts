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

  trendsTitle: string;

  faqTitle: string;
  faqExpandAll: string;
  faqCollapseAll: string;

  articleClosingTitle: string;
  articleRelatedTitle: string;

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

export const defaultMessages: Messages = {
  calloutDidYouKnow: 'Did you know?',
  calloutTip: 'Pro tip',
  calloutNote: 'Note',
  calloutWarning: 'Warning',

  byline: 'By {authors}',
  published: 'Published',
  updated: 'Updated',
  imageCredit: 'Image: {credit}',

  trendsTitle: 'Key trends',

  faqTitle: 'Frequently asked questions',
  faqExpandAll: 'Expand all',
  faqCollapseAll: 'Collapse all',

  articleClosingTitle: 'What’s your take?',
  articleRelatedTitle: 'You may also like',

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
};
