import { describe, expect, it } from 'vitest';
import { codeToHtml } from 'shiki';
import githubLight from '@shikijs/themes/github-light-default';
import githubDark from '@shikijs/themes/github-dark-default';
import { shikiPaletteCss, shikiStyleToClasses, styleToClasses } from '../../src/lib/markdown/shiki-classes';

const themes = { light: githubLight, dark: githubDark };
const samples: [string, string][] = [
  ['yaml', 'version: 0.2\nphases:\n  build:\n    commands:\n      - npm test # run tests\n'],
  ['bash', 'aws deploy create-deployment --application-name "app" --s3-location bucket=b,key=k\n'],
  ['json', '{ "Effect": "Deny", "Action": ["s3:*"], "Condition": { "Bool": { "aws:SecureTransport": false } } }\n'],
  ['markdown', '# Head\n*it* **b** ~~s~~ <u>u</u>\n'],
];

describe('styleToClasses', () => {
  it('turns each light and dark declaration into a class and drops backgrounds', () => {
    expect(styleToClasses('--shiki-light:#0550AE;--shiki-light-font-weight:bold;--shiki-dark:#79C0FF;--shiki-dark-font-weight:bold')).toEqual([
      'sl-0550ae',
      'sl-bold',
      'sd-79c0ff',
      'sd-bold',
    ]);
    expect(styleToClasses('--shiki-light:#1f2328;--shiki-dark:#e6edf3;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0d1117;overflow-x:auto')).toEqual([
      'sl-1f2328',
      'sd-e6edf3',
    ]);
  });
  it('names a style it cannot turn into a class', () => {
    expect(() => styleToClasses('--shiki-light:red')).toThrow('no class for the token style --shiki-light:red');
    expect(() => styleToClasses('position:fixed')).toThrow('unexpected style "position:fixed"');
  });
});

describe('highlighted code', () => {
  const css = shikiPaletteCss(themes);
  const rules = new Set([...css.matchAll(/^\.([\w-]+)\{/gm)].map((m) => m[1]));
  for (const [lang, code] of samples) {
    it(`has no style attribute and a palette rule for every class (${lang})`, async () => {
      const html = await codeToHtml(code, { lang, themes, defaultColor: false, transformers: [shikiStyleToClasses()] });
      expect(html).not.toContain('style=');
      const classes = [...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(' ')).filter((c) => /^s[ld]-/.test(c));
      expect(classes.length).toBeGreaterThan(0);
      for (const c of classes) expect(rules, `rule for .${c}`).toContain(c);
    });
  }
  it('writes each colour once per theme', () => {
    expect(css).toContain('.sl-0550ae{--shiki-light:#0550ae}');
    expect(css).toContain('.sd-79c0ff{--shiki-dark:#79c0ff}');
    expect(css).toContain('.sl-italic{--shiki-light-font-style:italic}');
    expect(new Set(css.trim().split('\n')).size).toBe(css.trim().split('\n').length);
  });
});

describe('the pre element', () => {
  it('keeps Shiki’s classes beside the colour classes', async () => {
    const html = await codeToHtml('a: 1\n', { lang: 'yaml', themes, defaultColor: false, transformers: [shikiStyleToClasses()] });
    expect(html).toMatch(/^<pre class="shiki shiki-themes github-light-default github-dark-default sl-1f2328 sd-e6edf3"/);
  });
});
