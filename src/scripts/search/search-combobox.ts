/**
 * The header search box: an ARIA 1.2 combobox over a listbox of results (arrows move, Enter opens, Escape closes).
 * Loaded by the header's small stub on first focus. Name matches need only this and the name index; the full-text
 * search (Pagefind and its results, `search-ui.ts`) is imported alongside and follows when ready.
 */
import { NEEDS_BUILD, NO_RESULTS, renderHits } from './search-render';
import { loadNames, loadSummaries, nameHits } from './search-names';
import { mergeHits } from '../../lib/search/name-match';
import type { SearchHit } from '../../lib/search/search-results';

/** The full-text half, fetched in parallel with the names rather than before them. */
const fullText = () => import('./search-ui');

const DEBOUNCE_MS = 120;
const LIMIT = 6;
/** Name matches shown at once, above the full-text results. */
const NAME_LIMIT = 3;

export function mountCombobox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const list = form.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const more = form.querySelector<HTMLAnchorElement>('.search-more')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  let options: HTMLElement[] = [];
  let active = -1;
  let timer: number | undefined;
  let generation = 0;
  /** Whether the list shows the full-text results for what is in the box (not only its name matches). */
  let fullShown = false;

  const filters = () => ({ type: selects.find((s) => s.name === 'type')?.value, domain: selects.find((s) => s.name === 'domain')?.value });

  function setOpen(open: boolean): void {
    // Results (or the name index) can arrive after the student has left the box: never reopen it then.
    if (open && !form.contains(document.activeElement)) open = false;
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open && options.length > 0));
    if (!open) setActive(-1);
  }

  function setActive(index: number): void {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      option.scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', option.id);
    } else input.removeAttribute('aria-activedescendant');
  }

  /** Shows these hits, keeping the option the student has already chosen if it is still there. */
  function show(hits: SearchHit[]): void {
    const chosen = options[active]?.getAttribute('href');
    options = renderHits(list, hits, 'search-option', true);
    active = -1;
    if (chosen) setActive(options.findIndex((o) => o.getAttribute('href') === chosen));
  }

  /** The names a query matches (filters aside: a filtered search waits for the full text). */
  function namesFor(query: string): SearchHit[] {
    const { type, domain } = filters();
    return type || domain ? [] : nameHits(query, NAME_LIMIT);
  }

  /** Name matches at once, on every keystroke, before the full-text search has even started. */
  function showNames(): void {
    const query = input.value.trim();
    const names = query === '' ? [] : namesFor(query);
    if (names.length === 0) return;
    show(names);
    status.textContent = `${names.length} name${names.length === 1 ? '' : 's'} found; searching the notes…`;
    setOpen(true);
  }

  async function search(): Promise<void> {
    const query = input.value.trim();
    const mine = ++generation;
    more.href = `${form.action}?q=${encodeURIComponent(query)}`;
    if (query === '') {
      options = renderHits(list, [], 'search-option', true);
      status.textContent = '';
      setOpen(false);
      return;
    }
    try {
      const found = await (await fullText()).runSearch(query, filters(), LIMIT);
      if (!found || mine !== generation) return;
      // Results for the final keystrokes can arrive after the student has started choosing: keep their choice.
      show(mergeHits(namesFor(query), found.hits).slice(0, LIMIT + NAME_LIMIT));
      fullShown = true;
      status.textContent =
        found.total === 0 ? NO_RESULTS : `${found.total} result${found.total === 1 ? '' : 's'}. Use the arrow keys to choose, Enter to open.`;
      more.hidden = found.total <= LIMIT;
      setOpen(true);
    } catch {
      if (mine !== generation) return;
      show(namesFor(query));
      fullShown = true;
      status.textContent = NEEDS_BUILD;
      setOpen(true);
    }
  }

  input.addEventListener('input', () => {
    fullShown = false;
    showNames();
    const typed = input.value;
    void fullText().then(({ preloadQuery }) => preloadQuery(typed));
    window.clearTimeout(timer);
    timer = window.setTimeout(search, DEBOUNCE_MS);
  });
  for (const select of selects) select.addEventListener('change', () => void search());
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '') void search();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (panel.hidden) setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const option = options[active] ?? (input.value.trim() ? undefined : options[0]);
      const href = option instanceof HTMLAnchorElement ? option.href : undefined;
      if (href) {
        event.preventDefault();
        window.location.href = href;
      }
      // Otherwise the form submits to /search/?q=… for the full list.
    } else if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault();
        setOpen(false);
      } else if (input.value) input.value = '';
      else input.blur();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the input while clicking a result
  // Mounting happens on first focus: ask for the names first (the first result needs only them), then start loading
  // Pagefind before the first keystroke.
  void loadNames().then(showNames);
  // A name shown before its summary arrived gets it then, unless the full-text results have taken its place.
  void loadSummaries().then(() => fullShown || showNames());
  void fullText()
    .then(({ loadPagefind }) => loadPagefind())
    .catch(() => undefined);
  void search();
}
