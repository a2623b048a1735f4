/** Fills the home page's "Practise next" list from the practice history (src/lib/practice/history.ts). */
import { taskAccuracy, weakestTasks } from '../../lib/practice/history';
import { taskOfQuestionId } from '../../lib/practice/questions';
import { loadProgress } from '../study/progress-store';

export function showWeakTasks(section: HTMLElement): void {
  const titles = JSON.parse(section.dataset.titles ?? '{}') as Record<string, string>;
  const { answers } = loadProgress().progress.practice;
  const questions = Object.keys(answers).flatMap((id) => {
    const task = taskOfQuestionId(id);
    return task && titles[task] ? [{ id, task }] : [];
  });
  const weakest = weakestTasks(taskAccuracy({ answers, exams: [] }, questions));
  if (weakest.length === 0) return;
  const list = section.querySelector('[data-weak-list]');
  list?.replaceChildren(
    ...weakest.map((t) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${section.dataset.practiceUrl ?? ''}?scope=t${t.task}`;
      link.textContent = `${t.task} ${titles[t.task]}`;
      li.append(link, `: ${Math.round(t.accuracy * 100)}% right over ${t.tries} ${t.tries === 1 ? 'try' : 'tries'}`);
      return li;
    }),
  );
  section.hidden = false;
}
