/** The number of Leitner boxes: a card in the last box is known. Shared by scheduling and progress validation. */
export const BOXES = 5;
