// Pages and data the bench renders, shared by the Node side (scripts/bench.tsx) and the page
// it drives in Chromium (scripts/bench-client.tsx). Each page takes the library as an
// argument, so one tree can be built from the real package, from its copy and from the build
// with the styled-components stand-in.
import { useLayoutEffect, type ReactNode } from 'react';
import type * as Broadsheet from 'broadsheet';
import type { Article as ArticleData, Block, Comment, Messages } from 'broadsheet';
import { arabicArticle, arabicClosing, sampleArticle, sampleClosing } from '../samples';

export type Library = Pick<
  typeof Broadsheet,
  'Article' | 'BroadsheetProvider' | 'CommentBox' | 'FAQAccordion'
>;

/** The sample article page, as the figures in docs/testing.md have always measured it. */
export function samplePage(lib: Library): ReactNode {
  return (
    <lib.BroadsheetProvider>
      <lib.Article article={sampleArticle} closing={sampleClosing} />
    </lib.BroadsheetProvider>
  );
}

/** The Arabic sample article, right to left, in Arabic words. */
export function arabicPage(lib: Library, arabic: Partial<Messages>): ReactNode {
  return (
    <lib.BroadsheetProvider locale="ar" messages={arabic}>
      <lib.Article article={arabicArticle} closing={arabicClosing} />
    </lib.BroadsheetProvider>
  );
}

const submit = async () => undefined;
const subscribe = async () => ({ status: 'pending' as const });

/** The time the long threads are read at: a day and a half after the first comment. */
export const THREAD_NOW = Date.UTC(2025, 5, 15, 22, 0, 0);

/**
 * CommentBox alone with `count` generated comments, as an app serves a long thread: the first
 * page of it on screen, the rest behind "Show more comments" and collapsed replies.
 */
export function threadPage(lib: Library, count: number, grown = false): ReactNode {
  const comments = grown ? grownThread(count) : generateComments(count);
  return (
    <lib.BroadsheetProvider>
      <lib.CommentBox comments={comments} onSubmit={submit} now={THREAD_NOW} />
    </lib.BroadsheetProvider>
  );
}

/** The whole sample page: the article, the sign-up and the comment box with a thread. */
export function fullPage(lib: Library, comments: readonly Comment[]): ReactNode {
  return (
    <lib.BroadsheetProvider>
      <lib.Article
        article={sampleArticle}
        closing={sampleClosing}
        comments={comments}
        onCommentSubmit={submit}
        onSubscribe={subscribe}
      />
    </lib.BroadsheetProvider>
  );
}

/** Calls `onCommit` when the tree inside it first commits; renders nothing of its own. */
export function CommitProbe({
  onCommit,
  children,
}: {
  onCommit?: () => void;
  children: ReactNode;
}) {
  useLayoutEffect(() => {
    onCommit?.();
  }, [onCommit]);
  return children;
}

/** The sample article without its FAQ block, as a Server Component page can render it. */
export const sampleWithoutFaq: ArticleData = {
  ...sampleArticle,
  body: sampleArticle.body.filter((block) => block.type !== 'faq'),
};

/**
 * A long article: the sample's text with `callouts` callouts (the four variants in turn) and
 * `trendLists` numbered trend lists spread through it, and no FAQ (a client component, which a
 * Server Component page cannot render itself).
 */
export function longArticle(callouts = 12, trendLists = 4): ArticleData {
  const prose = sampleArticle.body.filter(
    (block) => block.type === 'paragraph' || block.type === 'heading',
  );
  const trends = sampleArticle.body.find((block) => block.type === 'trends')!;
  const variants = ['note', 'tip', 'warning', 'didYouKnow'] as const;
  const body: Block[] = [];
  const sections = Math.max(callouts, trendLists);
  for (let i = 0; i < sections; i += 1) {
    for (const block of prose.slice((i * 3) % prose.length, ((i * 3) % prose.length) + 3)) {
      body.push(block.type === 'heading' ? { ...block, id: `${block.id}-${i}` } : block);
    }
    if (i < callouts) {
      body.push({
        type: 'callout',
        variant: variants[i % variants.length],
        text: `Callout ${i + 1}: ${sampleArticle.standfirst}`,
      });
    }
    if (i < trendLists && trends.type === 'trends') {
      body.push({
        type: 'trends',
        title: `Trends, part ${i + 1}`,
        items: trends.items.map((item) => ({ ...item, id: `${item.id}-${i}` })),
      });
    }
  }
  return { ...sampleArticle, id: 'long-article', body };
}

