/**
 * Pages marked as studied, in localStorage only. Unreadable stored data is reported and set aside
 * (under `${STUDIED_KEY}:unreadable`) on the next save, never overwritten.
 */
import { STUDIED_KEY, studiedError, type Studied } from '../../lib/study/studied';

export const CHANGE_EVENT = 'dop-c02:progress';

function read(key: string): { value?: unknown; error?: string } {
  const text = localStorage.getItem(key);
  if (text === null) return {};
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: 'it is not valid JSON' };
  }
}

/** Moves unreadable data under `key` aside before it is replaced. */
export function keepUnreadable(key: string, isValid: (text: string) => boolean): void {
  const old = localStorage.getItem(key);
  if (old !== null && !isValid(old)) localStorage.setItem(`${key}:unreadable`, old);
}

export function loadStudied(): { studied: Studied; warning?: string } {
  try {
    const { value, error } = read(STUDIED_KEY);
    const problem = error ?? (value === undefined ? undefined : studiedError(value));
    if (problem) return { studied: {}, warning: `Saved studied pages could not be read (${problem}).` };
    return { studied: (value as Studied | undefined) ?? {} };
  } catch {
    return { studied: {}, warning: 'This browser does not allow saving progress (storage is blocked).' };
  }
}

export function saveStudied(studied: Studied): void {
  keepUnreadable(STUDIED_KEY, (text) => {
    try {
      return studiedError(JSON.parse(text)) === undefined;
    } catch {
      return false;
    }
  });
  localStorage.setItem(STUDIED_KEY, JSON.stringify(studied));
  document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}
