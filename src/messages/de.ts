import type { Messages } from './en';

/** German message table (formal "Sie"). */
export const messages: Messages = {
  calloutDidYouKnow: 'Schon gewusst?',
  calloutTip: 'Profi-Tipp',
  calloutNote: 'Hinweis',
  calloutWarning: 'Warnung',

  byline: 'Von {authors}',
  bylineRole: '({role})',
  published: 'Veröffentlicht',
  updated: 'Aktualisiert',
  imageCredit: 'Bild: {credit}',

  faqExpandAll: 'Alle aufklappen',
  faqCollapseAll: 'Alle zuklappen',

  articleClosingTitle: 'Was meinen Sie?',
  articleRelatedTitle: 'Das könnte Sie auch interessieren',

  commentsTitle: 'Kommentar schreiben',
  commentsCountOne: '{count} Kommentar',
  commentsCount: '{count} Kommentare',
  commentsEmpty: 'Noch keine Kommentare. Schreiben Sie den ersten.',
  commentsClosed: 'Die Kommentarfunktion ist für diesen Artikel geschlossen.',
  commentsLoadMore: 'Weitere Kommentare anzeigen',
  commentsPending: 'Wartet auf Freigabe',
  commentsReply: 'Antworten',
  commentsReplyTo: 'Antwort an {name}',
  commentsCancelReply: 'Antwort abbrechen',
  commentsNameLabel: 'Name',
  commentsEmailLabel: 'E-Mail-Adresse',
  commentsEmailHint: 'Ihre E-Mail-Adresse wird nicht veröffentlicht.',
  commentsBodyLabel: 'Kommentar',
  commentsSubmit: 'Kommentar veröffentlichen',
  commentsSubmitting: 'Wird veröffentlicht …',
  commentsSubmitted: 'Ihr Kommentar wurde veröffentlicht.',
  commentsSubmittedPending:
    'Vielen Dank. Ihr Kommentar erscheint, sobald die Moderation ihn freigegeben hat.',
  commentsCharactersLeftOne: 'Sie können noch {count} Zeichen eingeben',
  commentsCharactersLeft: 'Sie können noch {count} Zeichen eingeben',
  commentsCharactersTooManyOne: 'Sie haben {count} Zeichen zu viel',
  commentsCharactersTooMany: 'Sie haben {count} Zeichen zu viel',
  commentsCharacterLimit: 'Sie können bis zu {max} Zeichen eingeben',
  commentsOptional: '{label} (optional)',
  commentsReplyLabel: '{name} antworten',
  commentsInReplyTo: 'Antwort auf {name}',
  commentsSortLabel: 'Kommentare sortieren',
  commentsSortNewest: 'Neueste zuerst',
  commentsSortOldest: 'Älteste zuerst',
  commentsLoadingMore: 'Kommentare werden geladen …',
  commentsLoadedOne: '{count} weiterer Kommentar geladen',
  commentsLoaded: '{count} weitere Kommentare geladen',
  commentsLoadFailed:
    'Weitere Kommentare konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  commentsTryAgain: 'Erneut versuchen',
  errorSummaryTitle: 'Es ist ein Problem aufgetreten',
  errorNameRequired: 'Geben Sie Ihren Namen ein',
  errorEmailRequired: 'Geben Sie Ihre E-Mail-Adresse ein',
  errorEmailInvalid:
    'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com',
  errorBodyRequired: 'Geben Sie Ihren Kommentar ein',
  errorBodyTooLong: 'Der Kommentar darf höchstens {max} Zeichen lang sein',
  errorSubmitFailed:
    'Ihr Kommentar konnte nicht veröffentlicht werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',

  newsletterTitle: 'Abonnieren Sie unseren Newsletter',
  newsletterDescription: 'Die wichtigsten Geschichten der Woche, jeden Freitag in Ihrem Postfach.',
  newsletterEmailLabel: 'E-Mail-Adresse',
  newsletterSubmit: 'Abonnieren',
  newsletterSubmitting: 'Wird abonniert …',
  newsletterPrivacy: 'Datenschutzhinweis',
  newsletterSubscribed: 'Sie haben den Newsletter abonniert. Vielen Dank.',
  newsletterPending:
    'Fast geschafft: Bitte bestätigen Sie Ihr Abonnement über den Link in Ihrem Postfach.',
  newsletterAlready: 'Sie hatten den Newsletter bereits abonniert.',
  errorConsentRequired: 'Setzen Sie vor dem Abonnieren das Häkchen, um zuzustimmen',
  errorSubscribeFailed:
    'Wir konnten Sie nicht anmelden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorPrefix: 'Fehler:',
  errorEmailTooLong: 'Die E-Mail-Adresse darf höchstens {max} Zeichen lang sein',
};

export default messages;
