/** Loads the "Practise next" code only when this browser has practice answers to rank (a cheap look at the stored text). */
import { STORAGE_KEY } from '../../lib/study/storage-keys';

const section = document.querySelector<HTMLElement>('[data-weak-tasks]');
let stored: string | null = null;
try {
  stored = localStorage.getItem(STORAGE_KEY);
} catch {
  // Storage blocked: nothing to show.
}
if (section && stored?.includes('"answers":{"')) void import('./weak-tasks').then((m) => m.showWeakTasks(section));
