import { inquiriesEn } from '../../inquiries/messages';
import { newsEn } from '../../news/messages';
import { policiesEn } from '../../policies/messages';
import { projectsEn } from '../../projects/messages';
import { searchEn } from '../../projects/search-messages';
import { qualityEn } from '../../projects/quality-messages';
import type { Messages } from './vi';

/** English UI strings; typed as `Messages` so a missing or extra key fails compilation. */
export const en: Messages = {
  ...projectsEn,
  ...searchEn,
  ...policiesEn,
  ...inquiriesEn,
  ...newsEn,
  ...qualityEn,
  'skipLink': 'Skip to main content',

  'site.description':
    'Calls for investment, incentive policies and contacts for investors in Soc Trang province.',

  'header.menu': 'Menu',

  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.projects': 'Calls for investment',
  'nav.policies': 'Incentive policies',
  'nav.contact': 'Contact',

  'footer.ownerLabel': 'Governing agency',
  'footer.managingUnitLabel': 'Managed by',
  'footer.managingUnit': 'Department of Science and Technology',
  'footer.citeSource': 'Please cite this portal as the source when republishing its content',

  'home.intro':
    "This portal presents the province's calls for investment and its investment incentive " +
    'policies, so that domestic and foreign investors can explore opportunities and reach ' +
    'the responsible agency.',
  'home.search.label': 'Search calls for investment',
  'home.search.placeholder': 'e.g. industrial park, wind power, tourism',
  'home.search.submit': 'Search',
  'home.loading': 'Loading…',
  'home.error': 'This content could not be loaded. Please try again.',
  'home.retry': 'Try again',
  'home.figures.heading': 'Key figures',
  'home.figures.projects': 'Open calls for investment',
  'home.figures.capital': 'Total capital called for',
  'home.figures.usd': 'about {usd}',
  'home.figures.sectors': 'Sectors',
  'home.figures.policies': 'Incentive policies',
  'home.featured.heading': 'Featured projects',
  'home.newest.heading': 'Newest calls for investment',
  'home.projects.empty': 'No projects yet.',
  'home.projects.all': 'See all calls for investment',
  'home.sectors.heading': 'Browse by sector',
  'home.sectors.count': '{count} projects',
  'home.policies.heading': 'Newest incentive policies',
  'home.policies.empty': 'No policies yet.',
  'home.policies.all': 'See all incentive policies',
  'home.departments.heading': 'Contributing units',
  'home.departments.loading': 'Loading contributing units…',
  'home.departments.error': 'Could not load the contributing units. Please try again later.',
  'home.departments.retry': 'Try again',
  'home.departments.empty': 'No contributing units yet.',
  'home.map.heading': 'Map of calls for investment',

  'department.kind.department': 'Provincial department',
  'department.kind.industrial_zone_board': 'Industrial zone management board',
  'department.kind.commune': 'Commune or ward',
  'department.kind.other': 'Other unit',
  'content.untranslated': '(not yet translated)',

  'map.label': 'Location map',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.markerAlt': 'Location: {label}',

  'notFound.title': 'Page not found',
  'notFound.text': 'The page you are looking for does not exist or has moved.',
  'notFound.home': 'Go to the home page',
};
