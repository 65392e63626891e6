import { telHref } from './contact';
import { formatDate, portalToday } from './date';
import { fileTypeLabel, formatBytes } from './document-format';
import { fieldLang, hasUntranslated } from './untranslated';

describe('untranslated fields', () => {
  const dto = { untranslated: ['title', 'contact.position'] };

  it('marks only the listed fields as Vietnamese, and only on the English page', () => {
    expect(fieldLang(dto, 'en', 'title')).toBe('vi');
    expect(fieldLang(dto, 'en', 'contact.position')).toBe('vi');
    expect(fieldLang(dto, 'en', 'summary')).toBeNull();
    expect(fieldLang(dto, 'vi', 'title')).toBeNull();
    expect(fieldLang(undefined, 'en', 'title')).toBeNull();
  });

  it('asks for the notice only when English is shown and something is missing', () => {
    expect(hasUntranslated(dto, 'en')).toBe(true);
    expect(hasUntranslated(dto, 'vi')).toBe(false);
    expect(hasUntranslated({ untranslated: [] }, 'en')).toBe(false);
    expect(hasUntranslated(null, 'en')).toBe(false);
  });
});

describe('formatDate', () => {
  it('formats calendar dates as written, whatever the time zone', () => {
    expect(formatDate('2021-03-26', 'vi')).toBe('26/03/2021');
    expect(formatDate('2021-03-26', 'en')).toBe('26 March 2021');
  });

  it('shows instants in Vietnam time', () => {
    // 20:00 UTC on 31 Dec is already 1 Jan in Vietnam (UTC+7).
    expect(formatDate('2025-12-31T20:00:00Z', 'en')).toBe('1 January 2026');
  });

  it('returns an empty string for nothing or nonsense', () => {
    expect(formatDate(null, 'vi')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('');
  });

  it('gives today in Vietnam as YYYY-MM-DD', () => {
    expect(portalToday(new Date('2025-12-31T20:00:00Z'))).toBe('2026-01-01');
  });
});

describe('documents', () => {
  it('names the file type from the MIME type, else the extension', () => {
    expect(fileTypeLabel('application/pdf', 'x.bin')).toBe('PDF');
    expect(fileTypeLabel('application/octet-stream', 'ban-do.dwg')).toBe('DWG');
    expect(fileTypeLabel('application/octet-stream', 'no-extension')).toBe('');
  });

  it('formats sizes per language', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(1536, 'vi')).toBe('1,5 KB');
    expect(formatBytes(3.2 * 1024 * 1024, 'en')).toBe('3.2 MB');
    expect(formatBytes(-1, 'en')).toBe('');
  });
});

describe('telHref', () => {
  it('keeps digits and a leading plus only', () => {
    expect(telHref('0299 3822 104')).toBe('tel:02993822104');
    expect(telHref('+84 (299) 382-2104')).toBe('tel:+842993822104');
  });
});
