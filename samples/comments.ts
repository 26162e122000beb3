import type { Comment } from '../src/model/types';

/** A reader who comments twice in the thread, with an avatar. */
const marta: Comment['author'] = {
  name: 'Marta Kowalska',
  avatar: {
    src: '/sample-images/avatar-marta-kowalska.svg',
    alt: '',
    width: 64,
    height: 64,
  },
};

/** Readers' comments on the sample article: a flat list whose threads come from parentId. */
export const sampleComments: Comment[] = [
  {
    id: 'c1',
    author: marta,
    body: 'Giving up on NATO feels like a huge gamble to me. A guarantee is only worth as much as the will of whoever signs it.',
    createdAt: '2025-06-14T10:12:00Z',
    status: 'published',
  },
  {
    id: 'c2',
    parentId: 'c1',
    author: { name: 'Daniel Okafor' },
    body: 'Isn’t that why they want them legally binding, though? A treaty is much harder to walk away from than a speech.',
    createdAt: '2025-06-14T10:40:00Z',
    status: 'published',
  },
  {
    id: 'c3',
    parentId: 'c2',
    author: marta,
    body: 'Harder, yes. Impossible, no.\n\nWhat I would like to know is who actually sends help, and how quickly.',
    createdAt: '2025-06-14T11:05:00Z',
    status: 'published',
  },
  {
    id: 'c4',
    parentId: null,
    author: { name: 'Jonas Weber' },
    body: 'The detail about the European Peace Facility was useful. I had no idea €1.2 billion went to Ukraine through it in 2024 alone.',
    createdAt: '2025-06-14T12:30:00Z',
    status: 'published',
  },
  {
    id: 'c5',
    parentId: 'c4',
    author: { name: 'Aiko Tanaka' },
    body: 'Also worth noticing that Japan is on the list of guarantors. That would be new ground for Tokyo.',
    createdAt: '2025-06-14T13:15:00Z',
    status: 'published',
  },
  {
    id: 'c6',
    author: { name: 'Sam Rivera' },
    body: 'Clear explainer. The FAQ covered nearly everything I was going to ask.',
    createdAt: '2025-06-14T15:48:00Z',
    status: 'published',
  },
  {
    id: 'c7',
    author: { name: 'Priya Nair' },
    body: 'Would the cyber-defence cooperation begin right away, or only after a deal has been signed?',
    createdAt: '2025-06-14T17:20:00Z',
    status: 'pending',
  },
  {
    id: 'c8',
    parentId: 'c3',
    author: { name: 'Daniel Okafor' },
    body: 'The article says within 72 hours. The full text of the draft is here: https://www.example.org/guarantees/draft-2025.pdf.',
    createdAt: '2025-06-14T18:02:00Z',
    status: 'published',
  },
  {
    id: 'c9',
    parentId: 'c8',
    author: marta,
    body: 'Seventy-two hours on paper. I will believe it when I see it.',
    createdAt: '2025-06-14T18:30:00Z',
    status: 'published',
  },
];

/**
 * A reply chain seven levels deep: past the default depth of three, replies are listed beside
 * their parent with "In reply to NAME".
 */
export const deepComments: Comment[] = Array.from({ length: 8 }, (_, level) => ({
  id: `deep-${level}`,
  parentId: level === 0 ? null : `deep-${level - 1}`,
  author: { name: ['Ines Duarte', 'Tomasz Nowak', 'Lea Fischer', 'Omar Haddad'][level % 4] },
  body:
    level === 0
      ? 'Does anyone know when the guarantees would be ratified?'
      : `Reply at level ${level}: ${level % 2 ? 'I read that it needs every parliament.' : 'Only the national ones, I think.'}`,
  createdAt: `2025-06-15T0${level + 1}:00:00Z`,
  status: 'published',
}));

/**
 * Data an app should never send but one day will: an orphan, a cycle, a duplicate id, a reply
 * to itself, markup and script in bodies, a javascript: link, an unsafe avatar and entries with
 * no id, author or body. Typed loosely, as JSON from a server would be.
 */
export const hostileComments = [
  {
    id: 'h1',
    author: { name: 'Mallory', avatar: { src: 'javascript:alert(1)', alt: 'x' } },
    body: '<script>alert("owned")</script> and <b>bold</b> <img src=x onerror=alert(1)>',
    createdAt: '2025-06-16T09:00:00Z',
  },
  {
    id: 'h2',
    parentId: 'gone',
    author: { name: 'Orphan Olga' },
    body: 'My parent was deleted.',
    createdAt: '2025-06-16T09:05:00Z',
  },
  {
    id: 'h3',
    parentId: 'h4',
    author: { name: 'Cyclic Cy' },
    body: 'I reply to h4…',
    createdAt: '2025-06-16T09:10:00Z',
  },
  {
    id: 'h4',
    parentId: 'h3',
    author: { name: 'Cyclic Cecilia' },
    body: '…and h4 replies to h3.',
    createdAt: '2025-06-16T09:11:00Z',
  },
  {
    id: 'h5',
    parentId: 'h5',
    author: { name: 'Selfie Sam' },
    body: 'I reply to myself. Click javascript:alert(1) or [here](javascript:alert(1)).',
    createdAt: '2025-06-16T09:15:00Z',
  },
  {
    id: 'h1',
    author: { name: 'Duplicate Dora' },
    body: 'Same id as the first: not shown.',
    createdAt: '2025-06-16T09:20:00Z',
  },
  { id: 'h6', author: { name: '   ' }, body: 'No name.', createdAt: '2025-06-16T09:25:00Z' },
  { id: 'h7', author: { name: 'Blank Body' }, body: ' \n\t ', createdAt: '2025-06-16T09:30:00Z' },
  { author: { name: 'No Id' }, body: 'No id.', createdAt: '2025-06-16T09:35:00Z' },
  null,
  42,
  'a string',
  { id: 'h8', author: null, body: 'Null author.' },
  {
    id: 'h9',
    author: { name: 'Long Word' },
    body: `Supercalifragilistic${'expialidocious'.repeat(20)}`,
    createdAt: 'not a date',
  },
] as unknown as Comment[];

/** A short thread in Arabic, for right-to-left pages. */
export const arabicComments: Comment[] = [
  {
    id: 'ar1',
    author: { name: 'ليلى حداد' },
    body: 'مقال واضح ومفيد. هل ستكون الضمانات ملزمة قانونيًا لكل الدول الموقّعة؟',
    createdAt: '2025-06-14T09:30:00Z',
    status: 'published',
  },
  {
    id: 'ar2',
    parentId: 'ar1',
    author: { name: 'يوسف المصري' },
    body: 'حسب المسودة، نعم. النص الكامل هنا: https://www.example.org/ar/draft',
    createdAt: '2025-06-14T10:05:00Z',
    status: 'published',
  },
  {
    id: 'ar3',
    author: { name: 'سارة بن علي' },
    body: 'أتمنى أن تُنشر تفاصيل آلية التنفيذ قريبًا.',
    createdAt: '2025-06-14T11:45:00Z',
    status: 'pending',
  },
];
