import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { en } from './en';
import { DICTIONARIES, I18n, isMessageKey, translate } from './i18n';
import { vi, type MessageKey } from './vi';

@Component({ template: '' })
class Blank {}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('vi and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('have no empty strings and use the same placeholders', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(vi[key].trim(), `vi ${key}`).not.toBe('');
      expect(en[key].trim(), `en ${key}`).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('Vietnamese strings carry their diacritics', () => {
    expect(vi['skipLink']).toBe('Bỏ qua đến nội dung chính');
    expect(vi['footer.citeSource']).toBe('Ghi rõ nguồn khi phát hành lại thông tin từ cổng này');
    expect(vi['footer.managingUnit']).toBe('Sở Khoa học và Công nghệ');
  });

  it('translate fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'map.markerAlt', { label: 'Sở Tài chính' })).toBe(
      'Location: Sở Tài chính',
    );
    expect(translate('vi', 'map.markerAlt')).toBe('Vị trí: {label}');
  });

  it('isMessageKey only accepts dictionary keys', () => {
    expect(isMessageKey('notFound.title')).toBe(true);
    expect(isMessageKey('nope')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey(undefined)).toBe(false);
    expect(DICTIONARIES.en).toBe(en);
  });
});

describe('I18n', () => {
  let i18n: I18n;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: Blank }])],
    });
    i18n = TestBed.inject(I18n);
    router = TestBed.inject(Router);
  });

  it('defaults to Vietnamese before any navigation', () => {
    expect(i18n.lang()).toBe('vi');
    expect(i18n.t('nav.home')).toBe('Trang chủ');
  });

  it('follows the language of the URL', async () => {
    await router.navigateByUrl('/en/anything?q=1#x');
    expect(i18n.url()).toBe('/en/anything?q=1#x');
    expect(i18n.lang()).toBe('en');
    expect(i18n.t('nav.home')).toBe('Home');

    await router.navigateByUrl('/vi/anything');
    expect(i18n.lang()).toBe('vi');
    expect(i18n.t('notFound.title')).toBe('Không tìm thấy trang');
  });

  it('pick falls back to Vietnamese when the English text is missing', async () => {
    await router.navigateByUrl('/en');
    expect(i18n.pick({ vi: 'Sở Công Thương', en: 'Department of Industry and Trade' })).toBe(
      'Department of Industry and Trade',
    );
    expect(i18n.pick({ vi: 'Sở Công Thương', en: null })).toBe('Sở Công Thương');
    expect(i18n.pick({ vi: 'Sở Công Thương', en: '' })).toBe('Sở Công Thương');

    await router.navigateByUrl('/vi');
    expect(i18n.pick({ vi: 'Sở Công Thương', en: 'Department' })).toBe('Sở Công Thương');
  });
});

describe('registerMessages (lazily loaded dictionaries)', () => {
  it('a workspace key shows as itself until the workspace registers its strings, then translates in both languages', async () => {
    const { registerMessages, translate, isMessageKey } = await import('./i18n');
    const key = 'ws.test.only' as MessageKey;
    expect(isMessageKey(key)).toBe(false);
    expect(translate('en', key)).toBe('ws.test.only');
    registerMessages({ vi: { 'ws.test.only': 'Xin chào {name}' }, en: { 'ws.test.only': 'Hello {name}' } });
    expect(isMessageKey(key)).toBe(true);
    expect(translate('vi', key, { name: 'Mai' })).toBe('Xin chào Mai');
    expect(translate('en', key, { name: 'Mai' })).toBe('Hello Mai');
  });

  it('the public dictionaries do not carry the workspace strings (they load with the workspace)', async () => {
    const { DICTIONARIES } = await import('./i18n');
    expect(Object.keys(DICTIONARIES.vi).some((k) => k.startsWith('ws.') || k.startsWith('inbox.'))).toBe(false);
  });
});

describe('workspace dictionaries', () => {
  it('every workspace string has the same {placeholders} in both languages', async () => {
    const { workspaceVi, workspaceEn } = await import('../../workspace/messages');
    const { inboxVi, inboxEn } = await import('../../workspace/inbox/messages');
    const wsVi: Record<string, string> = { ...workspaceVi, ...inboxVi };
    const wsEn: Record<string, string> = { ...workspaceEn, ...inboxEn };
    expect(Object.keys(wsEn).sort()).toEqual(Object.keys(wsVi).sort());
    const mismatched = Object.keys(wsVi).filter((k) => JSON.stringify(placeholders(wsVi[k])) !== JSON.stringify(placeholders(wsEn[k])));
    expect(mismatched).toEqual([]);
  });
});
