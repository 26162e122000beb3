import type { Comment } from '../src/model/types';

/** The time the newsroom thread is read at, so its dates say the same everywhere. */
export const newsroomNow = '2025-06-14T15:00:00Z';

const at = (hour: number, minute = 0) =>
  new Date(Date.UTC(2025, 5, 14, hour, minute)).toISOString();

/**
 * A thread as a newsroom runs it: a staff reply with a badge, an editors' pick, counts of
 * recommendations, a comment removed by a moderator with a reply under it, a deleted one
 * with nothing under it (not shown), a reply awaiting moderation, and a comment with five
 * replies, two of them behind "Show 2 more replies". Ada (`u-ada`) is the signed-in reader.
 */
export const newsroomComments: Comment[] = [
  {
    id: 'n1',
    author: { name: 'Marta Kowalska', id: 'u-marta' },
    body: 'The guarantees only work if someone is ready to act on them within days, not months.',
    createdAt: at(9, 10),
    status: 'published',
    recommendations: 48,
    picked: true,
  },
  {
    id: 'n2',
    parentId: 'n1',
    author: { name: 'Helen Achterberg', id: 'u-helen', badge: 'Staff' },
    body: 'Our defence correspondent answers exactly that in tomorrow’s follow-up.',
    createdAt: at(9, 40),
    status: 'published',
    recommendations: 12,
  },
  {
    id: 'n3',
    author: { name: 'Removed reader', id: 'u-gone' },
    body: 'Text a moderator took down.',
    createdAt: at(10),
    status: 'removed',
  },
  {
    id: 'n4',
    parentId: 'n3',
    author: { name: 'Jonas Weber', id: 'u-jonas' },
    body: 'Whatever was said above, the point about timing stands.',
    createdAt: at(10, 20),
    status: 'published',
    recommendations: 3,
    recommended: true,
  },
  {
    id: 'n5',
    author: { name: 'Deleted reader' },
    body: 'Second thoughts.',
    createdAt: at(10, 30),
    status: 'deleted',
  },
  {
    id: 'n6',
    author: { name: 'Ada Lovelace', id: 'u-ada' },
    body: 'Who pays for the standing force? The piece does not say.',
    createdAt: at(11),
    status: 'published',
    recommendations: 7,
  },
  ...['Priya Nair', 'Omar Haddad', 'Daniel Okafor', 'Lena Fischer', 'Tom Becker'].map(
    (name, i): Comment => ({
      id: `n6-${i + 1}`,
      parentId: 'n6',
      author: { name, id: `u-${i}`, badge: i === 2 ? 'Contributor' : undefined },
      body: `Reply ${i + 1}: the budget line is in the annex, page ${12 + i}.`,
      createdAt: at(11, 10 + i * 10),
      status: i === 4 ? 'pending' : 'published',
      recommendations: i,
    }),
  ),
  {
    id: 'n7',
    author: { name: 'Sam Rivera', id: 'u-sam', badge: 'Author' },
    body: 'Thank you all for reading. I will answer questions here until six.',
    createdAt: at(14, 30),
    status: 'published',
    recommendations: 21,
    picked: true,
  },
];

/** The same thread's Arabic counterpart, shorter: a pick, a removed comment and a badge. */
export const arabicNewsroomComments: Comment[] = [
  {
    id: 'an1',
    author: { name: 'ليلى حداد', badge: 'محررة' },
    body: 'شكرًا على أسئلتكم. سأجيب هنا حتى السادسة.',
    createdAt: at(13),
    status: 'published',
    recommendations: 9,
    picked: true,
  },
  {
    id: 'an2',
    author: { name: 'قارئ' },
    body: 'نص أزاله المشرف.',
    createdAt: at(13, 30),
    status: 'removed',
  },
  {
    id: 'an3',
    parentId: 'an2',
    author: { name: 'يوسف المصري' },
    body: 'النقطة المتعلقة بالتوقيت ما زالت قائمة.',
    createdAt: at(14),
    status: 'published',
    recommendations: 2,
  },
];
