/**
 * A student's progress, kept in their browser only: the pages they marked as studied and the state of each
 * flashcard. One versioned shape, used for localStorage and for the export file; anything else (corrupt,
 * foreign, from a newer version) is rejected with a message saying why, so existing progress is never lost.
 */
import type { DomainEntry, ServiceEntry } from './entries';
import { BOXES, type CardState } from './leitner';
import { domainHref, serviceHref } from './navigation';

export const PROGRESS_APP = 'dop-c02-study-notes';
export const PROGRESS_VERSION = 1;
export const STORAGE_KEY = 'dop-c02:progress';

export interface Progress {
  app: typeof PROGRESS_APP;
  version: typeof PROGRESS_VERSION;
  /** Site path (without base) → when it was marked as studied (ms since the epoch). */
  studied: Record<string, number>;
  /** Card id → its spaced-repetition state. */
  cards: Record<string, CardState>;
}

export const emptyProgress = (): Progress => ({ app: PROGRESS_APP, version: PROGRESS_VERSION, studied: {}, cards: {} });

export type Parsed = { ok: true; progress: Progress } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const SITE_PATH = /^\/[a-z0-9/-]*$/;
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
  if (data.app !== PROGRESS_APP) return { ok: false, error: `not a progress file of this site: "app" is ${JSON.stringify(data.app)}, expected "${PROGRESS_APP}"` };
  if (data.version !== PROGRESS_VERSION) return { ok: false, error: `unsupported progress version ${JSON.stringify(data.version)}; expected ${PROGRESS_VERSION}` };
  if (!isRecord(data.studied)) return { ok: false, error: '"studied" must be an object of page → time' };
  for (const [path, time] of Object.entries(data.studied)) {
    if (!SITE_PATH.test(path)) return { ok: false, error: `"studied" has "${path.slice(0, 60)}", which is not a page of this site` };
    if (!isTime(time)) return { ok: false, error: `"studied" → "${path}" has no valid time` };
  }
  if (!isRecord(data.cards)) return { ok: false, error: '"cards" must be an object of card id → state' };
  for (const [id, state] of Object.entries(data.cards)) {
    if (!CARD_ID.test(id)) return { ok: false, error: `"cards" has "${id.slice(0, 60)}", which is not a card id` };
    const problem = cardStateError(state);
    if (problem) return { ok: false, error: `card "${id}" ${problem}` };
  }
  const extra = Object.keys(data).filter((k) => !['app', 'version', 'studied', 'cards', 'exported'].includes(k));
  if (extra.length > 0) return { ok: false, error: `unknown field "${extra[0]}"` };
  return {
    ok: true,
    progress: { app: PROGRESS_APP, version: PROGRESS_VERSION, studied: { ...(data.studied as Record<string, number>) }, cards: { ...(data.cards as Record<string, CardState>) } },
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

export interface DomainPages {
  id: string;
  /** Exam weight, in percent. */
  weight: number;
  /** Site paths of the domain page and its services' pages. */
  pages: readonly string[];
}

/** The pages that count for each domain: the domain page and the pages of its services. */
export function domainPageLists(domains: readonly DomainEntry[], services: readonly ServiceEntry[]): DomainPages[] {
  return domains.map((d) => ({
    id: d.id,
    weight: d.data.weight,
    pages: [domainHref(d), ...services.filter((s) => s.data.domains.some((r) => r.id === d.id)).map(serviceHref)],
  }));
}

export interface DomainProgress {
  id: string;
  studied: number;
  total: number;
  /** 0 … 1 */
  share: number;
}

/** Share of each domain's pages studied, and the whole weighted by the exam weights (0 … 1). */
export function weightedProgress(domains: readonly DomainPages[], studied: Readonly<Record<string, number>>): { domains: DomainProgress[]; overall: number } {
  const perDomain = domains.map((d) => {
    const unique = [...new Set(d.pages)];
    const done = unique.filter((p) => studied[p] !== undefined).length;
    return { id: d.id, studied: done, total: unique.length, share: unique.length === 0 ? 0 : done / unique.length };
  });
  const totalWeight = domains.reduce((sum, d) => sum + d.weight, 0);
  const overall = totalWeight === 0 ? 0 : domains.reduce((sum, d, i) => sum + d.weight * (perDomain[i]?.share ?? 0), 0) / totalWeight;
  return { domains: perDomain, overall };
}
