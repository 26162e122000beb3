import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, fn, mocked, userEvent, waitFor, within } from 'storybook/test';
import { arabicComments, deepComments, hostileComments, sampleComments } from '../samples/comments';
import { arabicNewsroomComments, newsroomComments, newsroomNow } from '../samples/newsroomComments';
import { CommentBox, type Comment, type CommentBoxProps, type CommentDraft } from '../src';
import {
  commentFailed,
  commentPosted,
  parseCommentForm,
  type CommentFormState,
} from '../src/forms';
import { messages as arabic } from '../src/messages/ar';

/** An app's onSubmit: stores the comment and hands it back, awaiting moderation. */
const acceptAsPending = async (draft: CommentDraft): Promise<Comment> => ({
  id: `story-${draft.body.length}-${draft.name}`,
  parentId: draft.parentId,
  author: { name: draft.name },
  body: draft.body,
  createdAt: '2025-06-20T08:00:00Z',
  status: 'pending',
});

type Send = NonNullable<CommentBoxProps['onSubmit']>;

const filled = { name: 'Ada Lovelace', email: 'ada@example.com', body: 'A clear explainer.' };

const meta = {
  title: 'Components/CommentBox',
  component: CommentBox,
  args: {
    comments: sampleComments,
    onSubmit: fn<Send>(acceptAsPending),
  },
  argTypes: {
    comments: { table: { disable: true } },
    defaultSort: { control: 'inline-radio', options: ['newest', 'oldest', 'recommended'] },
    title: { control: 'text' },
  },
} satisfies Meta<typeof CommentBox>;

export default meta;
type Story = StoryObj<typeof meta>;

const region = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole('region', { name: 'Leave a comment' });

export const SampleThread: Story = {
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await expect(box.getByRole('heading', { name: '9 comments' })).toBeInTheDocument();
    await expect(box.getByRole('article', { name: 'Priya Nair' })).toHaveTextContent(
      'Awaiting moderation',
    );
  },
};

export const Empty: Story = {
  args: { comments: [] },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveTextContent(
      'No comments yet. Be the first to comment.',
    );
  },
};

export const DeepReplies: Story = {
  args: { comments: deepComments, defaultSort: 'oldest' },
  play: async ({ canvasElement }) => {
    // Two of the five replies at the last level wait behind "Show 2 more replies".
    await expect(within(canvasElement).getAllByText(/^In reply to /)).toHaveLength(2);
    await expect(
      within(canvasElement).getByRole('button', { name: 'Show 2 more replies' }),
    ).toBeInTheDocument();
  },
};

export const Submitting: Story = {
  args: { defaultDraft: filled, onSubmit: fn<Send>(() => new Promise<void>(() => {})) },
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await userEvent.click(box.getByRole('button', { name: 'Post comment' }));
    await expect(box.getByRole('button', { name: 'Posting…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

export const SuccessPendingModeration: Story = {
  args: { defaultDraft: filled, onSubmit: fn<Send>(async () => undefined) },
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await userEvent.click(box.getByRole('button', { name: 'Post comment' }));
    const mine = await box.findByRole('article', { name: 'Ada Lovelace' });
    await expect(mine).toHaveTextContent('Awaiting moderation');
    await waitFor(() => expect(mine).toHaveFocus());
  },
};

export const FailureWithRetry: Story = {
  args: {
    defaultDraft: filled,
    onSubmit: fn<Send>(async () => {
      throw new Error('Service unavailable');
    }),
  },
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await userEvent.click(box.getByRole('button', { name: 'Post comment' }));
    await expect(await box.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await expect(box.getByRole('textbox', { name: 'Comment' })).toHaveValue(filled.body);
  },
};

export const ValidationErrors: Story = {
  args: { requireEmail: true, defaultDraft: { name: '   ', email: 'ada.example.com' } },
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await userEvent.click(box.getByRole('button', { name: 'Post comment' }));
    const summary = box.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toHaveFocus();
    await expect(within(summary).getAllByRole('link')).toHaveLength(3);
  },
};

export const CharacterCountOverTheLimit: Story = {
  args: {
    maxLength: 140,
    defaultDraft: {
      name: 'Ada Lovelace',
      body: 'A guarantee is only worth as much as the will of whoever signs it, and the will of a government can change with a single election. What binds the next one?',
    },
  },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveTextContent('You have 15 characters too many');
  },
};

export const Closed: Story = {
  args: { closed: true },
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await expect(box.getByText('Comments are closed.')).toBeInTheDocument();
    await expect(box.queryByRole('textbox')).toBeNull();
  },
};

