/** /practice/questions.json: every practice question and the domains' weights, fetched by the mock exam and by the flashcards (for missed questions). */
import type { APIRoute } from 'astro';
import { getNotes } from '../../data/notes';
import { getQuestions } from '../../data/questions';
import type { QuestionsFile } from '../../lib/practice/questions';

export const GET: APIRoute = async () => {
  const notes = await getNotes();
  const file: QuestionsFile = {
    domains: notes.domains.map((d) => ({
      number: d.data.number,
      title: d.data.title,
      weight: d.data.weight,
      tasks: d.data.taskStatements.map((t) => ({ id: t.id, title: t.title })),
    })),
    questions: await getQuestions(),
  };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
