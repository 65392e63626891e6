/**
 * The contract between widgets.js and the lazily loaded widgets-map.js (Leaflet): the chunk sets
 * `window.InvestPortalMap` when it runs; widgets.js waits for its script's load event.
 */
import type { Lang } from './attrs';
import type { MapPointDto, MapSettingsDto } from './data';

export interface MapOptions {
  settings: MapSettingsDto;
  points: readonly MapPointDto[];
  lang: Lang;
  /** Portal page of a project (the popup links there). */
  href: (slug: string) => string;
  /** Open project links in a new tab (iframe mode). */
  newTab: boolean;
  /** Accessible name of the map region. */
  label: string;
  /** Text appended to new-tab links for screen readers. */
  newTabText: string;
}

export interface MapHandle {
  destroy(): void;
}

export interface MapApi {
  version: 1;
  render(container: HTMLElement, options: MapOptions): MapHandle;
}

declare global {
  interface Window {
    InvestPortalMap?: MapApi;
  }
}
