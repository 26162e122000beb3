import type { Article } from '../src/model/types';

/** A complete English article that uses every block type the body knows. */
export const sampleArticle: Article = {
  id: 'zelensky-nato-exit-berlin-talks',
  url: 'https://news.example.com/europe/2025/zelensky-nato-exit-berlin-talks',
  language: 'en',
  kicker: 'Europe',
  headline: 'Zelensky Offers NATO Exit for Western Security Guarantees in Berlin Talks',
  standfirst:
    'Ukraine’s bold pivot: Kyiv signals it could give up its bid for NATO membership if the West commits to binding bilateral security guarantees instead.',
  authors: [
    {
      name: 'Chief Editor',
      url: 'https://news.example.com/authors/chief-editor',
      avatar: {
        src: '/sample-images/avatar-chief-editor.svg',
        alt: '',
        width: 96,
        height: 96,
      },
    },
  ],
  publishedAt: '2025-06-14T09:30:00Z',
  updatedAt: '2025-06-14T16:05:00Z',
  hero: {
    src: '/sample-images/hero-berlin-1600.svg',
    srcSet: '/sample-images/hero-berlin-800.svg 800w, /sample-images/hero-berlin-1600.svg 1600w',
    sizes: '(min-width: 60rem) 60rem, 100vw',
    alt: 'Delegations walking past the flags of Ukraine, Germany and the United States outside a government building in Berlin',
    width: 1600,
    height: 900,
    caption: 'Delegations arrive in Berlin ahead of the talks on Ukraine’s security.',
    credit: 'Broadsheet Photo Desk',
  },
  body: [
    {
      type: 'paragraph',
      text: 'In an unexpected shift, President Volodymyr Zelensky has indicated that Kyiv is willing to set aside its years-old goal of joining NATO. What Ukraine asks for in return are firm commitments, binding in law, that the United States, Canada, Japan and the countries of Europe would stand behind its security.',
    },
    {
      type: 'paragraph',
      text: 'He made the remarks just before a closely watched meeting in Berlin, where Ukrainian officials are due to sit down with U.S. envoy Michael L. Witkoff and Jared Kushner, who once served as an adviser in the White House.',
    },
    {
      type: 'heading',
      id: 'why-security-guarantees-matter',
      text: 'Why Security Guarantees Matter More Than a Formal Alliance',
    },
    {
      type: 'paragraph',
      text: 'Guarantees modelled on Article 5, the clause that makes an attack on one NATO member an attack on all, would commit Ukraine’s partners to step in should Moscow open a fresh offensive.',
    },
    {
      type: 'callout',
      variant: 'didYouKnow',
      text: 'When Pew Research polled Ukrainians in 2022, 71% named full NATO membership as the single most important safeguard for their security. Yet 54% of respondents in the same survey said strong bilateral guarantees would be an acceptable substitute.',
    },
    {
      type: 'heading',
      id: 'russian-counter-demand',
      text: 'The Russian Counter-Demand: No NATO Expansion Eastward',
    },
    {
      type: 'paragraph',
      text: 'Vladimir Putin has said time and again that any deal must contain a written promise that NATO will not move closer to Russia’s frontiers. Moscow’s list goes further: no NATO forces based on Ukrainian soil, and an explicit refusal to ever admit Georgia, Moldova or any other former Soviet republic.',
    },
    {
      type: 'paragraph',
      text: 'Russia’s Ministry of Foreign Affairs repeated the point in its June 2025 briefing, describing a “written assurance” as a condition it will not drop before any peace negotiations can begin.',
    },
    {
      type: 'heading',
      id: 'emerging-trends',
      text: 'Emerging Trends Shaping the Future of European Security',
    },
    {
      type: 'trends',
      items: [
        {
          id: 'bilateral-guarantees',
          title: 'Bilateral Guarantees as a New Norm',
          body: [
            'More governments are reaching for “mini-NATO” deals: pacts between two or a handful of states that copy the collective-defence promise of Article 5 without building a full alliance around it. Two examples: the long-standing U.S.–Japan Security Treaty and the more recent EU–Ukraine Strategic Partnership.',
            'Their appeal lies in flexibility: decisions come faster, and each pact can be shaped around the threats of one particular region.',
          ],
        },
        {
          id: 'track-two-diplomacy',
          title: 'Diplomatic “Track-Two” Initiatives Gaining Traction',
          body: 'Alongside formal negotiations, informal “track-two” conversations, such as the Berlin meeting that includes Kushner, are turning into a vital way to get past deadlock.',
        },
        {
          id: 'hybrid-and-cyber',
          title: 'Hybrid Warfare and Cyber Defences',
          body: 'A conventional guarantee would not end the hybrid pressure on Ukraine: cyber attacks, disinformation campaigns and incursions by proxies would continue. Any partner under such a guarantee is likely to be brought under NATO’s Cyber Defence Policy, adding another layer of protection.',
        },
        {
          id: 'security-by-contract',
          title: 'The Rise of “Security-by-Contract” Economics',
          body: 'Money and security promises increasingly arrive as one package. Through the European Peace Facility (EPF), Ukraine received €1.2 billion in 2024 for defence-related procurement, and other states that came close to membership but are seeking comparable guarantees may be offered the same model.',
        },
      ],
    },
    {
      type: 'callout',
      variant: 'tip',
      text: 'Policymakers can use think tanks such as the Carnegie Endowment or Brookings as venues for back-channel talks: these settings give participants plausible deniability and more room to try out creative ideas.',
    },
    {
      type: 'heading',
      id: 'geopolitical-landscape',
      text: 'What This Means for the Geopolitical Landscape',
    },
    {
      type: 'paragraph',
      text: 'If the framework launched in Berlin takes shape, Eastern Europe could go through a kind of “de-NATO-ification”, with security resting on a web of separate agreements instead of one large alliance. That might ease Russia’s sense of being surrounded and, with it, the danger of a broader war.',
    },
    {
      type: 'paragraph',
      text: 'The approach has its weaknesses, though. A patchwork of guarantees may not hold together as well as NATO does, and where national interests pull apart, gaps could open for adversaries to exploit.',
    },
    {
      type: 'faq',
      title: 'Frequently Asked Questions',
      items: [
        {
          id: 'what-are-bilateral-guarantees',
          question: 'What are bilateral security guarantees?',
          answer:
            'They are formal commitments between two or more countries to give military help if one of them comes under attack. In effect they copy the promise of NATO’s Article 5 while leaving out membership of the alliance itself.',
        },
        {
          id: 'can-ukraine-join-later',
          question: 'Can Ukraine still join NATO later?',
          answer:
            'Yes. Guarantees of this kind are usually presented as temporary, so the route to NATO membership stays open should the political situation change.',
        },
        {
          id: 'why-kushner',
          question: 'Why is Jared Kushner taking part in the talks?',
          answer:
            'His business contacts and his experience of back-channel diplomacy are regarded as useful for informal negotiations that official channels often find hard to move forward.',
        },
        {
          id: 'no-expansion-meaning',
          question: 'What exactly does Moscow mean by “no NATO expansion eastward”?',
          answer:
            'Moscow wants it in writing that no former Soviet state, above all Ukraine, Georgia, Moldova and the Baltic countries, will be admitted to NATO, either now or at any point in the future.',
        },
        {
          id: 'cyber-threats',
          question: 'How would new security guarantees deal with cyber threats?',
          answer:
            'Every party has signalled that it will build in cyber-defence cooperation along NATO lines, including the sharing of threat intelligence and agreed procedures for a joint response.',
        },
      ],
    },
    { type: 'heading', id: 'looking-ahead', text: 'Looking Ahead' },
    {
      type: 'paragraph',
      text: 'The talks in Berlin could become a model for ending drawn-out conflicts through “security-by-contract” instead of by enlarging an alliance. All eyes will be on how Ukraine, the United States and the European powers weigh the wish for a lasting peace against the need to deter further Russian aggression.',
    },
  ],
  tags: ['Ukraine', 'NATO', 'Russia', 'Security guarantees', 'Diplomacy', 'Europe'],
  related: [
    {
      title: 'How the Baltic states are rethinking their own defence',
      url: 'https://news.example.com/europe/2025/baltic-states-defence',
      kicker: 'Analysis',
      image: {
        src: '/sample-images/related-baltic-coast-guard.svg',
        alt: 'A coast guard vessel patrolling the Baltic Sea at dawn',
        width: 640,
        height: 360,
      },
    },
    {
      title: 'Moldova’s narrow path between Brussels and Moscow',
      url: 'https://news.example.com/europe/2025/moldova-between-brussels-and-moscow',
      kicker: 'Europe',
    },
    {
      title: 'Inside the growing market for back-channel diplomacy',
      url: 'https://news.example.com/world/2025/back-channel-diplomacy',
      kicker: 'Deep dive',
    },
    {
      title: 'Cyber defence on NATO’s eastern flank, explained',
      url: 'https://news.example.com/explainers/2025/cyber-defence-eastern-flank',
      kicker: 'Explainer',
    },
  ],
};

/** The call to action that closes the article page. */
export const sampleClosing = {
  title: 'What’s your take?',
  text: 'Tell us what you think in the comments below, read our in-depth coverage of security in Eastern Europe, and get our weekly newsletter to keep up with how the geopolitical picture is changing.',
};
