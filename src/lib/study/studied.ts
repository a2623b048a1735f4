/**
 * Pages marked as studied, and progress per domain weighted by the exam weights. Kept apart from the
 * flashcard states (src/lib/progress.ts) so every page can read it with very little code.
 */
export const STUDIED_KEY = 'dop-c02:studied';

/** Site path (without base) → when it was marked as studied (ms since the epoch). */
export type Studied = Record<string, number>;

const SITE_PATH = /^\/[a-z0-9/-]*$/;

/** An error message, or undefined when `data` is a valid studied map. */
export function studiedError(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return '"studied" must be an object of page → time';
  for (const [path, time] of Object.entries(data)) {
    if (!SITE_PATH.test(path)) return `"studied" has "${path.slice(0, 60)}", which is not a page of this site`;
    if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) return `"studied" → "${path}" has no valid time`;
  }
  return undefined;
}

export interface DomainPages {
  id: string;
  /** Exam weight, in percent. */
  weight: number;
  /** Site paths of the domain page and its services' pages. */
  pages: readonly string[];
}

export interface DomainProgress {
  id: string;
  studied: number;
  total: number;
  /** 0 … 1 */
  share: number;
}

/** Share of each domain's pages studied, and the whole weighted by the exam weights (0 … 1). */
export function weightedProgress(domains: readonly DomainPages[], studied: Readonly<Studied>): { domains: DomainProgress[]; overall: number } {
  const perDomain = domains.map((d) => {
    const unique = [...new Set(d.pages)];
    const done = unique.filter((p) => studied[p] !== undefined).length;
    return { id: d.id, studied: done, total: unique.length, share: unique.length === 0 ? 0 : done / unique.length };
  });
  const totalWeight = domains.reduce((sum, d) => sum + d.weight, 0);
  const overall = totalWeight === 0 ? 0 : domains.reduce((sum, d, i) => sum + d.weight * (perDomain[i]?.share ?? 0), 0) / totalWeight;
  return { domains: perDomain, overall };
}
