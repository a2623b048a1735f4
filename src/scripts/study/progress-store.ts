/**
 * The flashcards page's view of progress: card states (under STORAGE_KEY) and studied pages (studied-store),
 * together as one Progress for export and import. Unreadable stored data is reported, never overwritten.
 */
import { emptyProgress, parseProgress, STORAGE_KEY, type Progress } from '../../lib/study/progress';
import { CHANGE_EVENT, keepUnreadable, loadStudied, saveStudied } from './studied-store';

export { CHANGE_EVENT };

export interface Loaded {
  progress: Progress;
  warning?: string;
}

export function loadProgress(): Loaded {
  const studied = loadStudied();
  let text: string | null = null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    return { progress: emptyProgress(), warning: 'This browser does not allow saving progress (storage is blocked).' };
  }
  const parsed = parseProgress(text);
  const warnings = [...(parsed.ok ? [] : [`Saved flashcard progress could not be read (${parsed.error}).`]), ...(studied.warning ? [studied.warning] : [])];
  const progress = parsed.ok ? parsed.progress : emptyProgress();
  progress.studied = studied.studied;
  if (warnings.length === 0) return { progress };
  return { progress, warning: `${warnings.join(' ')} You start afresh; the old data is kept aside when you save.` };
}

export function saveProgress(progress: Progress): void {
  keepUnreadable(STORAGE_KEY, (text) => parseProgress(text).ok);
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...progress, studied: {} }));
  saveStudied(progress.studied);
}