/** An app that holds three of five comments and loads the rest on request, slowly. */
function PagedThread(props: Omit<CommentBoxProps, 'comments' | 'hasMore' | 'onLoadMore'>) {
  const [shown, setShown] = useState(3);
  return (
    <CommentBox
      {...props}
      comments={sampleComments.slice(0, shown)}
      hasMore={shown < sampleComments.length}
      onLoadMore={async () => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        setShown((count) => count + 3);
      }}
    />
  );
}

export const LoadMore: Story = {
  render: (args) => <PagedThread {...args} />,
  play: async ({ canvasElement }) => {
    await expect(
      within(region(canvasElement)).getByRole('button', { name: 'Show more comments' }),
    ).toBeInTheDocument();
  },
};

export const ReplyOpen: Story = {
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await userEvent.click(box.getByRole('button', { name: 'Reply to Jonas Weber' }));
    await expect(box.getByText('Replying to Jonas Weber')).toBeInTheDocument();
  },
};

export const HostileData: Story = {
  args: { comments: hostileComments },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('article script, article b')).toBeNull();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { comments: arabicComments, locale: 'ar', messages: arabic },
  render: (args) => (
    <div lang="ar">
      <CommentBox {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('region', { name: 'اترك تعليقًا' }),
    ).toBeInTheDocument();
  },
};

export const RightToLeftDark: Story = {
  ...RightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};

/** A newsroom's thread: badges, picks, recommendations, a removed comment, a long thread. */
export const Newsroom: Story = {
  args: {
    comments: newsroomComments,
    now: newsroomNow,
    viewer: { name: 'Ada Lovelace', id: 'u-ada' },
    onRecommend: fn(async () => {}),
    onReport: fn(async () => {}),
  },
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await expect(box.getByRole('heading', { name: 'Editors’ picks' })).toBeInTheDocument();
    await expect(box.getByText('This comment was removed by a moderator.')).toBeInTheDocument();
    await expect(box.getByRole('button', { name: 'Show 2 more replies' })).toBeInTheDocument();
    await expect(box.getAllByText('Staff')[0]).toHaveAttribute('data-part', 'badge');
  },
};

export const NewsroomDark: Story = { ...Newsroom, globals: { theme: 'dark' } };

/** The Arabic newsroom thread, in Arabic words. */
const arabicNewsroom = {
  comments: arabicNewsroomComments,
  now: newsroomNow,
  locale: 'ar',
  messages: arabic,
};

export const NewsroomRightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    ...arabicNewsroom,
    onRecommend: fn(async () => {}),
    onReport: fn(async () => {}),
  },
  render: RightToLeft.render,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('أزال المشرف هذا التعليق.')).toBeInTheDocument();
  },
};

export const NewsroomRightToLeftDark: Story = {
  ...NewsroomRightToLeft,
  globals: { direction: 'rtl', theme: 'dark' },
};

/** Signed out: a sign-in link stands where the form and each Reply were. */
export const SignedOut: Story = {
  args: { comments: newsroomComments, now: newsroomNow, viewer: null, signInUrl: '#sign-in' },
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await expect(box.getByRole('link', { name: 'Sign in to comment' })).toBeInTheDocument();
    await expect(box.queryByRole('button', { name: /^Reply/ })).toBeNull();
  },
};

/** Forty threads: the first 25 shown, the rest behind "Show more comments". */
export const LongThreadPaged: Story = {
  args: {
    comments: Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      author: { name: `Reader ${i + 1}` },
      body: `Comment number ${i + 1}.`,
      createdAt: new Date(Date.UTC(2025, 5, 14, 8, i)).toISOString(),
      status: 'published' as const,
    })),
    now: newsroomNow,
  },
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await expect(box.getAllByRole('article')).toHaveLength(25);
    await expect(box.getByRole('button', { name: 'Show more comments' })).toBeInTheDocument();
  },
};

/** An app whose socket brought a comment after the page was read: it waits behind a button. */
function Arriving(props: CommentBoxProps) {
  const [comments, setComments] = useState(newsroomComments);
  useEffect(() => {
    // Once the page has been drawn, as a socket's message would come.
    const timer = setTimeout(() =>
      setComments((list) => [
        ...list,
        {
          id: 'late',
          author: { name: 'Late Reader' },
          body: 'Just arrived.',
          createdAt: newsroomNow,
          status: 'published',
        },
      ]),
    );
    return () => clearTimeout(timer);
  }, []);
  return <CommentBox {...props} comments={comments} />;
}

