/**
 * Loads widgets-map.js (Leaflet) once, on demand: one classic <script> in document.head (the only
 * thing the widgets ever add outside their shadow roots), resolved when the chunk has registered.
 */
import { MAP_SCRIPT_URL, SCRIPT_NONCE } from './env';
import type { MapApi } from './map-types';

let pending: Promise<MapApi> | null = null;

export function loadMapApi(src: string = MAP_SCRIPT_URL): Promise<MapApi> {
  const ready = window.InvestPortalMap;
  if (ready) return Promise.resolve(ready);
  pending ??= new Promise<MapApi>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    if (SCRIPT_NONCE) script.nonce = SCRIPT_NONCE;
    script.dataset['investPortal'] = 'map';
    const fail = (reason: string) => {
      pending = null;
      script.remove();
      reject(new Error(reason));
    };
    script.addEventListener('load', () => {
      const api = window.InvestPortalMap;
      if (api) resolve(api);
      else fail(`${src} did not register window.InvestPortalMap`);
    });
    script.addEventListener('error', () => fail(`${src} could not be loaded`));
    document.head.append(script);
  });
  return pending;
}
