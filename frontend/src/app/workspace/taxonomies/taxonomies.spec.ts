import { HttpErrorResponse } from '@angular/common/http';

import { bodyOf, refusal, type Draft } from './taxonomies';

const draft = (extra: Partial<Draft> = {}): Draft => ({
  list: 'sectors',
  id: null,
  code: ' solar-power ',
  nameVi: ' Điện mặt trời ',
  nameEn: '',
  kind: 'commune',
  parentId: '',
  legacyName: '',
  ...extra,
});

describe('taxonomies', () => {
  it('sends trimmed texts, a missing English name as null, and unit fields only for units', () => {
    expect(bodyOf(draft())).toEqual({ code: 'solar-power', nameVi: 'Điện mặt trời', nameEn: null });
    expect(bodyOf(draft({ list: 'units', nameEn: 'Tran De', kind: 'commune', parentId: 'p-1', legacyName: ' huyện Trần Đề ' }))).toEqual({
      code: 'solar-power',
      nameVi: 'Điện mặt trời',
      nameEn: 'Tran De',
      kind: 'commune',
      parentId: 'p-1',
      legacyName: 'huyện Trần Đề',
    });
  });

  it('explains refusals with every field message, or the message', () => {
    const invalid = new HttpErrorResponse({
      status: 400,
      error: { statusCode: 400, error: 'Bad Request', message: 'Validation failed', requestId: 'r', details: [{ field: 'code', messages: ['code must be kebab-case'] }] },
    });
    expect(refusal(invalid)).toBe('code: code must be kebab-case');
    const duplicate = new HttpErrorResponse({ status: 409, error: { statusCode: 409, error: 'Conflict', message: 'Another sector already uses this code or slug', requestId: 'r' } });
    expect(refusal(duplicate)).toBe('Another sector already uses this code or slug');
  });
});
