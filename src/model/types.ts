/** ISO 8601 date and time with a time zone, e.g. "2025-06-14T09:30:00Z". */
export type ISODate = string;

export interface Image {
  src: string;
  /** Alternative text; "" marks a decorative image. */
  alt: string;
  /** With height, reserves the image's box so nothing shifts as it loads. */
  width?: number;
  height?: number;
  srcSet?: string;
  sizes?: string;
  caption?: string;
  credit?: string;
}

export interface Author {
  name: string;
  role?: string;
  url?: string;
  avatar?: Image;
}

export interface Trend {
  id?: string;
  title: string;
  /** One paragraph, or several. */
  body: string | string[];
}

export interface FAQItem {
  id?: string;
  question: string;
  /** One paragraph, or several. */
  answer: string | string[];
}

export type CalloutVariant = 'didYouKnow' | 'tip' | 'note' | 'warning';

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string; id?: string }
  | { type: 'callout'; variant: CalloutVariant; title?: string; text: string }
  | { type: 'trends'; title?: string; items: Trend[] }
  | { type: 'faq'; title?: string; items: FAQItem[] }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'image'; image: Image };

export interface RelatedLink {
  title: string;
  url: string;
  kicker?: string;
  image?: Image;
}

export interface Article {
  id: string;
  url?: string;
  /** BCP 47 language tag; sets `lang` and, for right-to-left scripts, `dir`. */
  language?: string;
  kicker?: string;
  headline: string;
  standfirst?: string;
  authors: Author[];
  publishedAt: ISODate;
  updatedAt?: ISODate;
  hero?: Image;
  body: Block[];
  tags?: string[];
  related?: RelatedLink[];
}

/** What moderation made of a comment; `removed` and `deleted` never show their text. */
export type CommentStatus = 'published' | 'pending' | 'removed' | 'deleted';

export interface Comment {
  id: string;
  /** A reply names its parent. */
  parentId?: string | null;
  /** `id` lets the component know the viewer's own comments; `badge` is shown in words. */
  author: { name: string; id?: string; avatar?: Image; badge?: string };
  /** Plain text, never HTML. */
  body: string;
  createdAt: ISODate;
  /** `pending` comments await moderation; any other word counts as `removed`. */
  status?: CommentStatus;
  /** How many readers recommend it. */
  recommendations?: number;
  /** This reader recommends it. */
  recommended?: boolean;
  /** An editors' pick: also listed above the thread. */
  picked?: boolean;
}

/** The signed-in reader; `id` matches `author.id` of their own comments. */
export interface CommentViewer {
  name: string;
  id?: string;
  avatar?: Image;
}

/** Why a reader reports a comment; each has words in the messages table. */
export type ReportReason = 'spam' | 'abuse' | 'offTopic' | 'other';

export interface CommentReport {
  reason: ReportReason;
  details?: string;
}

export interface CommentDraft {
  name: string;
  email?: string;
  body: string;
  parentId?: string | null;
}

export interface SubscribeRequest {
  email: string;
  /** Present only when the form asked for consent (then true: the box was ticked). */
  consent?: boolean;
  list?: string;
}

/** `pending`: a confirmation email was sent; `already`: subscribed before. */
export type SubscribeResult = void | { status: 'subscribed' | 'pending' | 'already' };