export const NewCommentsWaiting: Story = {
  args: { now: newsroomNow },
  render: (args) => <Arriving {...args} />,
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await expect(
      await box.findByRole('button', { name: 'Show 1 new comment' }),
    ).toBeInTheDocument();
    await expect(box.queryByText('Just arrived.')).toBeNull();
  },
};

export const ReportOpen: Story = {
  args: { comments: newsroomComments, now: newsroomNow, onReport: fn(async () => {}) },
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await userEvent.click(box.getByRole('button', { name: 'Report comment by Sam Rivera' }));
    await expect(box.getByRole('radio', { name: 'Spam or advertising' })).toHaveFocus();
  },
};

export const ReportOpenRightToLeft: Story = {
  ...NewsroomRightToLeft,
  play: async ({ canvasElement }) => {
    const box = within(canvasElement);
    await userEvent.click(box.getByRole('button', { name: 'إبلاغ عن تعليق ليلى حداد' }));
    await expect(box.getByRole('radio', { name: 'رسائل مزعجة أو إعلانات' })).toHaveFocus();
  },
};

export const SignedOutRightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    ...arabicNewsroom,
    viewer: null,
    signInUrl: '#sign-in',
  },
  render: RightToLeft.render,
  play: async ({ canvasElement }) => {
    const box = within(canvasElement);
    await expect(box.getByRole('link', { name: 'سجّل الدخول لتعلّق' })).toBeInTheDocument();
    await expect(box.getByRole('link', { name: 'سجّل الدخول للرد على ليلى حداد' })).toBeVisible();
    await expect(box.queryByRole('button', { name: /^رد على / })).toBeNull();
  },
};

/**
 * Opens the story at `#comment-ID`, as a reader who follows a permalink arrives, and puts the
 * address back afterwards. On a docs page, where every story shares one document, it does not.
 */
const arriveAt =
  (id: string) =>
  ({ viewMode }: { viewMode: string }) => {
    if (viewMode === 'docs') return undefined;
    const before = window.location.href;
    window.history.replaceState(window.history.state, '', `#comment-${id}`);
    return () => window.history.replaceState(window.history.state, '', before);
  };

/** Waits for the comment the address names to be shown, marked as the place and focused. */
async function expectArrivedAt(box: ReturnType<typeof within>, name: string) {
  const target = await box.findByRole('article', { name });
  await waitFor(() => expect(target).toHaveFocus());
  await expect(target).toHaveAttribute('aria-current', 'location');
  return target;
}

/**
 * Arriving at `#comment-n6-4`: a reply behind "Show 2 more replies", under a comment past the
 * first page (two threads a page, oldest first). Both open, and the reply takes focus.
 */
export const ArrivingWithPermalink: Story = {
  args: { ...Newsroom.args, defaultSort: 'oldest', pageSize: 2 },
  beforeEach: arriveAt('n6-4'),
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await expectArrivedAt(box, 'Lena Fischer');
    // Ada's thread is the third: shown although the page holds two, with all five replies.
    const thread = within(box.getByRole('article', { name: 'Ada Lovelace' }).closest('li')!);
    await expect(thread.getAllByRole('article')).toHaveLength(6);
    await expect(box.queryByRole('button', { name: /^Show \d+ more repl/ })).toBeNull();
    await expect(box.queryByRole('article', { name: 'Sam Rivera' })).toBeNull();
    await expect(box.getByRole('button', { name: 'Show more comments' })).toBeInTheDocument();
  },
};

export const ArrivingWithPermalinkDark: Story = {
  ...ArrivingWithPermalink,
  globals: { theme: 'dark' },
};

/** The Arabic thread with four questions under the editor's comment, one of them collapsed. */
const arabicLongThread: Comment[] = [
  ...arabicNewsroomComments,
  ...[
    ['سارة علي', 'أين أجد الأرقام الكاملة؟'],
    ['خالد منصور', 'هل تشمل الخطة دول الجوار؟'],
    ['منى يوسف', 'شكرًا على الشرح الواضح.'],
    ['رامي سليم', 'متى يصدر الجزء الثاني؟'],
  ].map(([name, body], i): Comment => ({
    id: `an1-${i + 1}`,
    parentId: 'an1',
    author: { name },
    body,
    createdAt: new Date(Date.UTC(2025, 5, 14, 13, 10 + i * 5)).toISOString(),
    status: 'published',
  })),
];

