/**
 * The repairs the site makes to the source notes, as data: the coverage test
 * applies exactly these to the original before it looks for each line in the
 * built pages, so a repair is written once and shows up in both places.
 */

/** Windows-1252 bytes 0x80–0x9F that differ from Latin-1, as code point → byte. */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** A run of characters that UTF-8 text turns into when read as Windows-1252. */
const MOJIBAKE_RUN =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;

function cp1252Byte(char: string): number | undefined {
  const code = char.codePointAt(0) ?? -1;
  if (code < 0x100 && !(code >= 0x80 && code <= 0x9f)) return code;
  return CP1252_HIGH[code];
}

/** Undoes UTF-8 → Windows-1252 mis-decoding ("â€“" → "–"), leaving sound text alone. */
export function repairEncoding(text: string): string {
  return text.replace(MOJIBAKE_RUN, (run) => {
    const bytes = [...run].map(cp1252Byte);
    if (bytes.some((b) => b === undefined)) return run;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes as number[]));
    } catch {
      return run;
    }
  });
}

export interface TextRepair {
  find: string;
  replace: string;
  why: string;
}

/** Repairs of markup, typos and tone, applied in order after the encoding repair. */
export const TEXT_REPAIRS: readonly TextRepair[] = [
  { find: '1# DOP-C02-study-notes', replace: '# DOP-C02 Study Notes', why: 'stray leading "1"' },
  { find: '**AWS\n\n Config**', replace: '**AWS Config**', why: 'bold split across a blank line' },
  { find: '**\n\nCodeCommit**', replace: '**CodeCommit**', why: 'bold split across a blank line' },
  { find: 'Toward the Cloud - Study Guide', replace: 'Towards the Cloud - Study Guide', why: 'site name (towardsthecloud.com)' },
  {
    find: 'more indepth DOP-C02 overview (compared official guide)',
    replace: 'more in-depth DOP-C02 overview (compared with the official guide)',
    why: 'typo',
  },
  { find: 'AWS Devops Engineer Professional', replace: 'AWS DevOps Engineer Professional', why: 'typo' },
  { find: 'very through study notes', replace: 'very thorough study notes', why: 'typo' },
  { find: 'geenral', replace: 'general', why: 'typo' },
  { find: '( Overview)', replace: '(Overview)', why: 'stray space' },
  { find: 'Example CodePipeline YAML Example', replace: 'Example CodePipeline CloudFormation Template', why: 'repeated word' },
  { find: 'on the the exam', replace: 'on the exam', why: 'repeated word' },
  { find: "given it's recent", replace: 'given its recent', why: 'typo' },
  {
    find: 'Here’s a single **CloudFormation template** in **YAML** that includes',
    replace: 'This single **CloudFormation template** in **YAML** includes',
    why: 'chat tone',
  },
  {
    find: 'Here’s a breakdown to help you choose the right secret storage solution:',
    replace: 'A breakdown to help you choose the right secret storage solution:',
    why: 'chat tone',
  },
];

/** Lines left over from a chat assistant: not notes, so they never reach the site. */
export const CHAT_ASSISTANT_LINES: readonly string[] = [
  "Here's a **shorter, optimized CodeBuild Study Sheet**",
  'Here’s a **CodePipeline Cheat Sheet** with key concepts',
  "Let's address your questions and update the table accordingly.",
];

/** The source notes as the site carries them: encoding, markup and typos repaired, chat lines dropped. */
export function repairNotes(raw: string): string {
  let text = repairEncoding(raw);
  for (const { find, replace } of TEXT_REPAIRS) text = text.split(find).join(replace);
  return text
    .split('\n')
    .filter((line) => !CHAT_ASSISTANT_LINES.some((chat) => line.trim().startsWith(chat)))
    .join('\n');
}