/** A small deterministic generator (mulberry32), so every run renders the same thread. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Marta Kowalska',
  'Daniel Okafor',
  'Aiko Tanaka',
  'Jonas Becker',
  'Leila Haddad',
  'Samuel Osei',
  'Ingrid Nilsson',
  'Rafael Mendes',
  'Chloé Martin',
  'Tomasz Nowak',
  'Priya Raman',
  'Oleksandr Shevchenko',
];
const AVATARS = ['avatar-chief-editor', 'avatar-layla-haddad', 'avatar-omar-alkhatib'];
const SENTENCES = [
  'A guarantee is only worth as much as the will of whoever signs it.',
  'Isn’t that why they want them legally binding, though?',
  'A treaty is much harder to walk away from than a speech.',
  'What I would like to know is who actually sends help, and how quickly.',
  'The Baltic states will be watching this very closely.',
  'I read the full briefing here: https://news.example.com/europe/2025/briefing',
  'Nobody in the talks seems to have asked the people of Ukraine.',
  'History suggests these arrangements last exactly as long as they are convenient.',
  'Good piece. The trend list explains the economics better than anything I had read.',
  'Cyber defence is the part everyone forgets until the power goes out.',
];

/**
 * `count` comments in threads: about two in five start a thread, the rest reply to a recent
 * comment (so some threads run deeper than the component indents); a few carry an avatar,
 * a link, a paragraph break or the pending status. `first` places them later in a longer
 * thread: ids and times count on from there.
 */
export function generateComments(count: number, seed = 7, first = 0): Comment[] {
  const next = random(seed);
  const start = Date.UTC(2025, 5, 14, 10, 0, 0);
  const comments: Comment[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = NAMES[Math.floor(next() * NAMES.length)];
    const sentences = 1 + Math.floor(next() * 3);
    const parts: string[] = [];
    for (let s = 0; s < sentences; s += 1) {
      parts.push(SENTENCES[Math.floor(next() * SENTENCES.length)]);
    }
    const body = next() < 0.15 ? parts.join('\n\n') : parts.join(' ');
    const reply = i > 0 && next() < 0.6;
    const parent = reply ? Math.max(0, i - 1 - Math.floor(next() * Math.min(i, 20))) : -1;
    const avatar = next() < 0.25 ? AVATARS[Math.floor(next() * AVATARS.length)] : null;
    comments.push({
      id: `c${first + i}`,
      parentId: parent >= 0 ? `c${first + parent}` : null,
      author: avatar
        ? {
            name,
            avatar: {
              src: `/sample-images/${avatar}.svg`,
              alt: '',
              width: 64,
              height: 64,
            },
          }
        : { name },
      body,
      createdAt: new Date(start + (first + i) * 61_000).toISOString(),
      status: next() < 0.05 ? 'pending' : 'published',
    });
  }
  return comments;
}

/**
 * A thread of `count` comments whose newest 100 are the 100-comment thread (`generateComments(100)`,
 * renumbered): the same first page as that thread, with older comments behind it. Beside it,
 * the cost of a long thread is what the older comments add, and not how many replies its
 * newest threads happen to have.
 */
export function grownThread(count: number): Comment[] {
  const recent = Math.min(count, 100);
  return [...generateComments(count - recent, 11), ...generateComments(recent, 7, count - recent)];
}