/**
 * Arriving at `#comment-an1-4`, right to left: the fourth reply, behind "Show 1 more reply",
 * under a thread past the first page (one thread a page, newest first).
 */
export const ArrivingWithPermalinkRightToLeft: Story = {
  ...NewsroomRightToLeft,
  args: { ...NewsroomRightToLeft.args, comments: arabicLongThread, pageSize: 1 },
  beforeEach: arriveAt('an1-4'),
  play: async ({ canvasElement }) => {
    const box = within(within(canvasElement).getByRole('region', { name: 'اترك تعليقًا' }));
    await expectArrivedAt(box, 'رامي سليم');
    const thread = within(box.getByRole('article', { name: 'ليلى حداد' }).closest('li')!);
    await expect(thread.getAllByRole('article')).toHaveLength(5);
    await expect(box.queryByRole('button', { name: /رد آخر|ردود أخرى/ })).toBeNull();
  },
};

// Flows: these type, click and wait, so they are kept apart from the states above.

export const RecommendFlow: Story = {
  args: {
    comments: newsroomComments,
    now: newsroomNow,
    viewer: { name: 'Ada Lovelace', id: 'u-ada' },
    onRecommend: fn(async () => {}),
  },
  play: async ({ args, canvasElement }) => {
    const box = within(region(canvasElement));
    const sam = within(box.getByRole('article', { name: 'Sam Rivera' }));
    const toggle = sam.getByRole('button', { name: 'Recommend 21' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveAccessibleName('Recommend 22');
    await expect(args.onRecommend).toHaveBeenCalledWith('n7', true);
    // The reader's own comment shows its count and offers no button.
    const own = within(box.getByRole('article', { name: 'Ada Lovelace' }));
    await expect(own.queryByRole('button', { name: /^Recommend/ })).toBeNull();
    // A refusal rolls back, and says so.
    mocked(args.onRecommend!).mockRejectedValueOnce(new Error('offline'));
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    await expect(
      await box.findByText('Your recommendation could not be saved. Try again.'),
    ).toBeInTheDocument();
  },
};

export const ReportFlow: Story = {
  args: { comments: newsroomComments, now: newsroomNow, onReport: fn(async () => {}) },
  play: async ({ args, canvasElement }) => {
    const box = within(region(canvasElement));
    await userEvent.click(box.getByRole('button', { name: 'Report comment by Sam Rivera' }));
    await userEvent.click(box.getByRole('radio', { name: 'Abusive or offensive' }));
    await userEvent.click(box.getByRole('button', { name: 'Send report' }));
    await expect(args.onReport).toHaveBeenCalledWith('n7', { reason: 'abuse' });
    await waitFor(() =>
      expect(box.getByText('Thank you. A moderator will look at this comment.')).toHaveFocus(),
    );
  },
};

export const SubmitFlow: Story = {
  args: { comments: [] },
  play: async ({ args, canvasElement }) => {
    const box = within(region(canvasElement));
    await userEvent.type(box.getByRole('textbox', { name: 'Name' }), 'Ada Lovelace');
    await userEvent.type(box.getByRole('textbox', { name: 'Comment' }), 'First line{Enter}Second');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(mocked(args.onSubmit!).mock.calls.at(-1)?.[0]).toEqual({
      name: 'Ada Lovelace',
      body: 'First line\nSecond',
      parentId: null,
    });
    const mine = await box.findByRole('article', { name: 'Ada Lovelace' });
    await waitFor(() => expect(mine).toHaveFocus());
    await expect(box.getByRole('textbox', { name: 'Comment' })).toHaveValue('');
  },
};

export const FailureAndRetryFlow: Story = {
  args: { comments: [] },
  play: async ({ args, canvasElement }) => {
    // The first send fails after a moment, so the double click lands while it is under way.
    mocked(args.onSubmit!).mockImplementationOnce(
      () =>
        new Promise((_, reject) => setTimeout(() => reject(new Error('Service unavailable')), 300)),
    );
    const box = within(region(canvasElement));
    await userEvent.type(box.getByRole('textbox', { name: 'Name' }), 'Ada Lovelace');
    await userEvent.type(box.getByRole('textbox', { name: 'Comment' }), 'Worth keeping');
    await userEvent.dblClick(box.getByRole('button', { name: 'Post comment' }));
    const retry = await box.findByRole('button', { name: 'Try again' });
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(box.getByText('Your comment could not be posted. Try again.')).toBeInTheDocument();
    await expect(box.getByRole('textbox', { name: 'Comment' })).toHaveValue('Worth keeping');
    await userEvent.click(retry);
    await expect(await box.findByRole('article', { name: 'Ada Lovelace' })).toHaveTextContent(
      'Awaiting moderation',
    );
    await expect(args.onSubmit).toHaveBeenCalledTimes(2);
  },
};

export const ReplyFlow: Story = {
  play: async ({ args, canvasElement }) => {
    const box = within(region(canvasElement));
    const reply = box.getByRole('button', { name: 'Reply to Jonas Weber' });
    await userEvent.click(reply);
    const form = within(canvasElement.querySelector<HTMLElement>('[data-part="reply-form"]')!);
    await expect(form.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await userEvent.keyboard('Ada Lovelace');
    await userEvent.keyboard('{Escape}');
    await expect(reply).toHaveFocus();
    await userEvent.click(reply);
    await userEvent.keyboard('Good point about Japan.');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expect(mocked(args.onSubmit!).mock.calls.at(-1)?.[0]).toEqual({
      name: 'Ada Lovelace',
      body: 'Good point about Japan.',
      parentId: 'c4',
    });
    const mine = await box.findByRole('article', { name: 'Ada Lovelace' });
    await expect(box.getByRole('article', { name: 'Jonas Weber' }).closest('li')).toContainElement(
      mine,
    );
  },
};

export const LoadMoreFlow: Story = {
  render: (args) => <PagedThread {...args} />,
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    const button = box.getByRole('button', { name: 'Show more comments' });
    await userEvent.click(button);
    await expect(button).toHaveTextContent('Loading comments…');
    await expect(await box.findByText('3 more comments loaded')).toBeInTheDocument();
    await expect(button).toHaveFocus();
  },
};

/**
 * With a Server Action: `action` is a function `(state, formData) => Promise<state>` built on
 * `broadsheet/forms`. Here it runs in the browser and refuses a word a server's rule bans; the
 * text stays for the reader to change.
 */
export const WithServerAction: Story = {
  args: {
    comments: [],
    onSubmit: undefined,
    action: async (_state: CommentFormState, data: FormData) => {
      const parsed = parseCommentForm(data);
      if (!parsed.ok) return parsed.state;
      if (/spam/i.test(parsed.draft.body)) {
        const state = commentFailed(data, 'Comments may not mention spam.');
        return state;
      }
      return commentPosted({
        id: `action-${String(data.get('key'))}`,
        author: { name: parsed.draft.name },
        body: parsed.draft.body,
        createdAt: '2025-06-14T19:00:00Z',
        status: 'pending',
      });
    },
  },
  play: async ({ canvasElement }) => {
    const box = within(region(canvasElement));
    await userEvent.type(box.getByRole('textbox', { name: 'Name' }), 'Ada Lovelace');
    await userEvent.type(box.getByRole('textbox', { name: 'Comment' }), 'No spam here');
    await userEvent.click(box.getByRole('button', { name: 'Post comment' }));
    await expect(await box.findByText('Comments may not mention spam.')).toBeVisible();
    await expect(box.getByRole('textbox', { name: 'Comment' })).toHaveValue('No spam here');
    await userEvent.clear(box.getByRole('textbox', { name: 'Comment' }));
    await userEvent.type(box.getByRole('textbox', { name: 'Comment' }), 'A fair point.');
    await userEvent.click(box.getByRole('button', { name: 'Post comment' }));
    await expect(await box.findByRole('article', { name: 'Ada Lovelace' })).toHaveTextContent(
      'Awaiting moderation',
    );
  },
};

/** What a server hands back after a post without JavaScript: the refusal, with the values. */
export const ServerRefusal: Story = {
  args: {
    comments: [],
    action: '/comments',
    state: (() => {
      const data = new FormData();
      data.set('name', 'Ada Lovelace');
      data.set('email', 'ada@example..com');
      data.set('body', '');
      const parsed = parseCommentForm(data);
      return parsed.ok ? undefined : parsed.state;
    })(),
  },
};

export const ServerRefusalDark: Story = { ...ServerRefusal, globals: { theme: 'dark' } };

/** A signed-in reader: no name field, "Commenting as NAME". */
export const SignedIn: Story = {
  args: { comments: [], viewer: { name: 'Sam Rivera' } },
};
