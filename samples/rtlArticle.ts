import { meetingRoom } from './arabicArticle';
import type { Article, Block } from '../src/model/types';

// A run of Arabic words with no spaces: nothing in it lets the browser break the line.
const unbrokenArabic = 'الضماناتالأمنيةالثنائيةالملزمةقانونيًا'.repeat(9);

/** An Arabic stress sample: several authors, no hero, an empty standfirst, an unbreakable word. */
export const rtlArticle: Article = {
  id: 'kyiv-security-guarantees-ar',
  url: 'https://news.example.com/ar/europe/2025/kyiv-security-guarantees',
  language: 'ar',
  kicker: 'أوروبا',
  headline: 'محادثات برلين: كييف تلوّح بالتخلي عن عضوية الناتو مقابل ضمانات أمنية 🤝',
  standfirst: '',
  authors: [
    {
      name: 'ليلى حداد',
      role: 'مراسلة الشؤون الأوروبية',
      url: 'https://news.example.com/ar/authors/layla-haddad',
    },
    {
      name: 'عمر الخطيب',
      avatar: {
        src: '/sample-images/avatar-omar-alkhatib.svg',
        alt: '',
        width: 96,
        height: 96,
      },
    },
    { name: 'سارة المنصوري' },
  ],
  publishedAt: '2025-06-15T07:00:00Z',
  updatedAt: '2025-06-15T11:45:00Z',
  body: [
    {
      type: 'paragraph',
      text: 'أبدت أوكرانيا استعدادها لطرح خيار جديد على طاولة التفاوض، وهو التخلي عن سعيها الطويل إلى عضوية حلف شمال الأطلسي، شريطة أن تحصل على ضمانات أمنية مكتوبة وملزمة من الولايات المتحدة والدول الأوروبية وكندا واليابان. 🇺🇦',
    },
    { type: 'heading', id: 'why-guarantees', text: 'لماذا تحظى الضمانات الأمنية بهذه الأهمية؟' },
    {
      type: 'paragraph',
      text: `يصف بعض الدبلوماسيين الصيغة المطروحة بعبارة طويلة تُكتب أحيانًا متصلة في المذكرات الداخلية: ${unbrokenArabic}`,
    },
    {
      type: 'callout',
      variant: 'didYouKnow',
      text: 'تنص المادة الخامسة من معاهدة حلف شمال الأطلسي على أن أي هجوم مسلح على دولة عضو يُعدّ هجومًا على الأعضاء جميعًا.',
    },
    {
      type: 'quote',
      text: 'لا نبحث عن وعود شفهية، بل عن التزامات مكتوبة يمكن الاحتكام إليها عند الحاجة.',
      cite: 'مسؤول أوكراني مشارك في المحادثات',
    },
    meetingRoom,
    { type: 'heading', id: 'trends', text: 'اتجاهات ترسم مستقبل الأمن الأوروبي' },
    {
      type: 'trends',
      items: [
        {
          title: unbrokenArabic,
          body: 'تتجه دول عدة إلى اتفاقيات دفاعية بين طرفين أو أكثر تحاكي مبدأ الدفاع الجماعي، من دون الحاجة إلى إطار تحالف كامل.',
        },
        {
          title: 'الأمن السيبراني في صدارة الأولويات',
          body: [
            'حتى مع وجود ضمانات تقليدية، ستبقى التهديدات الهجينة قائمة، من الهجمات الإلكترونية إلى حملات التضليل.',
            'ولذلك يُرجَّح أن تشمل أي ضمانات جديدة تعاونًا في مجال الدفاع السيبراني وتبادلًا للمعلومات عن التهديدات.',
          ],
        },
        {
          title: 'ربط الدعم المالي بالالتزامات الأمنية',
          body: 'خصص مرفق السلام الأوروبي في عام 2024 نحو 1.2 مليار يورو لأوكرانيا لتمويل مشتريات دفاعية، وقد يتكرر هذا النموذج مع دول أخرى.',
        },
      ],
    },
    {
      type: 'faq',
      title: 'أسئلة شائعة',
      items: [
        {
          question: 'ما المقصود بالضمانات الأمنية الثنائية؟',
          answer:
            'هي تعهدات رسمية بين دولتين أو أكثر بتقديم المساعدة العسكرية إذا تعرضت إحداها لهجوم، على غرار المادة الخامسة من معاهدة الناتو.',
        },
        {
          question: 'هل يظل باب الانضمام إلى الناتو مفتوحًا أمام أوكرانيا؟',
          answer: [
            'نعم، إذ تُقدَّم هذه الضمانات عادةً بوصفها ترتيبات مؤقتة.',
            'ويمكن إعادة النظر في مسألة العضوية إذا تغيرت الظروف السياسية.',
          ],
        },
      ],
    },
    { type: 'heading', id: 'looking-ahead', text: 'ماذا بعد؟' },
    {
      type: 'paragraph',
      text: 'قد تصبح محادثات برلين سابقة لحل النزاعات الطويلة عبر عقود أمنية بدلًا من توسيع التحالفات، وسيتابع المراقبون عن كثب كيف توازن الأطراف بين السعي إلى سلام دائم وردع أي عدوان جديد.',
    },
  ],
  tags: ['أوكرانيا', 'الناتو', 'الأمن الأوروبي'],
  related: [
    {
      title: 'دول البلطيق تعيد النظر في استراتيجياتها الدفاعية',
      url: 'https://news.example.com/ar/europe/2025/baltic-defence',
      kicker: 'تحليل',
      image: {
        src: '/sample-images/related-baltic-coast-guard.svg',
        alt: 'زورق لخفر السواحل يجوب بحر البلطيق عند الفجر',
        width: 640,
        height: 360,
      },
    },
    {
      title: 'مولدوفا بين بروكسل وموسكو',
      url: 'https://news.example.com/ar/europe/2025/moldova-between-brussels-and-moscow',
      kicker: 'أوروبا',
    },
    {
      title: 'كيف تعمل الدبلوماسية غير الرسمية؟',
      url: 'https://news.example.com/ar/explainers/2025/track-two-diplomacy',
      kicker: 'شرح',
    },
  ],
};

