/**
 * A practice question as a flashcard: a question the student missed joins the flashcards' "again" pile under the
 * id `q:<question id>`; the flashcards page turns the question into a card with this when such a card is due.
 */
import type { RenderedCard } from '../study/flashcards';
import { pickInstruction, type PracticeQuestion } from './questions';
import { escapeHtml } from '../markdown/escape';
import { questionCardId } from './card-ids';

export { questionIdOfCard } from './card-ids';

/** Front: the scenario and the options; back: the right option(s) and why. `href` is the question on /practice/. */
export function questionCard(q: PracticeQuestion, href: string): RenderedCard {
  const instruction = pickInstruction(q.pick);
  const options = q.options.map((o) => `<li><strong>${o.id}.</strong> ${o.text}</li>`).join('');
  return {
    id: questionCardId(q.id),
    kind: 'question',
    label: 'Missed practice question',
    front: `${q.scenario}${instruction ? ` <strong>${escapeHtml(instruction)}</strong>` : ''}<ol class="fc-options">${options}</ol>`,
    back: q.options.filter((o) => q.correct.includes(o.id)).map((o) => `<strong>${o.id}.</strong> ${o.text} ${o.why}`),
    source: { title: `Practice question, task ${q.task}`, href },
  };
}
