/** A vertex as GeoJSON orders it: [longitude, latitude]. */
export type LngLat = [number, number];

export interface LandPlot {
  type: 'Polygon';
  coordinates: LngLat[][];
}

/** The API accepts 4 to 500 points per closed ring, so 3 to 499 distinct vertices. */
export const MIN_VERTICES = 3;
export const MAX_VERTICES = 499;

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
const same = (a: LngLat, b: LngLat) => a[0] === b[0] && a[1] === b[1];

export function isValidVertex(v: readonly number[]): boolean {
  const [lng, lat] = v;
  return (
    v.length === 2 && Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
  );
}

/**
 * Vertices (in drawing order, not closed) to a closed GeoJSON ring: rounded to 6 decimals,
 * consecutive duplicates dropped, the first point repeated at the end. Null when fewer than
 * three distinct vertices remain (no area) or a vertex is not a valid coordinate.
 */
export function closeRing(vertices: readonly (readonly number[])[]): LngLat[] | null {
  if (!vertices.every(isValidVertex)) return null;
  const points: LngLat[] = [];
  for (const [lng, lat] of vertices) {
    const p: LngLat = [round6(lng), round6(lat)];
    if (points.length === 0 || !same(points[points.length - 1], p)) points.push(p);
  }
  while (points.length > 1 && same(points[0], points[points.length - 1])) points.pop();
  if (points.length < MIN_VERTICES || points.length > MAX_VERTICES) return null;
  return [...points, [points[0][0], points[0][1]]];
}

/** A closed ring back to its vertices (the closing point dropped), for editing. */
export function openRing(ring: readonly (readonly number[])[] | null | undefined): LngLat[] {
  const points = (ring ?? []).filter(isValidVertex).map(([lng, lat]) => [lng, lat] as LngLat);
  if (points.length > 1 && same(points[0], points[points.length - 1])) points.pop();
  return points;
}

/** The land plot the API stores, or null when the vertices do not make an area. */
export function toLandPlot(vertices: readonly (readonly number[])[]): LandPlot | null {
  const ring = closeRing(vertices);
  return ring ? { type: 'Polygon', coordinates: [ring] } : null;
}

/** Vertices as text for keyboard editing: one "lat, lng" per line (the order people read). */
export function formatVertices(vertices: readonly LngLat[]): string {
  return vertices.map(([lng, lat]) => `${lat}, ${lng}`).join('\n');
}

/**
 * Parses "lat, lng" lines (comma, semicolon or spaces between; blank lines ignored).
 * Returns the vertices, or the 1-based number of the first line that is not a coordinate pair.
 */
export function parseVertices(text: string): { vertices: LngLat[] } | { badLine: number } {
  const vertices: LngLat[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const parts = line.split(/[\s,;]+/).filter(Boolean);
    const [lat, lng] = parts.map(Number);
    if (parts.length !== 2 || !isValidVertex([lng, lat])) return { badLine: i + 1 };
    vertices.push([round6(lng), round6(lat)]);
  }
  return { vertices };
}
