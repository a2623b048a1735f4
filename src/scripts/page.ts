/** What every page runs on load: theme toggle, the header's menu, print buttons, the search stub, study progress and the service worker. */
import './theme-toggle';
import './nav-menu';
import './print-button';
import './search/search-stub';
import './study/study-progress';
import './offline/register';
