import { memo } from 'react';
import { formatMessage } from '../../internal/format';
import { headingTag } from '../../internal/heading';
import type { commentMessages } from '../../messages/en';
import type { Comment } from '../../model/types';
import { CommentBody } from './CommentBody';
import { commentElementId } from './CommentThread';

export interface PicksProps {
  comments: readonly Comment[];
  words: typeof commentMessages;
  /** The heading's level: the thread's own. */
  level: number;
}

/** "Editors' picks": the picked comments above the thread, each linking to its place in it. */
export const Picks = memo(function Picks({ comments, words, level }: PicksProps) {
  const picks = comments.filter((comment) => comment.picked && comment.status === 'published');
  if (picks.length === 0) return null;
  const Heading = headingTag(level);
  return (
    <div data-part="picks">
      <Heading data-part="picks-title">{words.commentsPicksTitle}</Heading>
      {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- list-style: none drops the role in Safari */}
      <ul role="list">
        {picks.map(({ id, author, body }) => (
          <li key={id} data-part="pick">
            <p data-part="meta">
              <span data-part="author">{author.name}</span>
              {author.badge && <span data-part="badge">{author.badge}</span>}
            </p>
            <CommentBody text={body} />
            <a data-part="pick-link" href={`#${commentElementId(id)}`}>
              {formatMessage(words.commentsPickLink, { name: author.name })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
