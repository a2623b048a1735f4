/**
 * Rules a practice question cannot check alone: its task statement exists in a domain of the notes, and every
 * section it says teaches the answer is a heading on a page of the notes. Each problem names file, field and fix.
 */
import type { ContentProblem } from '../content/validate';
import type { NoteSection } from '../content/exam-guide';
import type { DomainEntry, NoteEntry } from '../content/entries';
import type { QuestionData } from '../content/schemas';

export type QuestionEntry = NoteEntry<QuestionData>;

export const questionFile = (q: QuestionEntry): string => q.filePath ?? `content/questions/${q.id}.yaml`;

const listed = (items: readonly string[]): string => {
  const shown = items
    .slice(0, 8)
    .map((s) => `"${s}"`)
    .join(', ');
  return items.length > 8 ? `${shown}, …` : shown;
};

export function checkQuestions(
  questions: readonly QuestionEntry[],
  domains: readonly DomainEntry[],
  sections: ReadonlyMap<string, NoteSection>,
): ContentProblem[] {
  const tasks = domains.flatMap((d) => d.data.taskStatements.map((t) => t.id));
  const problems: ContentProblem[] = [];
  for (const q of questions) {
    const file = questionFile(q);
    if (!/^[a-z0-9-]+$/.test(q.id)) problems.push({ file, field: 'id', message: `the file name "${q.id}" must be lower-case letters, digits and hyphens` });
    const prefix = `${q.data.task.replace('.', '-')}-`;
    if (!q.id.startsWith(prefix))
      problems.push({
        file,
        field: 'task',
        message: `the file name must start with "${prefix}" for task ${q.data.task} (the history and the home page tell a question's task by it)`,
      });
    if (!tasks.includes(q.data.task))
      problems.push({ file, field: 'task', message: `no task statement "${q.data.task}" in the domains; expected one of ${listed(tasks)}` });
    q.data.teaches.forEach((ref, i) => {
      if (sections.has(ref)) return;
      const page = ref.split('#')[0] ?? '';
      const onPage = [...sections.keys()].filter((key) => key.startsWith(`${page}#`)).map((key) => key.slice(page.length + 1));
      problems.push({
        file,
        field: `teaches[${i}]`,
        message:
          onPage.length === 0
            ? `"${ref}": no page "${page}"; expected domains/<id>, services/<id> or pages/<id> of an existing file`
            : `"${ref}": no heading with that id on ${page}; expected one of ${listed(onPage)}`,
      });
    });
  }
  return problems;
}
