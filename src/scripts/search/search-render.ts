/**
 * Drawing search results: the options of the header box's listbox, or the list on the search page. Kept apart from
 * Pagefind's loading and querying (`search-ui.ts`), so the header box can show its first name matches with only this.
 */
import type { SearchHit } from '../../lib/search/search-results';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Renders hits as options of a listbox (or a plain list on the search page). Excerpts are Pagefind's escaped HTML with <mark>. */
export function renderHits(list: HTMLElement, hits: SearchHit[], idPrefix: string, asOptions: boolean): HTMLElement[] {
  list.replaceChildren();
  const options: HTMLElement[] = [];
  const addOption = (href: string, build: (a: HTMLAnchorElement) => void, className: string) => {
    const li = el('li', className);
    const a = el('a', 'hit-link');
    a.href = href;
    build(a);
    li.append(a);
    if (asOptions) {
      // The link itself is the option, so no interactive element sits inside another.
      li.setAttribute('role', 'none');
      a.setAttribute('role', 'option');
      a.id = `${idPrefix}-${options.length}`;
      a.setAttribute('aria-selected', 'false');
      a.tabIndex = -1;
      options.push(a);
    } else options.push(li);
    list.append(li);
  };
  for (const hit of hits) {
    addOption(
      hit.url,
      (a) => {
        a.append(el('span', 'hit-title', hit.title));
        if (hit.kind) a.append(el('span', 'hit-kind', hit.kind));
        const excerpt = el('span', 'hit-excerpt');
        excerpt.innerHTML = hit.excerpt;
        a.append(excerpt);
      },
      'hit',
    );
    for (const section of hit.sections) {
      addOption(
        section.url,
        (a) => {
          a.append(el('span', 'hit-title', section.title));
          const excerpt = el('span', 'hit-excerpt');
          excerpt.innerHTML = section.excerpt;
          a.append(excerpt);
        },
        'hit hit-section',
      );
    }
  }
  return options;
}

export const NO_RESULTS = 'No results. Try a service name or an acronym, or browse the services A–Z.';
export const NEEDS_BUILD = 'Search needs the built index: run `npm run build` once (or `npm start`).';
