/**
 * widgets.js: the portal's web components for other sites and for the portal's /embed/* pages.
 *
 *   <script src="https://PORTAL/widgets.js" defer></script>
 *   <invest-projects lang="en" sector="agriculture" limit="3"></invest-projects>
 *
 * Elements: <invest-projects>, <invest-policies>, <invest-search>, <invest-map> (docs/widgets.md).
 */
import { define } from './base';
import { startResizeReporting } from './embed';
import { InvestMap } from './map';
import { InvestPolicies } from './policies';
import { InvestProjects } from './projects';
import { InvestSearch } from './search';

define('invest-projects', InvestProjects);
define('invest-policies', InvestPolicies);
define('invest-search', InvestSearch);
define('invest-map', InvestMap);
startResizeReporting();
