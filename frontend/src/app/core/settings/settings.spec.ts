import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import type { PublicSettingsDto } from '../api/api';
import { DEFAULT_SETTINGS } from './default-settings';
import { Settings } from './settings';

const fromApi: PublicSettingsDto = {
  languages: ['vi'],
  portalName: { vi: 'Cổng thử nghiệm', en: 'Test portal' },
  owner: { vi: 'Sở Thử nghiệm', en: 'Test Department' },
  map: {
    tileUrl: 'http://tiles.invalid/{z}/{x}/{y}.png',
    attribution: 'test',
    center: { lat: 9.6, lng: 105.97 },
    zoom: 9,
    maxZoom: 17,
  },
};

describe('Settings', () => {
  let settings: Settings;
  let http: HttpTestingController;

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    settings = TestBed.inject(Settings);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('starts with the built-in defaults', () => {
    expect(settings.value()).toBe(DEFAULT_SETTINGS);
  });

  it('loads the public settings once', async () => {
    const done = settings.load();
    http.expectOne({ method: 'GET', url: '/api/v1/settings/public' }).flush(fromApi);
    await done;
    expect(settings.value()).toEqual(fromApi);
  });

  it('keeps the defaults when the API fails, without rejecting', async () => {
    const done = settings.load();
    http
      .expectOne('/api/v1/settings/public')
      .flush({ message: 'down' }, { status: 503, statusText: 'Service Unavailable' });
    await expect(done).resolves.toBeUndefined();
    expect(settings.value()).toBe(DEFAULT_SETTINGS);
  });
});
