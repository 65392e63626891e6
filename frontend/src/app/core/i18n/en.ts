import type { Messages } from './vi';

/** English UI strings; typed as `Messages` so a missing or extra key fails compilation. */
export const en: Messages = {
  'skipLink': 'Skip to main content',

  'header.menu': 'Menu',

  'nav.label': 'Main navigation',
  'nav.home': 'Home',

  'footer.ownerLabel': 'Governing agency',
  'footer.managingUnitLabel': 'Managed by',
  'footer.managingUnit': 'Department of Science and Technology',
  'footer.citeSource': 'Please cite this portal as the source when republishing its content',

  'home.intro':
    "This portal presents the province's calls for investment and its investment incentive " +
    'policies, so that domestic and foreign investors can explore opportunities and reach ' +
    'the responsible agency.',
  'home.comingSoon': 'Projects and policies are being added by the contributing units.',
  'home.departments.heading': 'Contributing units',
  'home.departments.loading': 'Loading contributing units…',
  'home.departments.error': 'Could not load the contributing units. Please try again later.',
  'home.departments.retry': 'Try again',
  'home.departments.empty': 'No contributing units yet.',
  'home.map.heading': 'Map of unit offices',

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
