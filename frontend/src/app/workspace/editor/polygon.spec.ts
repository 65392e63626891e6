import { closeRing, formatVertices, openRing, parseVertices, toLandPlot } from './polygon';

describe('polygon ring building', () => {
  it('closes a ring in [lng, lat] order, rounded, without consecutive duplicates', () => {
    expect(closeRing([[105.1, 9.1], [105.1, 9.1], [105.2, 9.1], [105.2, 9.2000004]])).toEqual([
      [105.1, 9.1],
      [105.2, 9.1],
      [105.2, 9.2],
      [105.1, 9.1],
    ]);
  });

  it('refuses fewer than three distinct vertices or bad coordinates', () => {
    expect(closeRing([[105.1, 9.1], [105.2, 9.1], [105.1, 9.1]])).toBeNull();
    expect(closeRing([[105.1, 9.1], [105.2, 95], [105.3, 9.2]])).toBeNull();
    expect(toLandPlot([])).toBeNull();
  });

  it('builds the GeoJSON polygon and opens it again for editing', () => {
    const plot = toLandPlot([[105.1, 9.1], [105.2, 9.1], [105.2, 9.2]]);
    expect(plot).toEqual({ type: 'Polygon', coordinates: [[[105.1, 9.1], [105.2, 9.1], [105.2, 9.2], [105.1, 9.1]]] });
    expect(openRing(plot!.coordinates[0])).toEqual([[105.1, 9.1], [105.2, 9.1], [105.2, 9.2]]);
  });

  it('reads and writes "lat, lng" lines for keyboard editing', () => {
    expect(formatVertices([[105.1, 9.1]])).toBe('9.1, 105.1');
    expect(parseVertices('9.1, 105.1\n\n9.2;105.2\n9.3 105.3')).toEqual({
      vertices: [[105.1, 9.1], [105.2, 9.2], [105.3, 9.3]],
    });
    expect(parseVertices('9.1, 105.1\nabc')).toEqual({ badLine: 2 });
    expect(parseVertices('91, 105')).toEqual({ badLine: 1 });
  });
});
