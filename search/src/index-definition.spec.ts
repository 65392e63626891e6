import { indexUid, validateIndexDefinition, type IndexDefinition } from './index-definition.js';

const base: IndexDefinition = { uid: 'projects', primaryKey: 'id', settings: {} };

describe('validateIndexDefinition', () => {
  it('accepts a plain definition', () => {
    expect(() => validateIndexDefinition(base)).not.toThrow();
  });

  it('rejects uids Meilisearch would refuse', () => {
    expect(() => validateIndexDefinition({ ...base, uid: 'dự án' })).toThrow(/Invalid index uid/);
    expect(() => validateIndexDefinition({ ...base, uid: '' })).toThrow(/Invalid index uid/);
  });

  it('rejects a missing primary key', () => {
    expect(() => validateIndexDefinition({ ...base, primaryKey: '' })).toThrow(/no primary key/);
  });

  it('rejects _geo sortable without being filterable', () => {
    expect(() =>
      validateIndexDefinition({ ...base, settings: { sortableAttributes: ['_geo'], filterableAttributes: [] } }),
    ).toThrow(/_geo is sortable but not filterable/);
  });
});

describe('indexUid', () => {
  it('prefixes the uid', () => {
    expect(indexUid(base)).toBe('projects');
    expect(indexUid(base, 'test_1_')).toBe('test_1_projects');
  });
});
