/** html-validate (the recommended rules, see .htmlvalidate.mjs) reports no error on any built page. */
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages } from '../helpers/dist';

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(70);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page.file);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(errors).toEqual([]);
});

test('the validator uses the project configuration and catches an error when there is one', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>${body}</body></html>`;
  // Allowed by .htmlvalidate.mjs, an error under the recommended rules alone.
  expect((await validator.validateString(page('<h2 id="5-rollbacks">5. Rollbacks</h2><p>a<br/>b</p>'), 'dist/ok.html')).valid).toBe(true);
  const broken = await validator.validateString(page('<p><div></div></p>'), 'dist/broken.html');
  expect(broken.valid).toBe(false);
});
