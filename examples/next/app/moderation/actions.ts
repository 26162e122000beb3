'use server';

import { revalidatePath } from 'next/cache';
import { moderate } from '../../lib/store';

/** Publishes or removes the comment the form names (a published one can only be removed). */
export async function moderateComment(formData: FormData): Promise<void> {
  const id = formData.get('id');
  const decision = formData.get('decision');
  if (typeof id !== 'string' || (decision !== 'published' && decision !== 'removed')) return;
  await moderate(id, decision);
  revalidatePath('/moderation');
  revalidatePath('/');
}
