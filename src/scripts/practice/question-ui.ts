/**
 * What the practice round and the mock exam share: a question shown with radio buttons (one answer) or check boxes
 * (several), the options' letters, and the keys the exam pages answer to.
 */
import { numberWord } from '../../lib/practice/questions';
export interface QuestionForView {
  id: string;
  task: string;
  pick: number;
  /** HTML, rendered at build time from the notes' own inline Markdown (escaped). */
  scenario: string;
  options: { id: string; text: string }[];
}

/** The legend over the options: "Choose one answer", "Choose two answers". */
export const legendFor = (pick: number): string => `Choose ${numberWord(pick)} answer${pick === 1 ? '' : 's'}`;

/** Fills a container with one input per option; returns the inputs in option order. */
export function renderOptions(container: HTMLElement, q: QuestionForView, chosen: readonly string[], onChange: () => void): HTMLInputElement[] {
  container.replaceChildren();
  return q.options.map((o) => {
    const label = document.createElement('label');
    label.className = 'qo';
    label.dataset.option = o.id;
    const input = document.createElement('input');
    input.type = q.pick === 1 ? 'radio' : 'checkbox';
    input.name = `q-${q.id}`;
    input.value = o.id;
    input.checked = chosen.includes(o.id);
    input.addEventListener('change', onChange);
    const letter = document.createElement('span');
    letter.className = 'qo-letter';
    letter.textContent = `${o.id}.`;
    const text = document.createElement('span');
    text.innerHTML = o.text;
    label.append(input, letter, ' ', text);
    container.append(label);
    return input;
  });
}

export const chosenOf = (inputs: readonly HTMLInputElement[]): string[] => inputs.filter((i) => i.checked).map((i) => i.value);

/** Option index from a key: 1–6 or A–F (either case); undefined for other keys. */
export function optionIndexOfKey(key: string): number | undefined {
  if (/^[1-6]$/.test(key)) return Number(key) - 1;
  if (/^[a-fA-F]$/.test(key)) return key.toUpperCase().charCodeAt(0) - 65;
  return undefined;
}

/** Selects (radio) or toggles (check box) the option at an index, as a click would. */
export function pressOption(inputs: readonly HTMLInputElement[], index: number): void {
  const input = inputs[index];
  if (!input || input.disabled) return;
  if (input.type === 'radio') input.checked = true;
  else input.checked = !input.checked;
  input.dispatchEvent(new Event('change'));
  input.focus();
}

/** Whether a key press is for the page's shortcuts: not typed into a field, not with a modifier. */
export function isShortcut(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  return !target?.closest('select, textarea, input[type="text"], input[type="search"], input[type="file"], summary');
}
