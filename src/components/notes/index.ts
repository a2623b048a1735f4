/** The components a note's MDX may use, passed to every rendered note. */
import ExamTip from './ExamTip.astro';
import Sheet from './Sheet.astro';
import Takeaway from './Takeaway.astro';
import Takeaways from './Takeaways.astro';
import Trap from './Trap.astro';
import Update from './Update.astro';

export const noteComponents = { Update, Takeaways, Takeaway, Sheet, ExamTip, Trap };
