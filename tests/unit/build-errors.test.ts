/**
 * Bad notes must stop `astro build` with a message naming the file, the field
 * and what is expected. Each case copies the valid fixture collection, breaks
 * one thing, and builds it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASTRO_BIN, ROOT, VALID_CONTENT } from '../helpers/fixtures';

function buildWith(breakIt: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'notes-'));
  try {
    cpSync(VALID_CONTENT, join(dir, 'content'), { recursive: true });
    breakIt(join(dir, 'content'));
    const result = spawnSync(process.execPath, [ASTRO_BIN, 'build', '--outDir', join(dir, 'dist')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NOTES_CONTENT_DIR: join(dir, 'content'),
        ASTRO_CACHE_DIR: join(dir, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
    });
    // Colour codes would split the words we look for (CI forces colour on).
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function edit(file: string, from: string | RegExp, to: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
}

describe('npm run build rejects bad notes', { timeout: 120_000 }, () => {
  it('builds the valid fixture', () => {
    expect(buildWith(() => {}).status).toBe(0);
  });

  it('stops on an invalid frontmatter field, naming file and field', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'domains', 'domain-1.mdx'), /^weight: 22$/m, 'weight: "22%"'));
    expect(status).not.toBe(0);
    expect(output).toContain('domains → domain-1 data does not match collection schema');
    expect(output).toContain('weight: weight must be a number of percent, e.g. 22');
    expect(output).toMatch(/domains\/domain-1\.mdx/);
  });

  it('stops on a practice question whose "pick two" has one correct option, naming file and field', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'questions', '2-1-beta-pick-two.yaml'), 'correct: [A, C]', 'correct: [A]'));
    expect(status).not.toBe(0);
    expect(output).toContain('questions → 2-1-beta-pick-two data does not match collection schema');
    expect(output).toContain('correct: pick is 2 but correct names 1 option');
  });

  it('stops on a practice question that links to a section that does not exist, naming file and field', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'questions', '1-1-alpha-pipeline.yaml'), 'services/alpha#overview', 'services/alpha#nowhere'));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /questions\/1-1-alpha-pipeline\.yaml: teaches\[0\]: "services\/alpha#nowhere": no heading with that id on services\/alpha; expected one of "overview"/,
    );
  });

  it('stops on a missing required field', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'services', 'beta.mdx'), /^summary: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('services → beta data does not match collection schema');
    expect(output).toMatch(/summary/);
  });

  it('stops on a reference to a service that does not exist', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'domains', 'domain-2.mdx'), '- service: alpha', '- service: gamma'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/domains\/domain-2\.mdx: coreServices\[0\]\.service: unknown service "gamma"; expected the name of a file in content\/services\//);
  });

  it('stops on a source that is not a page of AWS, naming file and field', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'services', 'alpha.mdx'), 'https://docs.aws.amazon.com/alpha/', 'https://example.com/alpha/'));
    expect(status).not.toBe(0);
    expect(output).toContain('services → alpha data does not match collection schema');
    expect(output).toContain('sources.0.url: sources[].url must be an https address on AWS’s own sites');
  });

  it('stops on a source that is a translated copy of an AWS page, naming file and field', () => {
    const { status, output } = buildWith((dir) =>
      edit(join(dir, 'services', 'alpha.mdx'), 'https://docs.aws.amazon.com/alpha/', 'https://docs.aws.amazon.com/de_de/alpha/'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('services → alpha data does not match collection schema');
    expect(output).toContain('sources.0.url: sources[].url is a translated copy');
  });

  it('stops on a skill whose section does not exist, naming file and field', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'domains', 'domain-1.mdx'), 'services/alpha#overview', 'services/alpha#nowhere'));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /domains\/domain-1\.mdx: taskStatements\[0\]\.skills\[0\]\.sections\[0\]: "services\/alpha#nowhere": no heading with that id on services\/alpha/,
    );
  });

  it('stops when the domain weights do not total 100', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'domains', 'domain-6.mdx'), /^weight: 17$/m, 'weight: 18'));
    expect(status).not.toBe(0);
    expect(output).toContain('weight: the domain weights total 101%, expected 100%');
  });
});
