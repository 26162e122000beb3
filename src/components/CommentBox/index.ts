'use client';

export { CommentBox, type CommentBoxProps, type CommentSort } from './CommentBox';
