/**
 * The "Save for offline" controls (footer and home page): ask the service worker to store the whole site, show its
 * progress and size, say when it is done, and remove the copy on request. Saving and removing never touch the study
 * progress, which lives in localStorage.
 */
import { formatBytes } from '../../lib/offline/site-files';

interface Reply {
  type: 'status' | 'progress' | 'saved' | 'failed' | 'removed';
  saved?: boolean;
  pages?: number;
  bytes?: number;
  done?: number;
  total?: number;
  error?: string;
}

const controls = () => [...document.querySelectorAll<HTMLElement>('[data-offline]')];

function render(text: string, progress?: number, saved?: boolean): void {
  for (const control of controls()) {
    const status = control.querySelector<HTMLElement>('[data-offline-status]');
    const bar = control.querySelector<HTMLProgressElement>('[data-offline-progress]');
    const save = control.querySelector<HTMLButtonElement>('[data-offline-save]');
    const remove = control.querySelector<HTMLButtonElement>('[data-offline-remove]');
    if (status) status.textContent = text;
    if (bar) {
      bar.hidden = progress === undefined;
      if (progress !== undefined) bar.value = progress;
    }
    if (save) save.disabled = progress !== undefined && progress < 1;
    if (remove) remove.hidden = !saved;
    if (save && saved !== undefined) save.hidden = saved;
  }
}

/** Sends a message to the active worker and resolves with its replies until `until` says the answer is complete. */
async function ask(type: string, onReply: (reply: Reply) => boolean): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  await new Promise<void>((resolve) => {
    const listen = (event: MessageEvent<Reply>) => {
      if (onReply(event.data)) {
        navigator.serviceWorker.removeEventListener('message', listen);
        resolve();
      }
    };
    navigator.serviceWorker.addEventListener('message', listen);
    registration.active?.postMessage({ type });
  });
}

const SAVED_TEXT = 'Saved for offline: every page, search, flashcards and practice work without a connection.';

export async function showStatus(): Promise<void> {
  await ask('status', (reply) => {
    if (reply.type !== 'status') return false;
    if (reply.saved) render(SAVED_TEXT, undefined, true);
    return true;
  });
}

async function save(): Promise<void> {
  let size = '';
  await ask('status', (reply) => {
    if (reply.type !== 'status') return false;
    size = reply.bytes ? `${reply.pages} pages and the search index, ${formatBytes(reply.bytes)}` : '';
    return true;
  });
  render(`Saving ${size} for offline…`, 0);
  await ask('save', (reply) => {
    if (reply.type === 'progress' && reply.total) {
      const share = (reply.done ?? 0) / reply.total;
      render(`Saving ${size} for offline: ${Math.round(share * 100)}%`, share);
      return false;
    }
    if (reply.type === 'saved') render(SAVED_TEXT, 1, true);
    if (reply.type === 'failed') render(`Not saved: ${reply.error ?? 'the connection failed'}. Try again when you are online.`);
    return reply.type === 'saved' || reply.type === 'failed';
  });
}

export async function onClick(button: HTMLButtonElement): Promise<void> {
  if (button.matches('[data-offline-remove]')) {
    await ask('remove', (reply) => reply.type === 'removed');
    render('Offline copy removed. Your study progress is kept.', undefined, false);
  } else {
    await save();
  }
}
