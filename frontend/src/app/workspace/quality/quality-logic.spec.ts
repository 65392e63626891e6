import { registerMessages, translate } from '../../core/i18n/i18n';
import { qualityWsEn, qualityWsVi } from './messages';
import {
  canConfirmEnglish,
  COMPLETENESS_FIELDS,
  firstMissingEnglish,
  FRESHNESS_LABEL,
  FRESHNESS_MESSAGE,
  linkState,
  missingFieldViews,
  PARITY_LABEL,
} from './quality-logic';

registerMessages({ vi: qualityWsVi, en: qualityWsEn });

describe('quality messages', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('have the same keys and placeholders in both languages, none empty', () => {
    expect(Object.keys(qualityWsEn).sort()).toEqual(Object.keys(qualityWsVi).sort());
    for (const key of Object.keys(qualityWsVi) as (keyof typeof qualityWsVi)[]) {
      expect(qualityWsVi[key].trim(), key).not.toBe('');
      expect(qualityWsEn[key].trim(), key).not.toBe('');
      expect(placeholders(qualityWsEn[key]), key).toEqual(placeholders(qualityWsVi[key]));
    }
  });
});

describe('missingFieldViews', () => {
  it('lists the missing fields in form order, each once, whatever order the API sends', () => {
    const views = missingFieldViews(['english', 'contact', 'area', 'location', 'contact', 'documents']);
    expect(views.map((v) => v.field)).toEqual(['location', 'area', 'documents', 'contact', 'english']);
  });

  it('ignores fields it does not know (a newer API)', () => {
    expect(missingFieldViews(['photos', 'capital']).map((v) => v.field)).toEqual(['capital']);
    expect(missingFieldViews([])).toEqual([]);
  });

  it('names every field in both languages', () => {
    const all = missingFieldViews([...COMPLETENESS_FIELDS]);
    expect(all.map((v) => translate('vi', v.label))).toEqual([
      'Vị trí',
      'Diện tích',
      'Vốn đầu tư',
      'Tình trạng đất',
      'Hạ tầng',
      'Ưu đãi (chính sách gắn với dự án)',
      'Tài liệu',
      'Liên hệ (tên và điện thoại hoặc thư điện tử)',
      'Tiếng Anh (bản dịch các nội dung)',
    ]);
    expect(all.map((v) => translate('en', v.label))).toEqual([
      'Location',
      'Area',
      'Capital',
      'Land status',
      'Infrastructure',
      'Incentives (policies linked to the project)',
      'Documents',
      'Contact (name and phone or e-mail)',
      'English text (translations of the texts)',
    ]);
  });

  it('leads each field to its place in the project editor', () => {
    const targets = Object.fromEntries(missingFieldViews([...COMPLETENESS_FIELDS]).map((v) => [v.field, v.target]));
    expect(targets).toEqual({
      location: 'pe-lat',
      area: 'pe-areaHa',
      capital: 'pe-capitalVnd',
      landStatus: 'pe-landStatusKind',
      infrastructure: 'pe-infrastructureVi',
      incentives: 'pe-incentives-heading',
      documents: 'docs-heading',
      contact: 'pe-contactName',
      english: 'pe-titleEn',
    });
  });

  it('leads "English" to the first text that has Vietnamese but no English', () => {
    const values = { titleVi: 'Tên', titleEn: 'Name', summaryVi: 'Tóm tắt', summaryEn: 'Summary', descriptionVi: 'Mô tả', descriptionEn: ' ', timelineVi: 'x', timelineEn: '' };
    expect(missingFieldViews(['english'], values)[0].target).toBe('pe-descriptionEn');
    expect(firstMissingEnglish({ titleVi: 'a', titleEn: 'b', contactPositionVi: 'Trưởng phòng', contactPositionEn: '' })).toBe('pe-contactPositionEn');
    // Everything translated in the form (not saved yet): the English title.
    expect(firstMissingEnglish({ titleVi: 'a', titleEn: 'b' })).toBe('pe-titleEn');
  });
});

describe('states', () => {
  it('has a label and a message for every freshness state and parity', () => {
    for (const state of ['fresh', 'remind', 'stale'] as const) {
      expect(translate('en', FRESHNESS_LABEL[state])).not.toBe(FRESHNESS_LABEL[state]);
      expect(translate('vi', FRESHNESS_MESSAGE[state], { remind: 90, stale: 180 })).not.toContain('{');
    }
    expect(translate('en', FRESHNESS_MESSAGE.remind, { remind: 90, stale: 180 })).toContain('more than 90 days');
    expect(translate('en', FRESHNESS_MESSAGE.stale, { remind: 90, stale: 180 })).toContain('more than 180 days');
    expect(translate('vi', PARITY_LABEL.reviewed)).toBe('Ban biên tập đã xác nhận bản tiếng Anh');
    expect(translate('en', PARITY_LABEL.missing)).toBe('English missing');
  });

  it('lets only editors and admins confirm, and only English that is present', () => {
    expect(canConfirmEnglish('editor', 'present')).toBe(true);
    expect(canConfirmEnglish('admin', 'present')).toBe(true);
    expect(canConfirmEnglish('officer', 'present')).toBe(false);
    expect(canConfirmEnglish(null, 'present')).toBe(false);
    expect(canConfirmEnglish('editor', 'missing')).toBe(false);
    expect(canConfirmEnglish('editor', 'reviewed')).toBe(false);
  });

  it('tells linked, chosen-not-saved and unchosen policies apart', () => {
    expect(linkState(true, true)).toBe('linked');
    expect(linkState(false, true)).toBe('pending');
    expect(linkState(false, false)).toBe('unlinked');
    expect(linkState(true, false)).toBe('unlinking');
  });
});
