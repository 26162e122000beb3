import type { Messages } from './en';

/** Arabic message table (Modern Standard Arabic). */
export const messages: Messages = {
  calloutDidYouKnow: 'هل تعلم؟',
  calloutTip: 'نصيحة',
  calloutNote: 'ملاحظة',
  calloutWarning: 'تحذير',

  byline: 'بقلم {authors}',
  published: 'نُشر',
  updated: 'آخر تحديث',
  imageCredit: 'الصورة: {credit}',

  faqExpandAll: 'توسيع الكل',
  faqCollapseAll: 'طي الكل',

  articleClosingTitle: 'ما رأيك؟',
  articleRelatedTitle: 'قد يعجبك أيضًا',

  commentsTitle: 'اترك تعليقًا',
  // Label-and-number forms sidestep Arabic number–noun agreement, which a template cannot follow.
  commentsCount: 'عدد التعليقات: {count}',
  commentsEmpty: 'لا توجد تعليقات بعد. كن أول من يبدأ النقاش.',
  commentsClosed: 'أُغلق باب التعليق على هذا المقال.',
  commentsLoadMore: 'عرض مزيد من التعليقات',
  commentsPending: 'بانتظار موافقة المشرف',
  commentsReply: 'رد',
  commentsReplyTo: 'الرد على {name}',
  commentsCancelReply: 'إلغاء الرد',
  commentsNameLabel: 'الاسم',
  commentsEmailLabel: 'عنوان البريد الإلكتروني',
  commentsEmailHint: 'لن ننشر عنوان بريدك الإلكتروني.',
  commentsBodyLabel: 'التعليق',
  commentsSubmit: 'نشر التعليق',
  commentsSubmitting: 'جارٍ النشر…',
  commentsSubmitted: 'نُشر تعليقك.',
  commentsSubmittedPending: 'شكرًا لك. سيظهر تعليقك بعد أن يوافق عليه أحد المشرفين.',
  commentsCharactersLeft: 'عدد الأحرف المتبقية: {count}',
  commentsCharactersTooMany: 'عدد الأحرف الزائدة: {count}',
  errorSummaryTitle: 'توجد مشكلة',
  errorNameRequired: 'أدخل اسمك',
  errorEmailRequired: 'أدخل عنوان بريدك الإلكتروني',
  errorEmailInvalid: 'أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com',
  errorBodyRequired: 'أدخل تعليقك',
  errorBodyTooLong: 'يجب ألا يتجاوز عدد أحرف التعليق {max}',
  errorSubmitFailed: 'تعذّر نشر تعليقك. تحقّق من اتصالك وحاول مرة أخرى.',

  newsletterTitle: 'اشترك في نشرتنا الإخبارية',
  newsletterDescription: 'أهم أخبار الأسبوع تصل إلى بريدك الإلكتروني كل يوم جمعة.',
  newsletterEmailLabel: 'عنوان البريد الإلكتروني',
  newsletterSubmit: 'اشترك',
  newsletterSubmitting: 'جارٍ الاشتراك…',
  newsletterPrivacy: 'إشعار الخصوصية',
  newsletterSubscribed: 'تم اشتراكك. شكرًا لك.',
  newsletterPending: 'خطوة أخيرة: افتح بريدك الوارد لتأكيد اشتراكك.',
  newsletterAlready: 'أنت مشترك بالفعل.',
  errorConsentRequired: 'ضع علامة في المربع للموافقة قبل الاشتراك',
  errorSubscribeFailed: 'تعذّر إتمام اشتراكك. تحقّق من اتصالك وحاول مرة أخرى.',
};

export default messages;
