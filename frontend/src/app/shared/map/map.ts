import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';
import * as L from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

import { I18n } from '../../core/i18n/i18n';
import { Settings } from '../../core/settings/settings';

// Leaflet guesses an image folder from its CSS and prepends it to icon URLs unless
// `imagePath` is a string; the URLs below are already complete (emitted by the file loader).
L.Icon.Default.imagePath = '';
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

export interface MapPoint {
  lat: number;
  lng: number;
}

export interface MapMarker extends MapPoint {
  /** Plain text (never HTML): shown in the popup and used for the icon's alt and title. */
  label: string;
}

/**
 * The only component that touches Leaflet. Leaflet owns the host's children; Angular renders
 * nothing inside it. Tiles come from the portal settings and may fail (offline, blocked):
 * markers and controls do not depend on them.
 */
@Component({
  selector: 'app-map',
  template: '',
  host: {
    class: 'invest-map',
    role: 'region',
    '[attr.aria-label]': 'label()',
  },
  styles: `
    :host {
      display: block;
      position: relative;
      z-index: 0; /* keep Leaflet's panes (z-index 400+) below page overlays such as the skip link */
      height: 26rem;
      border: 1px solid #c8ccd4;
      background: #e8ecf1;
    }
    @media (max-width: 30rem) {
      :host {
        height: 18rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MapView {
  readonly markers = input<readonly MapMarker[]>([]);
  /** Defaults to the map centre and zoom of the portal settings. */
  readonly center = input<MapPoint | undefined>(undefined);
  readonly zoom = input<number | undefined>(undefined);
  /** Accessible name of the map region; defaults to a generic "location map". */
  readonly ariaLabel = input<string | undefined>(undefined);

  private readonly i18n = inject(I18n);
  private readonly settings = inject(Settings);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);

  protected readonly label = computed(() => this.ariaLabel() ?? this.i18n.t('map.label'));

  /** Set once the Leaflet map exists, so the effects below run again at that point. */
  private readonly ready = signal(false);
  private map?: L.Map;
  private zoomControl?: L.Control.Zoom;
  private readonly markerLayer = L.layerGroup();

  constructor() {
    // Leaflet needs a laid-out container, and must never run on a server.
    afterNextRender({ write: () => this.createMap() });

    effect(() => {
      const center = this.center() ?? this.settings.value().map.center;
      const zoom = this.zoom() ?? this.settings.value().map.zoom;
      if (this.ready()) this.map?.setView([center.lat, center.lng], zoom);
    });

    effect(() => {
      const t = this.i18n.t;
      const zoomInTitle = t('map.zoomIn');
      const zoomOutTitle = t('map.zoomOut');
      if (!this.ready() || !this.map) return;
      this.zoomControl?.remove();
      this.zoomControl = L.control.zoom({ zoomInTitle, zoomOutTitle }).addTo(this.map);
    });

    effect(() => {
      const markers = this.markers();
      const altOf = (label: string) => this.i18n.t('map.markerAlt', { label });
      if (this.ready()) this.renderMarkers(markers, altOf);
    });

    inject(DestroyRef).onDestroy(() => {
      this.map?.remove();
      this.map = undefined;
    });
  }

  private createMap(): void {
    const { map: settings } = this.settings.value();
    const center = this.center() ?? settings.center;
    this.map = L.map(this.host.nativeElement, {
      center: [center.lat, center.lng],
      zoom: this.zoom() ?? settings.zoom,
      maxZoom: settings.maxZoom,
      zoomControl: false, // added by an effect with translated button titles
      keyboard: true, // arrow keys pan, +/- zoom once the map has focus
      scrollWheelZoom: false, // do not hijack page scrolling
    });
    // Plain credit without Leaflet's default flag icon: a government site keeps the map neutral.
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.tileLayer(settings.tileUrl, {
      attribution: settings.attribution,
      maxZoom: settings.maxZoom,
    }).addTo(this.map);
    this.markerLayer.addTo(this.map);
    this.ready.set(true);
  }

  private renderMarkers(markers: readonly MapMarker[], altOf: (label: string) => string): void {
    this.markerLayer.clearLayers();
    for (const m of markers) {
      // One bad coordinate must not take the whole map down (Leaflet throws on NaN).
      if (!Number.isFinite(m.lat) || !Number.isFinite(m.lng)) continue;
      const popup = this.document.createElement('span');
      popup.textContent = m.label;
      L.marker([m.lat, m.lng], { title: m.label, alt: altOf(m.label), keyboard: true })
        .bindPopup(popup)
        .addTo(this.markerLayer);
    }
  }
}
