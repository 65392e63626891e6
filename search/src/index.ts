export { createSearchClient, type SearchConnection } from './client.js';
export { checkSearchHealth, type SearchHealth } from './health.js';
export { settle, SearchTaskFailedError } from './tasks.js';
export {
  applyIndexDefinition,
  indexUid,
  validateIndexDefinition,
  type IndexDefinition,
} from './index-definition.js';
