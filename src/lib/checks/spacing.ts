/**
 * Spaces a reader sees before punctuation: "Domain 3 , Domain 4" or "AWS X-Ray : summary". They come from line breaks
 * between inline parts of a component (a formatter's, usually), which HTML renders as a space.
 */

/** Inline elements whose closing tag may be followed by punctuation in running text. */
const INLINE = 'a|abbr|b|code|em|i|mark|s|span|strong';
const SPACE_BEFORE_PUNCTUATION = new RegExp(`</(?:${INLINE})>(?:\\s|<!--.*?-->)+[,.;:!?)]`, 'g');

/** Each place in a page's HTML where a space stands between an inline element and the punctuation after it. */
export function spacesBeforePunctuation(html: string): string[] {
  const body = html.replace(/<(script|style|pre)\b[\s\S]*?<\/\1>/g, '');
  return [...body.matchAll(SPACE_BEFORE_PUNCTUATION)].map((m) => {
    const start = Math.max(0, (m.index ?? 0) - 60);
    return body.slice(start, (m.index ?? 0) + m[0].length).replace(/\s+/g, ' ');
  });
}
