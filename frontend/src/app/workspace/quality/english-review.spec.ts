import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { registerMessages } from '../../core/i18n/i18n';
import { workspaceEn, workspaceVi } from '../messages';
import { Session } from '../session';
import { EnglishReview } from './english-review';
import type { EnglishParity } from './quality-logic';

registerMessages({ vi: workspaceVi, en: workspaceEn });

const ID = '3f1d2c4b-0000-4000-8000-000000000001';

@Component({
  imports: [EnglishReview],
  template: `<app-ws-english-review prefix="po" kind="policies" [itemId]="id" [version]="version()" [parity]="parity()"
    (confirmed)="confirmed.push($event)" (reload)="reloads = reloads + 1" />`,
})
class Host {
  readonly id = ID;
  readonly version = signal(4);
  readonly parity = signal<EnglishParity>('present');
  readonly confirmed: number[] = [];
  reloads = 0;
}

async function settle(): Promise<void> {
  TestBed.tick();
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.tick();
}

describe('EnglishReview', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let el: HTMLElement;

  async function open(role: 'editor' | 'officer'): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    const me = TestBed.inject(Session).load();
    http.expectOne('/api/v1/auth/me').flush({ id: 'u', email: 'e@x.vn', displayName: 'E', role, departmentId: null });
    await me;
    fixture = TestBed.createComponent(Host);
    el = fixture.nativeElement;
    await settle();
  }

  afterEach(() => http.verify());

  const button = () => el.querySelector<HTMLButtonElement>('[data-english-confirm]');

  it('lets an editor confirm the English of the version on screen', async () => {
    await open('editor');
    expect(el.querySelector('[data-english-state]')?.textContent).toBe('Đã có tiếng Anh, chưa được Ban biên tập xác nhận');
    button()!.click();
    await settle();
    const req = http.expectOne(`/api/v1/workspace/policies/${ID}/english-reviewed`);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ version: 4 });
    req.flush({});
    await settle();
    expect(el.querySelector('[data-english-state]')?.textContent).toBe('Ban biên tập đã xác nhận bản tiếng Anh');
    expect(el.querySelector('[data-english]')?.getAttribute('data-parity')).toBe('reviewed');
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Đã xác nhận bản tiếng Anh.');
    expect(button()).toBeNull();
    expect(fixture.componentInstance.confirmed).toEqual([4]);

    // A later save (new version, English present again) asks for a new confirmation.
    fixture.componentInstance.version.set(5);
    await settle();
    expect(button()).not.toBeNull();
  });

  it('explains a 409 (changed since, or English missing) and offers a reload', async () => {
    await open('editor');
    button()!.click();
    await settle();
    http.expectOne(`/api/v1/workspace/policies/${ID}/english-reviewed`).flush({ statusCode: 409 }, { status: 409, statusText: 'Conflict' });
    await settle();
    const alert = el.querySelector('[data-english-error]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('nội dung đã thay đổi sau khi bạn mở trang');
    alert.querySelector('button')!.click();
    expect(fixture.componentInstance.reloads).toBe(1);
    expect(el.querySelector('[data-english]')?.getAttribute('data-parity')).toBe('present');

    button()!.click();
    await settle();
    http.expectOne(`/api/v1/workspace/policies/${ID}/english-reviewed`).flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(el.querySelector('[data-english-error]')?.textContent).toContain('Không xác nhận được. Vui lòng thử lại.');
    expect(el.querySelector('[data-english-error] button')).toBeNull();
  });

  it('shows the state without a button to officers, and never for missing English', async () => {
    await open('officer');
    expect(el.querySelector('[data-english-state]')?.textContent).toBe('Đã có tiếng Anh, chưa được Ban biên tập xác nhận');
    expect(button()).toBeNull();
    fixture.componentInstance.parity.set('missing');
    await settle();
    expect(el.querySelector('[data-english-state]')?.textContent).toBe('Còn thiếu tiếng Anh');
  });
});
