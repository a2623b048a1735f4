// Scale corpus: the real notes plus (factor − 1)× as much synthetic text, as service entries that pass the same
// schemas and cross-entry rules (src/lib/schemas.ts, src/lib/validate.ts). The text is generated from a seeded PRNG
// with a Zipf-distributed vocabulary of made-up words, so the Pagefind index grows as it would with more real notes
// (new words keep appearing, common ones repeat) instead of repeating one paragraph.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SERVICE_CATEGORIES } from '../src/lib/content/schemas.ts';
import { listFiles, sumBytes } from './lib.mjs';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = `the a an of to and for in on with by from at as is are be can when which that this these it its
or not only each every all any more than into across before after while then also between per via without within`.split(/\s+/);

// Ordinary technical English, so the text reads like notes; words that are part of a real service's name or alias
// are removed below, so synthetic text never mentions a real service by accident.
const TECH_WORDS = `deployment pipeline artifact release rollback replica region account policy role permission quota limit latency
throughput capacity instance cluster container function queue topic stream bucket object table index snapshot volume
network subnet gateway endpoint certificate secret parameter template stack resource tag event rule alarm metric log
trace dashboard report audit compliance baseline patch agent hook stage action approval trigger schedule window retry
timeout threshold budget cost estimate owner team workload environment staging production test canary weight traffic
shift health probe target listener cache session token key rotation encryption replication failover recovery backup
restore archive tier lifecycle retention version branch commit merge review build package registry image layer manifest
runtime handler concurrency provisioned scaling schedule peak baseline drift detection remediation finding severity
inventory fleet node pod service mesh route record zone domain origin edge distribution header request response payload
batch job task state machine workflow step input output variable export import mapping condition output signal
consistency durability availability partition shard leader follower quorum checkpoint watermark offset consumer
producer subscriber publisher filter pattern schema contract interface client server agent collector exporter
sidecar daemon controller operator reconcile template module provider backend lock plan apply destroy import`.split(/\s+/);

const SYLLABLE_ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'b',
  'd',
  'l',
  'm',
  'n',
  'r',
  's',
  't',
  'br',
  'cl',
  'dr',
  'gr',
  'pl',
  'pr',
  'st',
  'tr',
  'sh',
  'ch',
  'th',
];
const SYLLABLE_NUCLEI = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ai', 'ea', 'io', 'ou', 'y'];
const SYLLABLE_CODAS = ['', '', '', '', '', 'n', 'r', 's', 'l', 'x', 'm', 't', 'nd', 'rk', 'st', 'ng', 'ct'];

