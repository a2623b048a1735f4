/**
 * A student's progress, kept in their browser only: the pages they marked as studied (src/lib/studied.ts)
 * the state of each flashcard, and the practice history (src/lib/practice/history.ts). One versioned shape for the export file, and for the cards in
 * localStorage; anything else (corrupt, foreign, from a newer version) is rejected with a message saying
 * why, so existing progress is never lost.
 */
import { BOXES } from './boxes';
import type { CardState } from './leitner';
import { studiedError } from './studied';
import { emptyHistory, historyError, type PracticeHistory } from '../practice/history';

export const PROGRESS_APP = 'dop-c02-study-notes';
export const PROGRESS_VERSION = 1;
/** localStorage key of the flashcard states and practice history (a Progress whose `studied` is empty: pages live under STUDIED_KEY). */
export { STORAGE_KEY } from './storage-keys';

export interface Progress {
  app: typeof PROGRESS_APP;
  version: typeof PROGRESS_VERSION;
  /** Site path (without base) → when it was marked as studied (ms since the epoch). */
  studied: Record<string, number>;
  /** Card id → its spaced-repetition state. */
  cards: Record<string, CardState>;
  /** Practice questions answered and mock exams taken (absent in files exported before practice existed). */
  practice: PracticeHistory;
}

export const emptyProgress = (): Progress => ({ app: PROGRESS_APP, version: PROGRESS_VERSION, studied: {}, cards: {}, practice: emptyHistory() });

export type Parsed = { ok: true; progress: Progress } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const CARD_ID = /^[a-z0-9:-]+$/;

function cardStateError(v: unknown): string | undefined {
  if (!isRecord(v)) return 'is not an object';
  if (!Number.isInteger(v.box) || (v.box as number) < 1 || (v.box as number) > BOXES) return `has box ${JSON.stringify(v.box)}; expected 1 to ${BOXES}`;
  if (!isTime(v.due)) return 'has no valid "due" time';
  if (!Number.isInteger(v.reviews) || (v.reviews as number) < 0) return 'has no valid "reviews" count';
  if (!Number.isInteger(v.lapses) || (v.lapses as number) < 0) return 'has no valid "lapses" count';
  const extra = Object.keys(v).filter((k) => !['box', 'due', 'reviews', 'lapses'].includes(k));
  if (extra.length > 0) return `has unknown field "${extra[0]}"`;
  return undefined;
}

/** Checks data that claims to be progress (parsed JSON). */
export function validateProgress(data: unknown): Parsed {
  if (!isRecord(data)) return { ok: false, error: 'not a progress file: expected a JSON object' };
  if (data.app !== PROGRESS_APP)
    return { ok: false, error: `not a progress file of this site: "app" is ${JSON.stringify(data.app)}, expected "${PROGRESS_APP}"` };
  if (data.version !== PROGRESS_VERSION)
    return { ok: false, error: `unsupported progress version ${JSON.stringify(data.version)}; expected ${PROGRESS_VERSION}` };
  const studied = studiedError(data.studied);
  if (studied) return { ok: false, error: studied };
  if (!isRecord(data.cards)) return { ok: false, error: '"cards" must be an object of card id → state' };
  for (const [id, state] of Object.entries(data.cards)) {
    if (!CARD_ID.test(id)) return { ok: false, error: `"cards" has "${id.slice(0, 60)}", which is not a card id` };
    const problem = cardStateError(state);
    if (problem) return { ok: false, error: `card "${id}" ${problem}` };
  }
  if (data.practice !== undefined) {
    const problem = historyError(data.practice);
    if (problem) return { ok: false, error: problem };
  }
  const extra = Object.keys(data).filter((k) => !['app', 'version', 'studied', 'cards', 'practice', 'exported'].includes(k));
  if (extra.length > 0) return { ok: false, error: `unknown field "${extra[0]}"` };
  return {
    ok: true,
    progress: {
      app: PROGRESS_APP,
      version: PROGRESS_VERSION,
      studied: { ...(data.studied as Record<string, number>) },
      cards: { ...(data.cards as Record<string, CardState>) },
      practice: data.practice === undefined ? emptyHistory() : structuredClone(data.practice as PracticeHistory),
    },
  };
}

/** Parses stored or imported text; `null` (nothing stored yet) is empty progress. */
export function parseProgress(text: string | null): Parsed {
  if (text === null || text === '') return { ok: true, progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not a progress file: it is not valid JSON' };
  }
  return validateProgress(data);
}

/** The export file's text, with the time of export for the student's own reference. */
export function serializeProgress(progress: Progress, now?: number): string {
  const out = now === undefined ? progress : { ...progress, exported: new Date(now).toISOString() };
  return `${JSON.stringify(out, null, 2)}\n`;
}
