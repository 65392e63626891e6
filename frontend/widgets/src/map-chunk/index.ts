/**
 * widgets-map.js: Leaflet and the map of <invest-map>, loaded only when such an element is on the
 * page. Registers `window.InvestPortalMap`; Leaflet's ES build sets no `window.L`, so a host page's
 * own Leaflet is left alone. Circle markers on a canvas: no marker images; tiles are optional (the
 * map works, empty, when the tile server cannot be reached).
 */
import { circleMarker, latLngBounds, map as createMap, tileLayer, type LatLngExpression } from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css';
import { h } from '../dom';
import type { MapApi, MapHandle, MapOptions } from '../map-types';
import { adoptStyles } from '../styles';

/** The portal's own fixes (src/styles.scss): readable attribution, the portal's marker colours. */
const EXTRA_CSS = `
.leaflet-container{font:inherit;font-size:.875em}
.leaflet-control-attribution{background:rgba(255,255,255,.92)!important;color:#1a1a1a}
.leaflet-control-attribution a{color:#0b4a8f;text-decoration:underline}
.leaflet-popup-content{margin:.75em 1em;font-size:1em;line-height:1.4}
.leaflet-popup-content a{color:#0b4a8f;font-weight:600}
`;

const MARKER = { radius: 7, color: '#ffffff', weight: 2, fillColor: '#9b1b1b', fillOpacity: 0.9 } as const;
/** Do not zoom in further than this when fitting the points (one project would fill the screen). */
const FIT_MAX_ZOOM = 14;

const styled = new WeakSet<Node>();

function addStyles(container: HTMLElement): void {
  const root = container.getRootNode();
  if (!(root instanceof ShadowRoot) || styled.has(root)) return;
  styled.add(root);
  adoptStyles(root, leafletCss + EXTRA_CSS);
}

function render(container: HTMLElement, o: MapOptions): MapHandle {
  addStyles(container);
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', o.label);
  const { settings } = o;
  const map = createMap(container, {
    preferCanvas: true,
    // A page scrolled with the wheel should not zoom a map it passes over.
    scrollWheelZoom: false,
    maxZoom: settings.maxZoom,
  });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>');
  if (/^https?:\/\//.test(settings.tileUrl)) {
    tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: settings.maxZoom }).addTo(map);
  }
  const latLngs: LatLngExpression[] = [];
  for (const p of o.points) {
    const at: LatLngExpression = [p.lat, p.lng];
    latLngs.push(at);
    const link = h(
      'a',
      { href: o.href(p.slug), target: o.newTab ? '_blank' : null, rel: o.newTab ? 'noopener' : null, lang: null },
      p.title,
      o.newTab ? h('span', { class: 'vh' }, ` ${o.newTabText}`) : null,
    );
    circleMarker(at, MARKER).bindPopup(h('div', { class: 'invest-map-popup' }, link)).addTo(map);
  }
  if (latLngs.length) {
    map.fitBounds(latLngBounds(latLngs), { padding: [24, 24], maxZoom: Math.min(FIT_MAX_ZOOM, settings.maxZoom) });
  } else {
    map.setView([settings.center.lat, settings.center.lng], settings.zoom);
  }
  // The element may be resized (sidebar, iframe, orientation) or laid out after the map started.
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => map.invalidateSize());
  observer?.observe(container);
  return {
    destroy() {
      observer?.disconnect();
      map.remove();
    },
  };
}

const api: MapApi = { version: 1, render };
window.InvestPortalMap = api;
