/**
 * The flashcard id of a practice question: a missed question joins the flashcards' "again" pile as `q:<question id>`.
 * Apart from the card itself (question-card.ts), so pages that only record a miss load no more than this.
 */
export const QUESTION_CARD_PREFIX = 'q:';

export const questionCardId = (questionId: string): string => `${QUESTION_CARD_PREFIX}${questionId}`;

/** The question id of a card id, or undefined for a card made from the notes. */
export const questionIdOfCard = (cardId: string): string | undefined =>
  cardId.startsWith(QUESTION_CARD_PREFIX) ? cardId.slice(QUESTION_CARD_PREFIX.length) : undefined;
