import { carryEnglishReview, policyEnglishParity, projectCompleteness, projectEnglishParity, projectTexts } from './completeness-input.js';

const project = {
  title: { vi: 'Khu du lịch', en: 'Resort' },
  summary: { vi: 'Tóm tắt', en: 'Summary' },
  description: { vi: 'Mô tả', en: 'Description' },
  landStatus: null,
  landStatusKind: 'cleared' as const,
  infrastructure: { vi: 'Điện', en: 'Power' },
  timeline: null,
  objectives: null,
  contact: { name: 'Trần Thị B', position: { vi: 'Trưởng phòng', en: null }, phone: null, email: 'b@example.org' },
  lat: 9.6,
  lng: 105.9,
  areaHa: '10.00',
  capitalVnd: null,
  englishReviewedVersion: null as number | null,
  version: 4,
};

describe('project adapters', () => {
  it('texts include the contact position', () => {
    expect(projectTexts(project)).toContainEqual({ vi: 'Trưởng phòng', en: null });
    expect(projectTexts({ ...project, contact: null })).toHaveLength(8);
  });

  it('completeness from the entity and the counts (untranslated position → english missing)', () => {
    const r = projectCompleteness(project, { policyCount: 0, documentCount: 1 });
    expect(r.missing).toEqual(['capital', 'incentives', 'english']);
    expect(r.score).toBe(67);
    const translated = { ...project, contact: { ...project.contact, position: { vi: 'Trưởng phòng', en: 'Head' } } };
    expect(projectCompleteness(translated, { policyCount: 2, documentCount: 0 }).missing).toEqual(['capital', 'documents']);
  });

  it('english parity of projects and policies', () => {
    expect(projectEnglishParity(project)).toBe('missing');
    const translated = { ...project, contact: null };
    expect(projectEnglishParity(translated)).toBe('present');
    expect(projectEnglishParity({ ...translated, englishReviewedVersion: 4 })).toBe('reviewed');
    const policy = { title: { vi: 'a', en: 'a' }, summary: { vi: 'b', en: 'b' }, body: { vi: '<p>c</p>', en: '' }, legalIssuer: { vi: 'd', en: 'd' } };
    expect(policyEnglishParity({ ...policy, englishReviewedVersion: 1, version: 1 })).toBe('missing');
    expect(policyEnglishParity({ ...policy, body: { vi: '<p>c</p>', en: '<p>c</p>' }, englishReviewedVersion: 1, version: 1 })).toBe('reviewed');
  });
});

describe('carryEnglishReview', () => {
  it('moves a confirmation of the current version to the next one', () => {
    const item = { englishReviewedVersion: 3, version: 3 };
    carryEnglishReview(item);
    expect(item.englishReviewedVersion).toBe(4);
  });

  it('leaves older or absent confirmations alone', () => {
    const older = { englishReviewedVersion: 2, version: 3 };
    carryEnglishReview(older);
    expect(older.englishReviewedVersion).toBe(2);
    const none = { englishReviewedVersion: null, version: 3 };
    carryEnglishReview(none);
    expect(none.englishReviewedVersion).toBeNull();
  });
});
