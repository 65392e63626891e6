import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { MapMarker, MapView } from './map';

@Component({
  imports: [MapView],
  template: `@if (shown()) {
    <app-map [markers]="markers()" />
  }`,
})
class Host {
  readonly shown = signal(true);
  readonly markers = signal<MapMarker[]>([
    { lat: 9.6, lng: 105.97, label: '<b>Sở</b> Tài chính' },
    { lat: Number.NaN, lng: 105.9, label: 'broken' },
  ]);
}

describe('MapView', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  it('renders markers without tiles, updates them and cleans up on destroy', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const host: HTMLElement = fixture.nativeElement.querySelector('.invest-map');

    expect(host.getAttribute('aria-label')).toBe('Bản đồ vị trí');
    expect(host.classList).toContain('leaflet-container');
    // Keyboard users can focus the map and pan it with the arrow keys.
    expect(host.getAttribute('tabindex')).toBe('0');
    let markers = host.querySelectorAll('.leaflet-marker-icon');
    expect(markers).toHaveLength(1);
    expect(markers[0].getAttribute('title')).toBe('<b>Sở</b> Tài chính');
    expect(host.querySelector('.leaflet-control-zoom-in')?.getAttribute('title')).toBe('Phóng to');

    (markers[0] as HTMLElement).click();
    expect(host.querySelector('.leaflet-popup-content')?.textContent).toBe('<b>Sở</b> Tài chính');
    expect(host.querySelector('.leaflet-popup-content b')).toBeNull();

    fixture.componentInstance.markers.set([
      { lat: 9.1, lng: 105.1, label: 'A' },
      { lat: 9.2, lng: 105.2, label: 'B' },
      { lat: 9.3, lng: 105.3, label: 'C' },
    ]);
    await fixture.whenStable();
    markers = host.querySelectorAll('.leaflet-marker-icon');
    expect([...markers].map((m) => m.getAttribute('title'))).toEqual(['A', 'B', 'C']);

    fixture.componentInstance.shown.set(false);
    await fixture.whenStable();
    // map.remove() detaches Leaflet from the container and drops its panes and controls.
    expect('_leaflet_id' in host).toBe(false);
    expect(host.querySelector('.leaflet-map-pane')).toBeNull();
    expect(host.querySelector('.leaflet-control-zoom')).toBeNull();
  });
});
