export { createSearchClient, type SearchConnection } from './client.js';
export { checkSearchHealth, type SearchHealth } from './health.js';
export { settle, SearchTaskFailedError } from './tasks.js';
export {
  applyIndexDefinition,
  indexUid,
  validateIndexDefinition,
  type IndexDefinition,
} from './index-definition.js';
export { fold, hasDiacritics, toneSpelling } from './vietnamese.js';
export {
  documentId,
  toNewsDocument,
  toPolicyDocument,
  toProjectDocument,
  type Bilingual,
  type DocType,
  type NewsSource,
  type PolicySource,
  type ProjectSource,
  type TermSource,
} from './documents.js';
export { INDEXES, NEWS_INDEX, POLICIES_INDEX, PROJECTS_INDEX } from './indexes.js';
export {
  buildProjectSearch,
  projectFilter,
  PROJECT_FACETS,
  PROJECT_SORTS,
  QueryError,
  searchText,
  type BuiltSearch,
  type ProjectFacet,
  type ProjectQuery,
  type ProjectSort,
} from './query.js';
export { buildPolicySearch, policyFilter, POLICY_FACETS, POLICY_SORTS, type PolicyFacet, type PolicyQuery, type PolicySort } from './query.js';
export { buildNewsSearch, type NewsQuery } from './query.js';
export { AREA_BANDS, bandOf, CAPITAL_BANDS, LAND_STATUS_KINDS, LAND_STATUSES, type Band, type LandStatusKind } from './bands.js';
