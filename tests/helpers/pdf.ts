/** Prints a page to PDF in Chromium (print media) and reads it back with pdf.js. */
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: number;
  text: string;
  /** Smallest font size of body text, in points (the page-number footer left out). */
  smallestFont: number;
}

export async function printToPdf(page: Page, path: string, format: 'A4' | 'Letter'): Promise<PdfText> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const pdf = await page.pdf({ format, printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  let text = '';
  let smallestFont = Infinity;
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      text += `${item.str} `;
      if (/^\d+ \/ \d+$/.test(item.str.trim())) continue;
      smallestFont = Math.min(smallestFont, Math.abs(item.transform[0] as number));
    }
  }
  // pdf.js returns ligatures ("fi") as separate runs, so compare text with white space removed.
  return { pages: doc.numPages, text: squash(text), smallestFont };
}

export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
