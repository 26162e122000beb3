// broadsheet/forms: the rules of the library's forms for servers (Server Actions, route
// handlers, any Node or edge runtime). It imports no React.
export {
  characterCount,
  EMAIL_MAX_LENGTH,
  newSubmissionKey,
  type FieldProblem,
  type FormFields,
} from './rules';
export {
  COMMENT_MAX_LENGTH,
  commentFailed,
  commentPosted,
  parseCommentForm,
  type CommentFormOptions,
  type CommentFormState,
  type CommentFormValues,
  type ParsedCommentForm,
} from './comment';
export {
  parseSubscribeForm,
  subscribeDone,
  subscribeFailed,
  type ParsedSubscribeForm,
  type SubscribeFormOptions,
  type SubscribeFormState,
  type SubscribeFormValues,
  type SubscribeOutcome,
} from './subscribe';
