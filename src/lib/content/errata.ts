/** Where each correction is shown, computed from the notes (frontmatter errata fields and <Update> components). */
import type { NotesCollections } from './entries';
import { parseBody } from '../markdown/mdx-blocks';
import type { MentionSource } from './mentions';
import { domainLabel } from '../site/navigation';

export function errataUsage(collections: Omit<NotesCollections, 'errata'>): Map<string, MentionSource[]> {
  const usage = new Map<string, MentionSource[]>();
  const add = (id: string, source: MentionSource) => {
    const list = usage.get(id) ?? [];
    if (!list.some((s) => s.href === source.href)) list.push(source);
    usage.set(id, list);
  };
  for (const d of collections.domains) {
    const source: MentionSource = { kind: 'domain', id: d.id, title: domainLabel(d), href: `/domains/${d.id}/` };
    const ids = [
      ...d.data.coreServices.flatMap((c) => c.errata),
      ...d.data.keyConcepts.flatMap((k) => k.errata),
      ...parseBody(d.body ?? '').updateIds,
    ];
    ids.forEach((id) => add(id, source));
  }
  for (const s of collections.services) {
    const source: MentionSource = { kind: 'service', id: s.id, title: s.data.name, href: `/services/${s.id}/` };
    [...s.data.errata, ...parseBody(s.body ?? '').updateIds].forEach((id) => add(id, source));
  }
  for (const p of collections.pages) {
    const source: MentionSource = { kind: 'page', id: p.id, title: p.data.title, href: `/${p.id}/` };
    parseBody(p.body ?? '').updateIds.forEach((id) => add(id, source));
  }
  return usage;
}
