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
  /** An author's role after the name, with one or two authors: "({role})". */
  bylineRole: string;
  published: string;
  updated: string;
  imageCredit: string;

  faqExpandAll: string;
  faqCollapseAll: string;

  articleClosingTitle: string;
  articleRelatedTitle: string;

  commentsTitle: string;
  /** The thread's heading for a count the locale calls "one" ("1 comment"). */
  commentsCountOne: string;
  /** The thread's heading for every other count ("3 comments"). */
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
  commentsCharactersLeftOne: string;
  commentsCharactersLeft: string;
  commentsCharactersTooManyOne: string;
  commentsCharactersTooMany: string;
  /** Tied to the comment field for screen readers: "You can enter up to {max} characters". */
  commentsCharacterLimit: string;
  /** A label of a field that may be left empty: "{label} (optional)". */
  commentsOptional: string;
  /** Each Reply button's accessible name; its visible text is commentsReply. */
  commentsReplyLabel: string;
  /** Above a reply shown beside its parent, once replies are nested as deep as they go. */
  commentsInReplyTo: string;
  commentsSortLabel: string;
  commentsSortNewest: string;
  commentsSortOldest: string;
  commentsLoadingMore: string;
  commentsLoadedOne: string;
  commentsLoaded: string;
  commentsLoadFailed: string;
  commentsTryAgain: string;
  /** Above the form of a signed-in reader, who is not asked for a name: "Commenting as {name}". */
  commentsAs: string;
  /** Where a form has neither an action nor a handler, in place of its button's work. */
  formCannotSend: string;
  commentsRemoved: string;
  commentsDeleted: string;
  commentsSignIn: string;
  /** A sign-in link in place of each Reply button, when the reader is signed out. */
  commentsSignInToReply: string;
  commentsSignInToReplyLabel: string;
  commentsRecommend: string;
  commentsRecommendationsOne: string;
  commentsRecommendations: string;
  commentsRecommendFailed: string;
  commentsSortRecommended: string;
  commentsPicksTitle: string;
  commentsPickLink: string;
  commentsShowRepliesOne: string;
  commentsShowReplies: string;
  commentsShowNewOne: string;
  commentsShowNew: string;
  /** Announced when comments arrive while the reader reads. */
  commentsNewOne: string;
  commentsNew: string;
  commentsReport: string;
  commentsReportLabel: string;
  commentsReportLegend: string;
  commentsReportSpam: string;
  commentsReportAbuse: string;
  commentsReportOffTopic: string;
  commentsReportOther: string;
  commentsReportDetails: string;
  commentsReportSend: string;
  commentsReportSending: string;
  commentsReportCancel: string;
  commentsReportSent: string;
  commentsReportFailed: string;
  errorReasonRequired: string;
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
  /** Read before a field's error message, not shown: "Error: Enter your email address". */
  errorPrefix: string;
  errorEmailTooLong: string;
}

// The words are grouped by component so that each component ships only its own.

/** The words Callout writes. */
export const calloutMessages = {
  calloutDidYouKnow: 'Did you know?',
  calloutTip: 'Pro tip',
  calloutNote: 'Note',
  calloutWarning: 'Warning',
} satisfies Partial<Messages>;

/** The words ArticleHeader writes, beside the image credit. */
export const headerMessages = {
  byline: 'By {authors}',
  bylineRole: '({role})',
  published: 'Published',
  updated: 'Updated',
} satisfies Partial<Messages>;

