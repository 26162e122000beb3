import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Comment, CommentDraft, SubscribeRequest } from 'broadsheet';

/**
 * The one module that talks to the database. The SQL is plain Postgres and every value goes in
 * as a parameter, so an app that outgrows one machine swaps `PGlite` for a Postgres client
 * (`pg`, `postgres`) and keeps these queries as they are.
 */

/** Where PGlite keeps its files: `.data/` beside package.json, or EXAMPLE_DATA_DIR. */
export const dataDir = process.env.EXAMPLE_DATA_DIR || path.join(process.cwd(), '.data');

const SCHEMA = `
create table if not exists articles (
  id text primary key
);

create table if not exists comments (
  id text primary key default gen_random_uuid()::text,
  article_id text not null references articles (id),
  parent_id text,
  author_name text not null check (char_length(author_name) between 1 and 200),
  email text check (char_length(email) <= 254),
  body text not null check (char_length(body) between 1 and 5000),
  status text not null default 'pending' check (status in ('pending', 'published', 'removed')),
  created_at timestamptz not null default now(),
  -- The key a form posts with each draft: a second post of the same draft is not stored again.
  idempotency_key text unique,
  unique (article_id, id),
  -- A reply's parent exists and belongs to the same article.
  foreign key (article_id, parent_id) references comments (article_id, id)
);
create index if not exists comments_thread on comments (article_id, status, created_at);

create table if not exists subscribers (
  id bigint generated always as identity primary key,
  email text not null check (char_length(email) between 3 and 254),
  list text not null default '',
  status text not null default 'pending' check (status in ('pending', 'confirmed')),
  token text not null unique default gen_random_uuid()::text,
  created_at timestamptz not null default now(),
  confirmed_at timestamptz
);
-- One sign-up per address and list, whatever the case of the address.
create unique index if not exists subscribers_email on subscribers (lower(email), list);
`;

interface CommentRow {
  id: string;
  parent_id: string | null;
  author_name: string;
  body: string;
  status: 'pending' | 'published' | 'removed';
  created_at: Date;
}

/** A comment as the moderation page lists it, with the article it is on. */
export interface ListedComment extends Comment {
  articleId: string;
}

/** What `addComment` did: stored (or found stored under the same key), or refused. */
export type AddCommentResult =
  { ok: true; comment: Comment } | { ok: false; reason: 'no-parent' | 'refused' };

export interface CommentPage {
  comments: Comment[];
  /** More top-level threads exist after these. */
  hasMore: boolean;
  /** Published comments on the article in all. */
  total: number;
}

/**
 * The open database, one per process. It lives on `globalThis` because the framework may bundle
 * this module more than once (per route, per reload in development); two PGlite instances on one
 * folder would corrupt it.
 */
const shared = ((globalThis as { [key: symbol]: unknown })[Symbol.for('broadsheet-example.db')] ??=
  {}) as { opened?: Promise<PGlite>; closing?: Promise<void>; hooked?: boolean };

/** Opens the database once per process, creating its folder and tables on first start. */
function db(): Promise<PGlite> {
  if (shared.closing) return Promise.reject(new Error('the database is closing'));
  shared.opened ??= (async () => {
    mkdirSync(dataDir, { recursive: true });
    const database = await PGlite.create(dataDir);
    await database.exec(SCHEMA);
    closeOnExit();
    return database;
  })();
  shared.opened.catch(() => {
    shared.opened = undefined;
  });
  return shared.opened;
}

/**
 * PGlite must be closed before the process ends: a folder left open by a killed process may not
 * open again. On Ctrl+C or SIGTERM the database closes first; when NEXT_MANUAL_SIG_HANDLE is set
 * (as `npm start` does) the process then exits, otherwise Next.js ends it after its own cleanup.
 */
function closeOnExit() {
  if (shared.hooked) return;
  shared.hooked = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.prependListener(signal, () => {
      void closeStore().finally(() => {
        if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(code);
      });
    });
  }
}

/**
 * For the end-to-end tests: while the file named by EXAMPLE_DB_FAULT_FILE exists, every write
 * fails as a lost database connection would. Without the variable this does nothing.
 */
function faultCheck() {
  const file = process.env.EXAMPLE_DB_FAULT_FILE;
  if (file && existsSync(file)) throw new Error('database unavailable (EXAMPLE_DB_FAULT_FILE)');
}

function toComment(row: CommentRow): Comment {
  const removed = row.status === 'removed';
  return {
    id: row.id,
    parentId: row.parent_id,
    author: { name: row.author_name },
    // A removed comment's words never leave the store; CommentBox draws its placeholder.
    body: removed ? '' : row.body,
    createdAt: new Date(row.created_at).toISOString(),
    status: removed ? 'removed' : row.status === 'published' ? 'published' : 'pending',
  };
}

