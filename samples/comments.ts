import type { Comment } from '../src/model/types';

/** A reader who comments twice in the thread, with an avatar. */
const marta: Comment['author'] = {
  name: 'Marta Kowalska',
  avatar: {
    src: 'https://images.example.com/avatars/marta-kowalska-64.jpg',
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
];
