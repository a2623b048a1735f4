/** Lower case, with spaces, hyphens, dots, slashes and brackets removed: "X-Ray", "x ray" and "xray" compare equal. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[\s\-./()_:'’,&]+/g, '');
}
