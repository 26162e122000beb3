'use client';

import { CommentBox, type Comment } from 'broadsheet';
import type { CommentFormState } from 'broadsheet/forms';
import { useState } from 'react';
import type { CommentPage } from '../lib/store';

export interface CommentsProps {
  /** The threads the server rendered the page with. */
  firstPage: CommentPage;
  /** The Server Action that stores a comment. */
  action: (state: CommentFormState, formData: FormData) => Promise<CommentFormState>;
  /** The Server Action that fetches the threads after the first `offset` top-level comments. */
  loadMore: (offset: number) => Promise<CommentPage>;
}

/**
 * The comment box, with "Show more comments" adding the next page of threads to the list it
 * shows. This small wrapper is the page's only client code of its own.
 */
export function Comments({ firstPage, action, loadMore }: CommentsProps) {
  const [comments, setComments] = useState<Comment[]>(firstPage.comments);
  const [hasMore, setHasMore] = useState(firstPage.hasMore);
  const [total, setTotal] = useState(firstPage.total);

  async function showMore() {
    const page = await loadMore(comments.filter((comment) => !comment.parentId).length);
    setComments((shown) => {
      const known = new Set(shown.map((comment) => comment.id));
      return [...shown, ...page.comments.filter((comment) => !known.has(comment.id))];
    });
    setHasMore(page.hasMore);
    setTotal(page.total);
  }

  return (
    <CommentBox
      action={action}
      comments={comments}
      hasMore={hasMore}
      totalCount={total}
      onLoadMore={showMore}
    />
  );
}