const script = '</script><script>alert(1)</script>';
const markup = '<img src=x onerror=alert(1)>';
// Long enough to overflow any column unless the component lets it wrap anywhere.
const unbrokenLatin = 'x'.repeat(5000);

/** Bad input for tests: markup as text, unsafe URLs, an invalid date, duplicates, an unknown block. */
export const hostileArticle: Article = {
  id: 'hostile',
  url: 'javascript:alert(1)',
  language: 'en',
  kicker: markup,
  headline: script,
  standfirst: `${markup} & <b>not bold</b>`,
  // The author exists only to carry an unsafe URL; an empty list is in `hostileNoAuthors`.
  authors: [
    {
      name: markup,
      role: script,
      url: 'javascript:alert(1)',
      avatar: { src: 'javascript:alert(1)', alt: markup },
    },
  ],
  publishedAt: 'not a date',
  updatedAt: 'also not a date',
  hero: {
    src: 'javascript:alert(1)',
    alt: markup,
    width: 1600,
    height: 900,
    caption: script,
    credit: markup,
  },
  body: [
    { type: 'paragraph', text: markup },
    { type: 'paragraph', text: unbrokenLatin },
    { type: 'heading', id: 'same', text: script },
    { type: 'heading', id: 'same', text: script },
    { type: 'callout', variant: 'warning', title: markup, text: script },
    {
      type: 'trends',
      title: markup,
      items: [
        { title: 'Same title', body: markup },
        { title: 'Same title', body: [script, ''] },
        { title: unbrokenLatin, body: unbrokenLatin },
      ],
    },
    {
      type: 'faq',
      title: markup,
      items: [
        { question: 'Same question?', answer: markup },
        { question: 'Same question?', answer: [script, '   '] },
      ],
    },
    { type: 'quote', text: markup, cite: script },
    { type: 'image', image: { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: markup } },
    { type: 'video', src: 'https://video.example.com/clip.mp4' } as unknown as Block,
  ],
  tags: [markup, script],
  related: [
    { title: markup, url: 'data:text/html,<script>alert(1)</script>', kicker: script },
    { title: script, url: ' JAVASCRIPT:alert(1)' },
    {
      title: 'A safe link with an unsafe image',
      url: 'https://news.example.com/safe',
      image: { src: 'javascript:alert(1)', alt: markup },
    },
  ],
};

/** The hostile article with no authors at all. */
export const hostileNoAuthors: Article = { ...hostileArticle, authors: [] };

/** Only the required fields. */
export const minimalArticle: Article = {
  id: 'minimal',
  headline: 'Berlin talks adjourn until next week',
  authors: [],
  publishedAt: '2025-06-16T18:00:00Z',
  body: [
    {
      type: 'paragraph',
      text: 'Negotiators left Berlin without a joint statement and plan to meet again next week.',
    },
  ],
};
