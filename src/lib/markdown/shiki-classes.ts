/**
 * Code highlighting without inline styles, so the Content-Security-Policy can forbid them. Shiki's dual-theme
 * output puts each token's colours in a `style` attribute (`--shiki-light:#0550AE;--shiki-dark:#79C0FF`);
 * the transformer turns each declaration into a class (`sl-0550ae sd-79c0ff`), and `shikiPaletteCss` writes
 * one rule per colour a theme can produce, computed from the themes themselves.
 */
import type { Element } from 'hast';
import type { ShikiTransformer, ThemeRegistration } from 'shiki';

/** Light and dark themes, in the order Shiki's `themes` option names them. */
export const SHIKI_MODES = { light: 'sl', dark: 'sd' } as const;
type Mode = keyof typeof SHIKI_MODES;

const FONT_STYLES = ['italic', 'bold', 'underline', 'strikethrough'] as const;

function classFor(mode: Mode, property: string, value: string): string {
  const prefix = SHIKI_MODES[mode];
  const v = value.trim().toLowerCase();
  if (property === '' && /^#[0-9a-f]{3,8}$/.test(v)) return `${prefix}-${v.slice(1)}`;
  if (property === '-font-style' && v === 'italic') return `${prefix}-italic`;
  if (property === '-font-weight' && v === 'bold') return `${prefix}-bold`;
  if (property === '-text-decoration' && (v === 'underline' || v === 'line-through')) return `${prefix}-${v === 'underline' ? 'underline' : 'strikethrough'}`;
  throw new Error(`shiki-classes: no class for the token style --shiki-${mode}${property}:${value}`);
}

/** Classes for a Shiki style attribute; background and overflow declarations are dropped (the site's CSS sets them). */
export function styleToClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    const m = /^--shiki-(light|dark)(-bg|-font-style|-font-weight|-text-decoration)?$/.exec(name);
    if (!m) {
      if (name === 'overflow-x' || name === 'background-color' || name === 'color') continue;
      throw new Error(`shiki-classes: unexpected style "${name}:${value}" in highlighted code`);
    }
    if (m[2] === '-bg') continue;
    classes.push(classFor(m[1] as Mode, m[2] ?? '', value));
  }
  return classes;
}

function moveStyleToClasses(node: Element): void {
  const style = node.properties.style;
  if (typeof style !== 'string') return;
  delete node.properties.style;
  const classes = styleToClasses(style);
  if (classes.length === 0) return;
  // Shiki's own nodes carry `class` (a string); hast from elsewhere carries `className` (a list).
  const { class: shikiClass, className } = node.properties;
  const existing = [...(typeof shikiClass === 'string' ? shikiClass.split(/\s+/) : []), ...(Array.isArray(className) ? className.map(String) : [])].filter(
    Boolean,
  );
  delete node.properties.className;
  node.properties.class = [...existing, ...classes].join(' ');
}

/** Shiki transformer: no `style` attribute on `pre` or token spans. */
export function shikiStyleToClasses(): ShikiTransformer {
  return {
    name: 'dop-c02:style-to-classes',
    pre(node) {
      moveStyleToClasses(node);
    },
    span(node) {
      moveStyleToClasses(node);
    },
  };
}

function colours(theme: ThemeRegistration): { colours: Set<string>; fontStyles: Set<string> } {
  const found = new Set<string>();
  const fontStyles = new Set<string>();
  const add = (c: unknown) => {
    if (typeof c === 'string' && /^#[0-9a-f]{3,8}$/i.test(c)) found.add(c.toLowerCase());
  };
  add(theme.colors?.['editor.foreground']);
  add(theme.fg);
  for (const rule of theme.tokenColors ?? theme.settings ?? []) {
    add(rule.settings?.foreground);
    for (const s of (rule.settings?.fontStyle ?? '').split(/\s+/)) if (s) fontStyles.add(s);
  }
  return { colours: found, fontStyles };
}

/** One CSS rule per colour and font style each theme can give a token. */
export function shikiPaletteCss(themes: Record<Mode, ThemeRegistration>): string {
  const rules: string[] = [];
  for (const mode of Object.keys(SHIKI_MODES) as Mode[]) {
    const prefix = SHIKI_MODES[mode];
    const { colours: cs, fontStyles } = colours(themes[mode]);
    for (const c of [...cs].sort()) rules.push(`.${prefix}-${c.slice(1)}{--shiki-${mode}:${c}}`);
    const styles: Record<(typeof FONT_STYLES)[number], string> = {
      italic: `--shiki-${mode}-font-style:italic`,
      bold: `--shiki-${mode}-font-weight:bold`,
      underline: `--shiki-${mode}-text-decoration:underline`,
      strikethrough: `--shiki-${mode}-text-decoration:line-through`,
    };
    for (const s of FONT_STYLES) if (fontStyles.has(s)) rules.push(`.${prefix}-${s}{${styles[s]}}`);
  }
  return `${rules.join('\n')}\n`;
}
