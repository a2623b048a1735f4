/**
 * The site's only inline script, and the Content-Security-Policy hash that lets it run. Everything else
 * runs from bundled module scripts, which Astro hashes itself.
 */
import { createHash } from 'node:crypto';

/** Applies a stored theme before first paint, so a dark choice never flashes light. */
export const THEME_INIT_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** A CSP source expression ('sha256-…') for an inline script's exact text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
