/**
 * The site's only inline script, and the Content-Security-Policy hash that lets it run. Everything else
 * runs from bundled module scripts, which Astro hashes itself.
 */
import { createHash } from 'node:crypto';

/**
 * Before first paint: marks the page as scripted (`html.js`, so controls that need JavaScript take their
 * place at once and nothing shifts when they start) and applies a stored theme, so a dark choice never
 * flashes light.
 */
export const THEME_INIT_SCRIPT =
  "var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}";

/** A CSP source expression ('sha256-…') for an inline script's exact text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
