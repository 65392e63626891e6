import type { IndexDefinition } from './index-definition.js';

// Settings as code. Changing one is a reviewed change with a test (tests/search/).

const SYNONYMS: Record<string, string[]> = {
  kcn: ['khu công nghiệp', 'industrial park'],
  'khu công nghiệp': ['kcn', 'industrial park'],
  'industrial park': ['khu công nghiệp', 'kcn'],
  'điện gió': ['wind power'],
  'wind power': ['điện gió'],
  'điện mặt trời': ['solar power'],
  'solar power': ['điện mặt trời'],
  'thủy sản': ['seafood', 'aquaculture'],
  seafood: ['thủy sản'],
  aquaculture: ['thủy sản', 'nuôi trồng thủy sản'],
  fdi: ['đầu tư nước ngoài', 'foreign investment'],
  ppp: ['đối tác công tư', 'public-private partnership'],
};

const TYPOS = {
  enabled: true,
  // Most Vietnamese syllables are 2–4 letters: typos on them cause false matches ("dien" → "đính").
  minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
};

export const PROJECTS_INDEX: IndexDefinition = {
  uid: 'projects',
  primaryKey: 'id',
  settings: {
    searchableAttributes: [
      'title_vi',
      'title_en',
      'code',
      'summary_vi',
      'summary_en',
      'sectors_vi',
      'sectors_en',
      'unit_vi',
      'unit_en',
      'description_vi',
      'description_en',
      'tones',
    ],
    filterableAttributes: [
      'sector_codes',
      'unit_code',
      'department_code',
      'investment_form_code',
      'status',
      'has_english',
      'capital_vnd',
      'area_ha',
      'capital_band',
      'area_band',
      'land_status',
      'featured',
      'published_at',
      '_geo',
    ],
    sortableAttributes: ['published_at', 'capital_vnd', 'area_ha', 'title_sort', '_geo'],
    displayedAttributes: ['*'],
    synonyms: SYNONYMS,
    typoTolerance: TYPOS,
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 100_000 },
  },
};

export const POLICIES_INDEX: IndexDefinition = {
  uid: 'policies',
  primaryKey: 'id',
  settings: {
    searchableAttributes: ['title_vi', 'title_en', 'legal_number', 'code', 'summary_vi', 'summary_en', 'body_vi', 'body_en', 'tones'],
    filterableAttributes: ['sector_codes', 'unit_codes', 'department_code', 'incentive_types', 'status', 'published_at'],
    sortableAttributes: ['published_at', 'title_sort'],
    displayedAttributes: ['*'],
    synonyms: SYNONYMS,
    typoTolerance: TYPOS,
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 100_000 },
  },
};

/** News items ingested from the provincial portal's RSS/Atom feeds (public fields only). */
export const NEWS_INDEX: IndexDefinition = {
  uid: 'news',
  primaryKey: 'id',
  settings: {
    searchableAttributes: ['title', 'summary', 'tones'],
    filterableAttributes: ['language', 'published_at', 'source'],
    sortableAttributes: ['published_at'],
    displayedAttributes: ['*'],
    synonyms: SYNONYMS,
    typoTolerance: TYPOS,
    pagination: { maxTotalHits: 100_000 },
  },
};

export const INDEXES = { project: PROJECTS_INDEX, policy: POLICIES_INDEX, news: NEWS_INDEX } as const;
