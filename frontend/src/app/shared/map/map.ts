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
  output,
  signal,
  untracked,
  ViewEncapsulation,
} from '@angular/core';
import { Router } from '@angular/router';
import * as L from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import Supercluster, { type ClusterProperties } from 'supercluster';

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
  /** App URL (e.g. `/vi/projects/slug`): the popup then links there. */
  href?: string;
}

/** A marker dragged to a new place: its index in `markers` and where it was dropped. */
export interface MapMarkerMove extends MapPoint {
  index: number;
}

/** One closed ring of [lng, lat] pairs, GeoJSON order (as the API sends a land plot). */
export type MapRing = readonly (readonly [number, number])[];

/** A map box: west, south, east, north (the API's `bbox` order). */
export type MapBox = readonly [west: number, south: number, east: number, north: number];

interface PointProps {
  index: number;
}

const CLUSTER_RADIUS = 60;
/** Above this zoom every point shows on its own (supercluster stops merging). */
const CLUSTER_MAX_ZOOM = 15;

/** Degrees rounded to 6 decimals (about 10 cm): what forms and the API keep. */
function rounded(p: { lat: number; lng: number }): MapPoint {
  const r = (n: number) => Math.round(n * 1e6) / 1e6;
  return { lat: r(p.lat), lng: r(p.lng) };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** Size class of a cluster bubble, so hundreds of points read differently from a pair. */
function clusterSize(count: number): 's' | 'm' | 'l' {
  return count < 10 ? 's' : count < 100 ? 'm' : 'l';
}

/**
 * The only component that touches Leaflet. Leaflet owns the host's children; Angular renders
 * nothing inside it. Tiles come from the portal settings and may fail (offline, blocked):
 * markers and controls do not depend on them.
 *
 * Leaflet events never write signals: panning re-clusters with plain Leaflet calls, and the only
 * way out is the `searchArea` output, fired once per button press.
 */
@Component({
  selector: 'app-map',
  template: '',
  host: {
    class: 'invest-map',
    role: 'region',
    '[attr.aria-label]': 'label()',
  },
  // Leaflet creates the markers and controls, so they never carry Angular's scoping attribute:
  // the styles are global, every selector namespaced by the host class.
  encapsulation: ViewEncapsulation.None,
  styles: `
    .invest-map {
      display: block;
      position: relative;
      z-index: 0; /* keep Leaflet's panes (z-index 400+) below page overlays such as the skip link */
      height: 26rem;
      border: 1px solid #c8ccd4;
      background: #e8ecf1;
    }
    @media (max-width: 30rem) {
      .invest-map {
        height: 18rem;
      }
    }
    .invest-map .invest-map__cluster {
      display: flex;
      align-items: center;
      justify-content: center;
      border: 3px solid #fff;
      border-radius: 50%;
      background: #163a70;
      color: #fff;
      font: 700 0.875rem/1 system-ui, sans-serif;
      box-shadow: 0 1px 4px rgb(0 0 0 / 40%);
      cursor: pointer;
    }
    .invest-map .invest-map__cluster--m {
      background: #0e2850;
      font-size: 1rem;
    }
    .invest-map .invest-map__cluster--l {
      background: #9b1b1b;
      font-size: 1rem;
    }
    .invest-map .leaflet-marker-icon:focus-visible {
      outline: 3px solid #0b57d0;
      outline-offset: 2px;
    }
    .invest-map .invest-map__search-area {
      min-height: 2.75rem;
      padding: 0.5rem 0.875rem;
      border: 2px solid #163a70;
      border-radius: 0.25rem;
      background: #fff;
      color: #163a70;
      font: 600 0.9375rem/1.2 system-ui, sans-serif;
      cursor: pointer;
      box-shadow: 0 1px 4px rgb(0 0 0 / 30%);
    }
    .invest-map .invest-map__search-area:hover {
      background: #163a70;
      color: #fff;
    }
    .invest-map .invest-map__search-area:focus-visible {
      outline: 3px solid #0b57d0;
      outline-offset: 2px;
    }
    .invest-map .leaflet-popup-content a {
      color: #0b4a8f;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MapView {
  readonly markers = input<readonly MapMarker[]>([]);
  /** Group nearby markers into numbered bubbles (for hundreds of points). */
  readonly cluster = input(false);
  /** Defaults to the map centre and zoom of the portal settings. */
  readonly center = input<MapPoint | undefined>(undefined);
  readonly zoom = input<number | undefined>(undefined);
  /** A box the view fits whenever it changes (e.g. a `bbox` restored from the URL). */
  readonly bounds = input<MapBox | null>(null);
  /** Fit the view to the markers whenever they change (unless `bounds` is set). */
  readonly fitMarkers = input(false);
  /** A land plot outlined on the map; the view fits it when given. */
  readonly polygon = input<MapRing | null>(null);
  /** Accessible name of the map region; defaults to a generic "location map". */
  readonly ariaLabel = input<string | undefined>(undefined);
  /** Shows a "search this area" button; pressing it emits the visible box. */
  readonly searchAreaButton = input(false);
  readonly searchArea = output<MapBox>();
  /** Point markers can be dragged; each drop emits `markerMove` (used by the workspace picker). */
  readonly draggable = input(false);
  /** Fit the view to `polygon` whenever it changes (off while a plot is being drawn). */
  readonly fitPolygon = input(true);
  /** A click (or tap) on the map itself, not on a marker or control, rounded to 6 decimals. */
  readonly mapClick = output<MapPoint>();
  readonly markerMove = output<MapMarkerMove>();

  private readonly i18n = inject(I18n);
  private readonly settings = inject(Settings);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);

  protected readonly label = computed(() => this.ariaLabel() ?? this.i18n.t('map.label'));

  /** Set once the Leaflet map exists, so the effects below run again at that point. */
  private readonly ready = signal(false);
  private map?: L.Map;
  private zoomControl?: L.Control.Zoom;
  private searchControl?: L.Control;
  private readonly markerLayer = L.layerGroup();
  private readonly shapeLayer = L.layerGroup();
  private index?: Supercluster<PointProps>;
  private points: readonly MapMarker[] = [];
  private readonly rendered = new Map<string, L.Marker>();
  /** The box this map last emitted: fitting to it again would only zoom out a step. */
  private lastEmitted?: string;

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
      const text = this.i18n.t('map.searchArea');
      const shown = this.searchAreaButton();
      if (!this.ready() || !this.map) return;
      this.searchControl?.remove();
      this.searchControl = shown ? this.searchAreaControl(text).addTo(this.map) : undefined;
    });

    effect(() => {
      const markers = this.markers();
      const cluster = this.cluster();
      this.draggable();
      this.i18n.lang(); // alt texts and cluster labels are translated
      if (!this.ready()) return;
      untracked(() => {
        this.points = markers;
        this.index = cluster ? this.buildIndex(markers) : undefined;
        this.renderMarkers(true);
        if (this.fitMarkers() && !this.bounds()) this.fitToMarkers(markers);
      });
    });

    effect(() => {
      const box = this.bounds();
      if (!this.ready() || !this.map || !box) return;
      if (box.join(',') === this.lastEmitted) return;
      const [west, south, east, north] = box;
      this.map.fitBounds([
        [south, west],
        [north, east],
      ]);
    });

    effect(() => {
      const ring = this.polygon();
      if (this.ready()) this.renderPolygon(ring);
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
    this.shapeLayer.addTo(this.map);
    this.markerLayer.addTo(this.map);
    this.map.on('click', (e: L.LeafletMouseEvent) => this.mapClick.emit(rounded(e.latlng)));
    // Clusters depend on the view: recompute them after every pan and zoom (no signals involved).
    this.map.on('moveend', () => {
      if (this.index) this.renderMarkers();
    });
    this.ready.set(true);
  }

  /** The visible box, clamped to valid degrees and rounded like URLs keep it. */
  private visibleBox(): MapBox | null {
    if (!this.map) return null;
    const b = this.map.getBounds();
    const r = (n: number) => Math.round(n * 1e5) / 1e5;
    const box: MapBox = [
      r(clamp(b.getWest(), -180, 180)),
      r(clamp(b.getSouth(), -90, 90)),
      r(clamp(b.getEast(), -180, 180)),
      r(clamp(b.getNorth(), -90, 90)),
    ];
    return box[0] < box[2] && box[1] < box[3] ? box : null;
  }

  private searchAreaControl(text: string): L.Control {
    const control = new L.Control({ position: 'topright' });
    control.onAdd = () => {
      const button = L.DomUtil.create('button', 'invest-map__search-area');
      button.type = 'button';
      button.textContent = text;
      L.DomEvent.disableClickPropagation(button);
      L.DomEvent.on(button, 'click', () => {
        const box = this.visibleBox();
        if (!box) return;
        this.lastEmitted = box.join(',');
        this.searchArea.emit(box);
      });
      return button;
    };
    return control;
  }

  private buildIndex(markers: readonly MapMarker[]): Supercluster<PointProps> {
    const index = new Supercluster<PointProps>({ radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM });
    index.load(
      markers.flatMap((m, i) =>
        Number.isFinite(m.lat) && Number.isFinite(m.lng)
          ? [
              {
                type: 'Feature' as const,
                properties: { index: i },
                geometry: { type: 'Point' as const, coordinates: [m.lng, m.lat] },
              },
            ]
          : [],
      ),
    );
    return index;
  }

  private fitToMarkers(markers: readonly MapMarker[]): void {
    const valid = markers.filter((m) => Number.isFinite(m.lat) && Number.isFinite(m.lng));
    // A container without a size (not laid out yet) has no zoom that fits anything.
    if (!this.map || valid.length === 0 || !this.map.getSize().x) return;
    const bounds = L.latLngBounds(valid.map((m) => [m.lat, m.lng] as L.LatLngTuple));
    this.map.fitBounds(bounds, { padding: [32, 32], maxZoom: 13 });
  }

  /**
   * Shows the points, or their clusters for the current view. Markers already on the map are
   * kept (by key), so re-clustering after a pan never closes an open popup or drops focus.
   */
  private renderMarkers(reset = false): void {
    const map = this.map;
    if (reset) {
      this.markerLayer.clearLayers();
      this.rendered.clear();
    }
    if (!map) return;
    const size = map.getSize();
    const wanted = new Map<string, () => L.Marker | null>();
    // Without clustering, or before the container has a size (nothing to cluster against):
    // one marker per point.
    if (!this.index || !size.x || !size.y) {
      this.points.forEach((m, i) => wanted.set(`p${i}`, () => this.pointMarker(m, i)));
    } else {
      const b = map.getBounds().pad(0.2);
      const zoom = Math.round(map.getZoom());
      const box: [number, number, number, number] = [
        clamp(b.getWest(), -180, 180),
        clamp(b.getSouth(), -85, 85),
        clamp(b.getEast(), -180, 180),
        clamp(b.getNorth(), -85, 85),
      ];
      for (const feature of this.index.getClusters(box, zoom)) {
        const [lng, lat] = feature.geometry.coordinates;
        const props = feature.properties as Partial<ClusterProperties> & Partial<PointProps>;
        if (props.cluster && props.cluster_id !== undefined) {
          const id = props.cluster_id;
          const count = props.point_count ?? 0;
          wanted.set(`c${id}`, () => this.clusterMarker(lat, lng, id, count));
        } else if (props.index !== undefined) {
          const point = this.points[props.index];
          if (point) wanted.set(`p${props.index}`, () => this.pointMarker(point, props.index!));
        }
      }
    }
    for (const [key, marker] of this.rendered) {
      if (!wanted.has(key)) {
        this.markerLayer.removeLayer(marker);
        this.rendered.delete(key);
      }
    }
    for (const [key, create] of wanted) {
      if (this.rendered.has(key)) continue;
      const marker = create();
      if (!marker) continue;
      marker.addTo(this.markerLayer);
      this.rendered.set(key, marker);
    }
  }

  private pointMarker(m: MapMarker, index: number): L.Marker | null {
    // One bad coordinate must not take the whole map down (Leaflet throws on NaN).
    if (!Number.isFinite(m.lat) || !Number.isFinite(m.lng)) return null;
    const draggable = this.draggable();
    const marker = L.marker([m.lat, m.lng], {
      title: m.label,
      alt: this.i18n.t('map.markerAlt', { label: m.label }),
      keyboard: true,
      draggable,
    });
    if (!draggable) return marker.bindPopup(this.popupContent(m));
    marker.on('dragend', () => this.markerMove.emit({ index, ...rounded(marker.getLatLng()) }));
    return marker;
  }

  private clusterMarker(lat: number, lng: number, clusterId: number, count: number): L.Marker {
    const label = this.i18n.t('map.cluster', { count });
    const icon = L.divIcon({
      // A number only: never text from the API.
      html: String(Math.trunc(count)),
      className: `invest-map__cluster invest-map__cluster--${clusterSize(count)}`,
      iconSize: count < 10 ? [36, 36] : count < 100 ? [42, 42] : [50, 50],
    });
    const marker = L.marker([lat, lng], { icon, keyboard: true, title: label });
    const expand = () => {
      if (!this.map || !this.index) return;
      const zoom = Math.min(this.index.getClusterExpansionZoom(clusterId), this.map.getMaxZoom());
      this.map.setView([lat, lng], zoom);
    };
    marker.on('click', expand);
    marker.on('keypress', (e: L.LeafletKeyboardEvent) => {
      if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') expand();
    });
    marker.on('add', () => {
      const element = marker.getElement();
      element?.setAttribute('aria-label', label);
      element?.setAttribute('data-count', String(count));
    });
    return marker;
  }

  private popupContent(m: MapMarker): HTMLElement {
    if (!m.href) {
      const span = this.document.createElement('span');
      span.textContent = m.label;
      return span;
    }
    const href = m.href;
    const link = this.document.createElement('a');
    link.href = href;
    link.textContent = m.label;
    // An in-app link: let the router handle plain clicks, keep new-tab clicks native.
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      void this.router.navigateByUrl(href);
    });
    return link;
  }

  private renderPolygon(ring: MapRing | null): void {
    this.shapeLayer.clearLayers();
    const points = (ring ?? []).filter(([lng, lat]) => Number.isFinite(lat) && Number.isFinite(lng));
    if (points.length < 3 || !this.map) return;
    const shape = L.polygon(
      points.map(([lng, lat]) => [lat, lng] as L.LatLngTuple),
      { color: '#9b1b1b', weight: 2, fillOpacity: 0.15, interactive: false, className: 'invest-map__plot' },
    ).addTo(this.shapeLayer);
    if (this.fitPolygon()) this.map.fitBounds(shape.getBounds(), { padding: [24, 24], maxZoom: 16 });
  }
}