/** Adds an article's row once, so comments can point at it. */
export async function ensureArticle(articleId: string, seed: readonly Comment[] = []) {
  const database = await db();
  await database.transaction(async (tx) => {
    const added = await tx.query(
      'insert into articles (id) values ($1) on conflict (id) do nothing returning id',
      [articleId],
    );
    if (added.rows.length === 0) return;
    // Parents before replies: the seed lists each reply after the comment it answers.
    for (const comment of seed) {
      await tx.query(
        `insert into comments (id, article_id, parent_id, author_name, body, status, created_at)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [
          comment.id,
          articleId,
          comment.parentId ?? null,
          comment.author.name,
          comment.body,
          comment.status ?? 'published',
          comment.createdAt,
        ],
      );
    }
  });
}

/**
 * One page of threads, newest first: `limit` top-level comments after the first `offset`,
 * with every published reply below them. A removed comment comes (without its words) when a
 * published reply hangs below it, so CommentBox draws its placeholder with the replies under
 * it; a thread with nothing published in it is left out. Replies under a pending comment wait
 * with it.
 */
export async function listComments(
  articleId: string,
  { offset = 0, limit = 3 }: { offset?: number; limit?: number } = {},
): Promise<CommentPage> {
  const database = await db();
  // One top-level comment more than asked for says whether another page exists.
  const roots = await database.query<{ id: string }>(
    `with recursive tree as (
       select id, id as root, status from comments
       where article_id = $1 and parent_id is null and status <> 'pending'
       union all
       select c.id, t.root, c.status from comments c join tree t on c.parent_id = t.id
       where c.article_id = $1 and c.status <> 'pending'
     )
     select id from comments
     where article_id = $1 and id in (select root from tree where status = 'published')
     order by created_at desc, id desc
     offset $2 limit $3`,
    [articleId, offset, limit + 1],
  );
  const { rows } = await database.query<CommentRow>(
    `with recursive thread as (
       select * from comments where article_id = $1 and id = any($2::text[])
       union all
       select c.* from comments c join thread t on c.article_id = t.article_id and c.parent_id = t.id
       where c.status <> 'pending'
     )
     select id, parent_id, author_name,
            case when status = 'removed' then '' else body end as body, status, created_at
     from thread
     order by created_at, id`,
    [articleId, roots.rows.slice(0, limit).map((row) => row.id)],
  );
  const counted = await database.query<{ total: number }>(
    `select count(*)::int as total from comments where article_id = $1 and status = 'published'`,
    [articleId],
  );
  return {
    comments: rows.map(toComment),
    hasMore: roots.rows.length > limit,
    total: counted.rows[0].total,
  };
}

/**
 * Stores a reader's comment as pending. The same `key` twice stores it once and returns the
 * first; a parent that does not exist on this article is refused by the schema's foreign key.
 */
export async function addComment(
  articleId: string,
  draft: CommentDraft,
  key?: string,
): Promise<AddCommentResult> {
  const database = await db();
  faultCheck();
  try {
    const inserted = await database.query<CommentRow>(
      `insert into comments (article_id, parent_id, author_name, email, body, idempotency_key)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (idempotency_key) do nothing
       returning id, parent_id, author_name, body, status, created_at`,
      [articleId, draft.parentId || null, draft.name, draft.email || null, draft.body, key || null],
    );
    if (inserted.rows[0]) return { ok: true, comment: toComment(inserted.rows[0]) };
    const earlier = await database.query<CommentRow>(
      `select id, parent_id, author_name, body, status, created_at from comments
       where idempotency_key = $1 and article_id = $2`,
      [key, articleId],
    );
    if (earlier.rows[0]) return { ok: true, comment: toComment(earlier.rows[0]) };
    // The key was used on another article: a forged post, stored nowhere.
    return { ok: false, reason: 'refused' };
  } catch (error) {
    // 23503: a foreign key points nowhere (no such article, or no such parent on it).
    if ((error as { code?: string }).code === '23503') {
      return { ok: false, reason: draft.parentId ? 'no-parent' : 'refused' };
    }
    throw error;
  }
}

/**
 * What the moderation page lists, on every article: the comments awaiting a decision, oldest
 * first, and the newest `latest` published ones, which a moderator may still remove.
 */
export async function listForModeration(
  latest = 20,
): Promise<{ pending: ListedComment[]; published: ListedComment[] }> {
  const database = await db();
  const columns = 'id, article_id, parent_id, author_name, body, status, created_at';
  type Row = CommentRow & { article_id: string };
  const pending = await database.query<Row>(
    `select ${columns} from comments where status = 'pending' order by created_at, id`,
  );
  const published = await database.query<Row>(
    `select ${columns} from comments where status = 'published'
     order by created_at desc, id desc limit $1`,
    [latest],
  );
  const listed = (row: Row) => ({ ...toComment(row), articleId: row.article_id });
  return { pending: pending.rows.map(listed), published: published.rows.map(listed) };
}

/**
 * Publishes or removes a pending comment, or removes a published one; false when there was
 * no such comment to decide on.
 */
export async function moderate(id: string, status: 'published' | 'removed'): Promise<boolean> {
  const database = await db();
  faultCheck();
  const { rows } = await database.query(
    `update comments set status = $2
     where id = $1 and (status = 'pending' or (status = 'published' and $2 = 'removed'))
     returning id`,
    [id, status],
  );
  return rows.length > 0;
}

/**
 * Records a sign-up as pending, with a confirmation token; an address already on the list
 * (in any case) is left as it is and answered with `already`.
 */
export async function addSubscriber(
  request: SubscribeRequest,
): Promise<{ status: 'pending'; token: string } | { status: 'already' }> {
  const database = await db();
  faultCheck();
  const { rows } = await database.query<{ token: string }>(
    `insert into subscribers (email, list) values ($1, $2)
     on conflict (lower(email), list) do nothing returning token`,
    [request.email, request.list ?? ''],
  );
  return rows[0] ? { status: 'pending', token: rows[0].token } : { status: 'already' };
}

/** Confirms the sign-up a token belongs to; false for an unknown token. */
export async function confirmSubscriber(token: string): Promise<boolean> {
  const database = await db();
  faultCheck();
  const { rows } = await database.query(
    `update subscribers set status = 'confirmed', confirmed_at = coalesce(confirmed_at, now())
     where token = $1 returning id`,
    [token],
  );
  return rows.length > 0;
}

/** Closes the database for good, so the process can exit with every write on disk. */
export function closeStore(): Promise<void> {
  shared.closing ??= (async () => {
    const database = await shared.opened?.catch(() => undefined);
    if (database && !database.closed) await database.close();
  })();
  return shared.closing;
}