/** The words of every real service's name, short name, aliases and mention terms, lower-cased. */
function realMentionWords(contentDir) {
  const words = new Set();
  const shortNames = [];
  for (const file of readdirSync(join(contentDir, 'services')).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(contentDir, 'services', file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const data = parseYaml(front) ?? {};
    const terms = [data.name, data.shortName, ...(data.aliases ?? []), ...(data.mentionedAs ?? [])].filter(Boolean);
    for (const term of terms)
      for (const w of String(term)
        .toLowerCase()
        .split(/[^a-z0-9]+/))
        if (w) words.add(w);
    if (data.shortName) shortNames.push(data.shortName);
  }
  return { words, shortNames };
}

class TextGenerator {
  constructor(seed, avoid) {
    this.random = prng(seed);
    this.tech = TECH_WORDS.filter((w) => !avoid.has(w));
    this.function = FUNCTION_WORDS.filter((w) => !avoid.has(w));
    // A lexicon of made-up words, sampled with Zipf weights (rank^-1.1): a few are frequent, most are rare.
    const lexicon = new Set();
    while (lexicon.size < 40_000) {
      const r = this.random();
      const syllables = r < 0.2 ? 1 : r < 0.75 ? 2 : 3;
      let word = '';
      for (let i = 0; i < syllables; i++) word += this.pick(SYLLABLE_ONSETS) + this.pick(SYLLABLE_NUCLEI) + this.pick(SYLLABLE_CODAS);
      if (!avoid.has(word) && !TECH_WORDS.includes(word)) lexicon.add(word);
    }
    this.lexicon = [...lexicon];
    let total = 0;
    this.cdf = this.lexicon.map((_, rank) => (total += (rank + 1) ** -1.1));
    this.cdfTotal = total;
  }

  pick(list) {
    return list[Math.floor(this.random() * list.length)];
  }

  int(min, max) {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  zipfWord() {
    const x = this.random() * this.cdfTotal;
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return this.lexicon[lo];
  }

  /** Each entry writes about a topic: most of its technical words come from a small set, as a real note's do. */
  setTopic() {
    this.topic = Array.from({ length: 16 }, () => this.pick(this.tech));
  }

  techWord() {
    return this.topic && this.random() < 0.97 ? this.pick(this.topic) : this.pick(this.tech);
  }

  word() {
    const r = this.random();
    if (r < 0.38) return this.pick(this.function);
    if (r < 0.7) return this.techWord();
    return this.zipfWord();
  }

  words(min, max) {
    return Array.from({ length: this.int(min, max) }, () => this.word()).join(' ');
  }

  title(min = 2, max = 4) {
    return Array.from({ length: this.int(min, max) }, () => (this.random() < 0.5 ? this.techWord() : this.zipfWord()))
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join(' ');
  }

  sentence(min = 8, max = 22) {
    const text = this.words(min, max);
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  }

  /** A sentence with one or two bold terms, as the notes write key words. */
  richSentence(extra = []) {
    const parts = this.sentence().slice(0, -1).split(' ');
    for (const term of [this.title(1, 2), ...extra]) parts.splice(this.int(1, parts.length), 0, `**${term}**`);
    if (this.random() < 0.2) parts.splice(this.int(1, parts.length), 0, `\`${this.zipfWord()}-${this.techWord()}\``);
    return `${parts.join(' ')}.`;
  }
}

const pad = (n) => String(n).padStart(4, '0');

/** One synthetic service entry of about `targetBytes`. `mentions`: short names of other services to mention. */
function serviceEntry(gen, n, { targetBytes, domainIds, mentions, sheet }) {
  gen.setTopic();
  const shortName = `Synth ${pad(n)}`;
  const domains = [...new Set([gen.pick(domainIds), ...(gen.random() < 0.35 ? [gen.pick(domainIds)] : [])])];
  const retired = gen.random() < 0.05;
  const front = [
    '---',
    `name: ${JSON.stringify(`Synthetic Service ${pad(n)}`)}`,
    `shortName: ${JSON.stringify(shortName)}`,
    `aliases: ${JSON.stringify([`SynSvc${pad(n)}`, `${gen.title(1, 1)} ${pad(n)}`])}`,
    `category: ${JSON.stringify(gen.pick(SERVICE_CATEGORIES))}`,
    `domains: [${domains.join(', ')}]`,
    `summary: ${JSON.stringify(gen.sentence(8, 16))}`,
    ...(retired ? ['status: "closed-to-new-customers"', `statusNote: ${JSON.stringify(`Closed to new customers in 2025; ${gen.words(4, 8)}.`)}`] : []),
    '---',
    '',
  ].join('\n');
  const body = [];
  let size = front.length;
  let section = 0;
  let sheetDone = !sheet;
  const pending = [...mentions];
  const push = (block) => {
    body.push(block, '');
    size += block.length + 2;
  };
  push(`## ${++section}. Overview`);
  push(
    [
      `- **Synthetic Service ${pad(n)}** ${gen.sentence().toLowerCase()}`,
      ...Array.from({ length: gen.int(2, 4) }, () => `  - **${gen.title(1, 3)}**: ${gen.sentence(5, 14)}`),
    ].join('\n'),
  );
  push(Array.from({ length: gen.int(2, 4) }, () => gen.richSentence()).join(' '));
  while (size < targetBytes) {
    push(`## ${++section}. ${gen.title()}`);
    const kind = gen.random();
    const extra = pending.length && gen.random() < 0.6 ? [pending.shift()] : [];
    if (kind < 0.3) {
      const columns = gen.int(2, 4);
      const header = Array.from({ length: columns }, () => `**${gen.title(1, 2)}**`);
      const rows = Array.from({ length: gen.int(3, 7) }, (_, r) => [
        `**${gen.title(1, 2)}**`,
        ...Array.from({ length: columns - 1 }, (_, c) =>
          r === 0 && c === 0 && extra.length ? `Works with **${extra[0]}**; ${gen.words(3, 8)}.` : gen.sentence(3, 12),
        ),
      ]);
      const markdown = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
      if (!sheetDone) {
        push(`<Sheet title=${JSON.stringify(`${shortName}: ${gen.title(2, 3)}`)}>\n\n${markdown}\n\n</Sheet>`);
        sheetDone = true;
      } else push(markdown);
    } else if (kind < 0.65) {
      push(
        Array.from({ length: gen.int(3, 7) }, (_, i) => {
          const item = `- **${gen.title(1, 3)}:** ${i === 0 && extra.length ? gen.richSentence(extra) : gen.sentence(6, 18)}`;
          return gen.random() < 0.3 ? `${item}\n  - ${gen.sentence(4, 12)}\n  - ${gen.sentence(4, 12)}` : item;
        }).join('\n'),
      );
    } else if (kind < 0.72) {
      const keys = Array.from(
        { length: gen.int(4, 9) },
        () => `${'  '.repeat(gen.int(0, 2))}${gen.zipfWord()}_${gen.techWord()}: ${gen.random() < 0.5 ? gen.int(1, 900) : gen.zipfWord()}`,
      );
      push(`\`\`\`yaml\n# ${gen.words(4, 9)}\nversion: 0.${gen.int(1, 9)}\n${keys.join('\n')}\n\`\`\``);
    } else {
      push(Array.from({ length: gen.int(2, 5) }, () => (gen.random() < 0.5 ? gen.richSentence(extra.splice(0)) : gen.sentence())).join(' '));
      if (gen.random() < 0.3) push(`### ${gen.title()}`);
      if (gen.random() < 0.5) push(Array.from({ length: gen.int(2, 4) }, () => gen.sentence()).join(' '));
    }
  }
  return `${front}${body.join('\n')}`;
}

/**
 * Writes `<dir>/content`: a copy of `sourceDir` plus synthetic services until the synthetic text is
 * (factor − 1)× the bytes of the real notes (every file of the content folder: MDX and errata).
 */
export function generateCorpus({ sourceDir, dir, factor, seed = 20261201 }) {
  const contentDir = join(dir, 'content');
  cpSync(sourceDir, contentDir, { recursive: true });
  const realFiles = listFiles(sourceDir);
  const realBytes = sumBytes(realFiles);
  const target = (factor - 1) * realBytes;
  const domainIds = readdirSync(join(sourceDir, 'domains'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
  const { words: avoid, shortNames: realShortNames } = realMentionWords(sourceDir);
  const gen = new TextGenerator(seed, avoid);
  mkdirSync(join(contentDir, 'services'), { recursive: true });
  let bytes = 0;
  let n = 0;
  let sheets = 0;
  const vocabulary = new Set();
  let wordCount = 0;
  while (bytes < target) {
    n += 1;
    // Entry sizes log-uniform from 1.5 to 12 kB (mean ≈ 5 kB), like the real notes with a study sheet.
    const targetBytes = Math.round(1500 * 8 ** gen.random());
    const mentions = [];
    if (n > 1) for (let i = gen.int(0, 2); i > 0; i--) mentions.push(`Synth ${pad(gen.int(1, n - 1))}`);
    if (gen.random() < 0.3) mentions.push(gen.pick(realShortNames));
    const text = serviceEntry(gen, n, { targetBytes, domainIds, mentions, sheet: gen.random() < 0.25 });
    if (text.includes('<Sheet ')) sheets += 1;
    writeFileSync(join(contentDir, 'services', `synthetic-service-${pad(n)}.mdx`), text);
    bytes += Buffer.byteLength(text);
    for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
      vocabulary.add(w);
      wordCount += 1;
    }
  }
  const realVocabulary = new Set();
  let realWords = 0;
  for (const f of realFiles) {
    for (const w of readFileSync(f.full, 'utf8')
      .toLowerCase()
      .match(/[a-z]+/g) ?? []) {
      realVocabulary.add(w);
      realWords += 1;
    }
  }
  return {
    contentDir,
    corpus: {
      factor,
      seed,
      realBytes,
      realFiles: realFiles.length,
      realWords,
      realDistinctWords: realVocabulary.size,
      syntheticBytes: bytes,
      syntheticServices: n,
      syntheticSheets: sheets,
      syntheticWords: wordCount,
      syntheticDistinctWords: vocabulary.size,
      totalBytes: realBytes + bytes,
    },
  };
}
