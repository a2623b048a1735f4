/** What every page runs on load: theme toggle, print buttons, the search stub and study progress. */
import './theme-toggle';
import './print-button';
import './search/search-stub';
import './study/study-progress';
