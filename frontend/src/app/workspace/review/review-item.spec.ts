import { registerMessages } from '../../core/i18n/i18n';
import { workspaceEn, workspaceVi } from '../messages';
import { fieldLabel, showValue } from './review-item';

// As the workspace routes do when they load.
registerMessages({ vi: workspaceVi, en: workspaceEn });

describe('review changes', () => {
  const t = (key: string) => `«${key}»`;

  it('labels API fields with the editor labels, unknown ones by name', () => {
    expect(fieldLabel('capitalVnd', t as never)).toBe('«ws.field.capital»');
    expect(fieldLabel('sectorIds', t as never)).toBe('«ws.field.sectors»');
    expect(fieldLabel('summary', t as never)).toBe('«ws.field.summary»');
    expect(fieldLabel('somethingNew', t as never)).toBe('somethingNew');
  });

  it('shows values as text: both languages, lists, numbers, nothing', () => {
    expect(showValue({ vi: 'Kho lạnh', en: 'Cold store' }, '—')).toBe('Kho lạnh / Cold store');
    expect(showValue({ vi: 'Kho lạnh', en: null }, '—')).toBe('Kho lạnh');
    expect(showValue(['a', 'b'], '—')).toBe('a, b');
    expect(showValue([], '—')).toBe('—');
    expect(showValue('450000000000', '—')).toBe('450000000000');
    expect(showValue(null, '—')).toBe('—');
  });
});
