/**
 * The browser side of progress: localStorage only, nothing leaves the browser. Stored data that cannot be
 * read is reported and the student starts from empty progress; it is set aside, never overwritten, on the
 * first save.
 */
import { emptyProgress, parseProgress, STORAGE_KEY, type Progress } from '../lib/progress';

export const CHANGE_EVENT = 'dop-c02:progress';

export interface Loaded {
  progress: Progress;
  /** Set when stored data is unreadable; the next save moves it to `${STORAGE_KEY}:unreadable`. */
  warning?: string;
}

export function loadProgress(): Loaded {
  let text: string | null = null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    return { progress: emptyProgress(), warning: 'This browser does not allow saving progress (storage is blocked).' };
  }
  const parsed = parseProgress(text);
  if (parsed.ok) return { progress: parsed.progress };
  return { progress: emptyProgress(), warning: `Saved progress could not be read (${parsed.error}). You start afresh; the old data is kept aside when you save.` };
}

export function saveProgress(progress: Progress): void {
  const old = localStorage.getItem(STORAGE_KEY);
  if (old !== null && !parseProgress(old).ok) localStorage.setItem(`${STORAGE_KEY}:unreadable`, old);
  localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}
