/** The components a note's MDX may use, passed to every rendered note. */
import Sheet from './Sheet.astro';
import Takeaways from './Takeaways.astro';
import Update from './Update.astro';

export const noteComponents = { Update, Takeaways, Sheet };
