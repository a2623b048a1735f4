/**
 * On every page of the built site: registers the service worker (public files cached as they are opened, the whole
 * site on request), shows "Updated notes are available" when a new build waits, and reloads only when the student
 * says so. The save control's code (offline-ui.ts) loads on its first use, or when a saved copy exists.
 */
const base = import.meta.env.BASE_URL;
const PREFIX = 'dop-c02-site-';

function watch(registration: ServiceWorkerRegistration | undefined): void {
  if (!registration) return;
  const banner = document.querySelector<HTMLElement>('[data-update]');
  let reloading = false;
  const show = () => {
    if (registration.waiting && navigator.serviceWorker.controller && banner) banner.hidden = false;
  };
  show();
  registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', show));
  banner?.querySelector('button')?.addEventListener('click', () => {
    reloading = true;
    registration.waiting?.postMessage({ type: 'skip-waiting' });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(watch, () => {});
  for (const control of document.querySelectorAll<HTMLElement>('[data-offline]')) control.hidden = false;
  const ui = () => import('./offline-ui');
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-offline-save], [data-offline-remove]');
    if (button) void ui().then((m) => m.onClick(button));
  });
  void caches.keys().then((keys) => {
    if (keys.some((k) => k.startsWith(PREFIX))) void ui().then((m) => m.showStatus());
  });
}
