/** The header search box: an ARIA 1.2 combobox over a listbox of results. */
import { loadPagefind, NEEDS_BUILD, NO_RESULTS, preloadQuery, renderHits, runSearch } from './search-ui';

const DEBOUNCE_MS = 120;
const LIMIT = 6;

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

  const filters = () => ({ type: selects.find((s) => s.name === 'type')?.value, domain: selects.find((s) => s.name === 'domain')?.value });

  function setOpen(open: boolean): void {
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
      const found = await runSearch(query, filters(), LIMIT);
      if (!found || mine !== generation) return;
      // Results for the final keystrokes can arrive after the student has started choosing: keep their choice.
      const chosen = options[active]?.getAttribute('href');
      options = renderHits(list, found.hits, 'search-option', true);
      active = -1;
      if (chosen) setActive(options.findIndex((o) => o.getAttribute('href') === chosen));
      status.textContent =
        found.total === 0 ? NO_RESULTS : `${found.total} result${found.total === 1 ? '' : 's'}. Use the arrow keys to choose, Enter to open.`;
      more.hidden = found.total <= LIMIT;
      setOpen(true);
    } catch {
      if (mine !== generation) return;
      options = renderHits(list, [], 'search-option', true);
      status.textContent = NEEDS_BUILD;
      setOpen(true);
    }
  }

  input.addEventListener('input', () => {
    preloadQuery(input.value);
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
  // Mounting happens on first focus: start loading Pagefind before the first keystroke.
  loadPagefind().catch(() => undefined);
  void search();
}
