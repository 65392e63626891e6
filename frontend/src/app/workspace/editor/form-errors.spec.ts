import { HttpErrorResponse } from '@angular/common/http';

import { controlForApiField, editorFailure } from './form-errors';
import { PROJECT_API_FIELDS } from './project-form';

const bad = (details: { field: string; messages: string[] }[]) =>
  new HttpErrorResponse({
    status: 400,
    error: { statusCode: 400, error: 'Bad Request', message: 'Validation failed', details, requestId: 'r1' },
  });

describe('API error mapping', () => {
  it('maps nested API fields to the nearest control', () => {
    expect(controlForApiField('title.en', PROJECT_API_FIELDS)).toBe('titleEn');
    expect(controlForApiField('location.lat', PROJECT_API_FIELDS)).toBe('lat');
    expect(controlForApiField('location', PROJECT_API_FIELDS)).toBe('lat');
    expect(controlForApiField('contact.position.en', PROJECT_API_FIELDS)).toBe('contactPositionEn');
    expect(controlForApiField('landPlot.coordinates', PROJECT_API_FIELDS)).toBe('landPlot');
    expect(controlForApiField('nope.x', PROJECT_API_FIELDS)).toBeNull();
  });

  it('groups 400 details per control and keeps the rest', () => {
    const failure = editorFailure(
      bad([
        { field: 'code', messages: ['code must be 2–32 capital letters'] },
        { field: 'location.lat', messages: ['outside the province'] },
        { field: 'mystery', messages: ['should not exist'] },
      ]),
      PROJECT_API_FIELDS,
    );
    expect(failure).toEqual({
      kind: 'invalid',
      fields: { code: ['code must be 2–32 capital letters'], lat: ['outside the province'] },
      other: ['mystery: should not exist'],
    });
  });

  it('classifies conflicts and other failures like the inquiry form', () => {
    const conflict = new HttpErrorResponse({
      status: 409,
      error: { statusCode: 409, error: 'Conflict', message: 'changed by someone else', requestId: 'r2' },
    });
    expect(editorFailure(conflict, PROJECT_API_FIELDS)).toEqual({ kind: 'conflict', message: 'changed by someone else' });
    expect(editorFailure(new HttpErrorResponse({ status: 0 }), PROJECT_API_FIELDS)).toEqual({ kind: 'network' });
  });
});
