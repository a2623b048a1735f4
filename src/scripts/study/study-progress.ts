/**
 * On every page: the "Mark as studied" button of a note page, and the progress shown in the sidebar and on
 * the home page, from the pages marked as studied (src/lib/progress.ts weights them by the exam weights).
 */
import { weightedProgress, type DomainPages } from '../../lib/study/studied';
import { CHANGE_EVENT, loadStudied, saveStudied } from './studied-store';

const percent = (share: number) => `${Math.round(share * 100)}%`;

function domainsOnPage(): { el: HTMLElement; domain: DomainPages }[] {
  return [...document.querySelectorAll<HTMLElement>('[data-domain-pages]')].map((el) => ({
    el,
    domain: { id: el.dataset.domain ?? '', weight: Number(el.dataset.weight ?? 0), pages: (el.dataset.domainPages ?? '').split(' ').filter(Boolean) },
  }));
}

function render(): void {
  const { studied } = loadStudied();
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-studied-path]')) {
    const done = studied[button.dataset.studiedPath ?? ''] !== undefined;
    button.hidden = false;
    button.setAttribute('aria-pressed', String(done));
    button.textContent = done ? 'Studied ✓' : 'Mark as studied';
  }
  const found = domainsOnPage();
  if (found.length === 0) return;
  const { domains, overall } = weightedProgress(
    found.map((f) => f.domain),
    studied,
  );
  found.forEach(({ el }, i) => {
    const d = domains[i];
    if (!d) return;
    // The sidebar shows a domain's count once something in it is studied; the home page always does.
    el.hidden = d.studied === 0 && el.classList.contains('domain-progress');
    const meter = el.querySelector('progress');
    if (meter) meter.value = d.share;
    const text = el.querySelector('[data-progress-text]') ?? el;
    text.textContent = `${d.studied} of ${d.total} studied`;
  });
  for (const el of document.querySelectorAll<HTMLElement>('[data-overall-progress]')) {
    el.hidden = false;
    const meter = el.querySelector('progress');
    if (meter) meter.value = overall;
    const text = el.querySelector('[data-progress-text]');
    if (text) text.textContent = `${percent(overall)} of the exam, weighted by domain`;
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-studied-path]');
  if (!button) return;
  const { studied } = loadStudied();
  const path = button.dataset.studiedPath ?? '';
  if (studied[path] !== undefined) delete studied[path];
  else studied[path] = Date.now();
  saveStudied(studied);
});
document.addEventListener(CHANGE_EVENT, render);
window.addEventListener('storage', render);
render();
