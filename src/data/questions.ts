/**
 * The practice questions, read once per build: checked against the notes (stopping the build with a readable
 * message), rendered for the pages, sorted by task statement. Pages import from here and stay free of logic.
 */
import { getCollection } from 'astro:content';
import { noteSections } from '../lib/content/exam-guide';
import { ContentError } from '../lib/content/validate';
import { renderInlineMarkdown } from '../lib/markdown/markdown-text';
import { compareQuestions, toPracticeQuestion, type PracticeQuestion } from '../lib/practice/questions';
import { checkQuestions } from '../lib/practice/validate-questions';
import { getNotes } from './notes';
import { url } from './url';

let cached: Promise<PracticeQuestion[]> | undefined;

async function load(): Promise<PracticeQuestion[]> {
  const [notes, entries] = await Promise.all([getNotes(), getCollection('questions')]);
  const sections = noteSections(notes);
  const problems = checkQuestions(entries, notes.domains, sections);
  if (problems.length > 0) throw new ContentError(problems);
  const base = import.meta.env.BASE_URL;
  return entries
    .map((e) => toPracticeQuestion(e, sections, (md) => renderInlineMarkdown(md, base)))
    .map((q) => ({ ...q, teaches: q.teaches.map((t) => ({ ...t, href: url(t.href) })) }))
    .sort(compareQuestions);
}

export function getQuestions(): Promise<PracticeQuestion[]> {
  cached ??= load();
  return cached;
}
