'use client';

export {
  NewsletterSignup,
  type NewsletterSignupProps,
  type NewsletterSignupVariant,
} from './NewsletterSignup';
