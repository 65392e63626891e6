import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import type { Schemas } from '../core/api/api';
import { InquiryForm } from './inquiry-form';

const FORM: Schemas['InquiryFormDto'] = {
  consentVersion: '2026-11-v1',
  consentText: { vi: 'Tôi đồng ý …', en: 'I agree that the provincial authorities …' },
  countries: ['KR', 'SG', 'VN'],
  intakeDepartment: 'TTXTDT',
};

@Component({ template: '' })
class Blank {}

@Component({
  imports: [InquiryForm],
  template: '<app-inquiry-form [subject]="subject()" />',
})
class Host {
  readonly subject = signal<{ type: 'project' | 'policy'; slug: string } | null>({ type: 'project', slug: 'kcn-an-nghiep' });
}

/** Renders, runs effects and render hooks; unlike whenStable it does not wait for open requests. */
async function settle(): Promise<void> {
  TestBed.tick();
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.tick();
}

describe('InquiryForm', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', component: Blank }])],
    });
    await TestBed.inject(Router).navigateByUrl('/en/projects/kcn-an-nghiep');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    await settle();
    http.expectOne('/api/v1/inquiries/form').flush(FORM);
    await settle();
  });

  afterEach(() => {
    http.verify();
    el.remove();
  });

  const input = (id: string) => el.querySelector<HTMLInputElement>(`#${id}`)!;
  async function type(id: string, value: string): Promise<void> {
    const field = input(id);
    field.value = value;
    field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
    await settle();
  }
  async function submit(): Promise<void> {
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
  }
  async function fillValid(): Promise<void> {
    await type('inq-name', 'Kim Min-jun');
    await type('inq-country', 'KR');
    await type('inq-email', 'minjun@example.kr');
    await type('inq-message', 'We would like to know the land lease terms.');
    input('inq-consent').click();
    await settle();
  }

  it('shows the privacy text and countries in the page language, consent unticked, answer language = page language', () => {
    expect(el.querySelector('h2')!.textContent).toContain('Ask about this project');
    expect(el.querySelector('#inq-consent-text')!.textContent).toContain('I agree that the provincial authorities');
    expect(input('inq-consent').checked).toBe(false);
    expect(input('inq-preferredLang-en').checked).toBe(true);
    const options = [...el.querySelectorAll('#inq-country option')].map((o) => o.textContent!.trim());
    expect(options).toEqual(['Choose a country', 'Vietnam', 'Singapore', 'South Korea']);
  });

  it('on an empty submit sends nothing and shows a focused summary with links and inline errors', async () => {
    await submit();
    http.expectNone('/api/v1/inquiries');
    const summary = el.querySelector<HTMLElement>('.error-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.querySelector('h2')!.textContent).toContain('There is a problem');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim())).toEqual([
      'Enter your full name',
      'Choose your country',
      'Enter your email address',
      'Enter your message',
      'Tick the box to agree to the privacy notice',
    ]);
    expect(links[0].getAttribute('href')).toBe('/en/projects/kcn-an-nghiep#inq-name');
    expect(document.activeElement).toBe(summary);

    expect(input('inq-name').getAttribute('aria-invalid')).toBe('true');
    expect(input('inq-name').getAttribute('aria-describedby')).toBe('inq-name-error');
    expect(el.querySelector('#inq-name-error')!.textContent).toContain('Enter your full name');
    expect(input('inq-email').getAttribute('aria-describedby')).toBe('inq-email-hint inq-email-error');
    expect(input('inq-organisation').getAttribute('aria-invalid')).toBeNull();

    links[2].click();
    expect(document.activeElement).toBe(input('inq-email'));
  });

  it('sends the inquiry with its subject and shows the confirmation with the tracking link', async () => {
    await fillValid();
    await submit();
    const req = http.expectOne('/api/v1/inquiries');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      subject: { type: 'project', slug: 'kcn-an-nghiep' },
      name: 'Kim Min-jun',
      organisation: null,
      country: 'KR',
      email: 'minjun@example.kr',
      phone: null,
      preferredLang: 'en',
      message: 'We would like to know the land lease terms.',
      consent: true,
      consentVersion: '2026-11-v1',
    });
    expect(el.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(true);
    expect(el.querySelector('button[type=submit]')!.textContent).toContain('Sending…');
    req.flush(
      { reference: 'YC-2026-000042', token: 'tok', trackingPath: '/en/inquiries/track/tok', dueAt: '2026-12-04T10:00:00.000Z' },
      { status: 201, statusText: 'Created' },
    );
    await settle();
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelector('[data-reference]')!.textContent).toBe('YC-2026-000042');
    expect(el.querySelector('[data-tracking-link]')!.getAttribute('href')).toBe(`${location.origin}/en/inquiries/track/tok`);
    expect(el.querySelector('.done')!.textContent).toContain('17:00');
    expect(document.activeElement).toBe(el.querySelector('.done'));
  });

  it('a new subject (page reused for another project) clears the confirmation', async () => {
    await fillValid();
    await submit();
    http
      .expectOne('/api/v1/inquiries')
      .flush({ reference: 'YC-2026-000043', token: 't', trackingPath: '/en/inquiries/track/t', dueAt: '2026-12-04T10:00:00.000Z' });
    await settle();
    expect(el.querySelector('[data-reference]')).not.toBeNull();
    fixture.componentInstance.subject.set({ type: 'project', slug: 'dien-gio-vinh-hai-100mw' });
    await settle();
    expect(el.querySelector('[data-reference]')).toBeNull();
    expect(input('inq-name').value).toBe('');
    expect(input('inq-consent').checked).toBe(false);
  });

  it('maps server field errors to inline errors and keeps the text on a network error', async () => {
    await fillValid();
    await submit();
    http.expectOne('/api/v1/inquiries').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        requestId: 'r',
        details: [{ field: 'email', messages: ['email must be a valid email address'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(input('inq-email').getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('.error-summary a')!.textContent).toContain('Enter an email address in the correct format');

    await submit();
    http.expectOne('/api/v1/inquiries').error(new ProgressEvent('error'), { status: 0 });
    await settle();
    expect(el.querySelector('.error-summary')!.textContent).toContain('connection failed');
    expect(input('inq-message').value).toBe('We would like to know the land lease terms.');
    expect(el.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(false);
  });

  it('on 409 reloads the privacy notice and asks for consent again', async () => {
    await fillValid();
    await submit();
    http.expectOne('/api/v1/inquiries').flush(
      { statusCode: 409, error: 'Conflict', message: 'The privacy notice has changed', requestId: 'r' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    http.expectOne('/api/v1/inquiries/form').flush({ ...FORM, consentVersion: '2027-01-v2', consentText: { vi: 'Mới', en: 'New notice' } });
    await settle();
    expect(input('inq-consent').checked).toBe(false);
    expect(el.querySelector('#inq-consent-text')!.textContent).toContain('New notice');
    expect(el.querySelector('#inq-consent-error')!.textContent).toContain('has just been updated');
  });
});