/** The words written under an image, by ArticleHeader and ArticleBody. */
export const imageMessages = {
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
  commentsTitle: 'Leave a comment',
  commentsCountOne: '{count} comment',
  commentsCount: '{count} comments',
  commentsEmpty: 'No comments yet. Be the first to comment.',
  commentsClosed: 'Comments are closed.',
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
  commentsSubmittedPending: 'Thank you. Your comment is awaiting moderation.',
  commentsCharactersLeftOne: 'You have {count} character remaining',
  commentsCharactersLeft: 'You have {count} characters remaining',
  commentsCharactersTooManyOne: 'You have {count} character too many',
  commentsCharactersTooMany: 'You have {count} characters too many',
  commentsCharacterLimit: 'You can enter up to {max} characters',
  commentsOptional: '{label} (optional)',
  commentsReplyLabel: 'Reply to {name}',
  commentsInReplyTo: 'In reply to {name}',
  commentsSortLabel: 'Sort comments',
  commentsSortNewest: 'Newest first',
  commentsSortOldest: 'Oldest first',
  commentsLoadingMore: 'Loading comments…',
  commentsLoadedOne: '{count} more comment loaded',
  commentsLoaded: '{count} more comments loaded',
  commentsLoadFailed: 'More comments could not be loaded.',
  commentsTryAgain: 'Try again',
  commentsAs: 'Commenting as {name}',
  formCannotSend: 'This form cannot be sent yet.',
  commentsRemoved: 'This comment was removed by a moderator.',
  commentsDeleted: 'This comment was deleted.',
  commentsSignIn: 'Sign in to comment',
  commentsSignInToReply: 'Sign in to reply',
  commentsSignInToReplyLabel: 'Sign in to reply to {name}',
  commentsRecommend: 'Recommend',
  commentsRecommendationsOne: '{count} recommendation',
  commentsRecommendations: '{count} recommendations',
  commentsRecommendFailed: 'Your recommendation could not be saved. Try again.',
  commentsSortRecommended: 'Most recommended',
  commentsPicksTitle: 'Editors’ picks',
  commentsPickLink: 'Go to the comment by {name}',
  commentsShowRepliesOne: 'Show {count} more reply',
  commentsShowReplies: 'Show {count} more replies',
  commentsShowNewOne: 'Show {count} new comment',
  commentsShowNew: 'Show {count} new comments',
  commentsNewOne: '{count} new comment',
  commentsNew: '{count} new comments',
  commentsReport: 'Report',
  commentsReportLabel: 'Report comment by {name}',
  commentsReportLegend: 'Why are you reporting this comment?',
  commentsReportSpam: 'Spam or advertising',
  commentsReportAbuse: 'Abusive or offensive',
  commentsReportOffTopic: 'Off topic',
  commentsReportOther: 'Something else',
  commentsReportDetails: 'More details',
  commentsReportSend: 'Send report',
  commentsReportSending: 'Sending…',
  commentsReportCancel: 'Cancel',
  commentsReportSent: 'Thank you. A moderator will look at this comment.',
  commentsReportFailed: 'Your report could not be sent. Try again.',
  errorReasonRequired: 'Choose why you are reporting this comment',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  errorNameRequired: 'Enter your name',
  errorEmailRequired: 'Enter your email address',
  errorEmailInvalid: 'Enter an email address in the correct format, like name@example.com',
  errorBodyRequired: 'Enter your comment',
  errorBodyTooLong: 'Comment must be {max} characters or fewer',
  errorSubmitFailed: 'Your comment could not be posted. Try again.',
  errorEmailTooLong: 'Email address must be {max} characters or fewer',
} satisfies Partial<Messages>;

/** The words NewsletterSignup writes. */
export const newsletterMessages = {
  newsletterTitle: 'Sign up for our newsletter',
  newsletterDescription: 'Our best stories, in your inbox.',
  newsletterEmailLabel: 'Email address',
  newsletterSubmit: 'Subscribe',
  newsletterSubmitting: 'Subscribing…',
  newsletterPrivacy: 'Privacy notice',
  newsletterSubscribed: 'Thank you for subscribing.',
  newsletterPending: 'Check your inbox to confirm.',
  newsletterAlready: 'You’re already subscribed.',
  errorConsentRequired: 'Tick the box to subscribe',
  errorSubscribeFailed: 'We could not subscribe you. Try again.',
  errorEmailTooLong: 'Email address must be {max} characters or fewer',
  // Shared with other forms: the same words as in their groups.
  errorPrefix: 'Error:',
  errorEmailRequired: 'Enter your email address',
  errorEmailInvalid: 'Enter an email address in the correct format, like name@example.com',
  errorSummaryTitle: 'There is a problem',
  formCannotSend: 'This form cannot be sent yet.',
} satisfies Partial<Messages>;

/** Every word the components write by themselves, in English. */
export const defaultMessages: Messages = /* @__PURE__ */ Object.assign(
  {},
  calloutMessages,
  headerMessages,
  imageMessages,
  faqMessages,
  articleMessages,
  commentMessages,
  newsletterMessages,
);
