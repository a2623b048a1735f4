// npm run bench: every benchmark, each writing its figures to bench/results/.
import { mkdir, writeFile } from 'node:fs/promises';
import { benchSearch, searchMarkdown } from './search.mjs';

await mkdir('bench/results', { recursive: true });
const search = await benchSearch();
await writeFile('bench/results/search.json', `${JSON.stringify(search, null, 2)}\n`);
const report = ['# Benchmarks', '', `Run on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, headless Chromium.`, '', searchMarkdown(search)].join('\n');
await writeFile('bench/results/README.md', report);
console.log(report);
