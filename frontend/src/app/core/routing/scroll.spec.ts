import { scrollAction } from './scroll';

describe('scrollAction', () => {
  const none = { position: null, anchor: null };

  it('a new page starts at the top, also the first one', () => {
    expect(scrollAction(none, '/vi/policies', '/vi/projects?sector=energy')).toEqual({ kind: 'top' });
    expect(scrollAction(none, '/vi', null)).toEqual({ kind: 'top' });
  });

  it('a change of query only keeps the position', () => {
    expect(scrollAction(none, '/vi/projects?sector=energy', '/vi/projects')).toEqual({ kind: 'keep' });
    expect(scrollAction(none, '/vi/projects?page=2', '/vi/projects?page=1#top')).toEqual({ kind: 'keep' });
  });

  it('back/forward restores the remembered position, and an anchor wins over the top', () => {
    expect(scrollAction({ position: [0, 840], anchor: null }, '/vi/projects', '/vi/projects/a')).toEqual({ kind: 'restore', position: [0, 840] });
    expect(scrollAction({ position: null, anchor: 'legal' }, '/vi/policies/a#legal', '/vi')).toEqual({ kind: 'anchor', anchor: 'legal' });
  });
});
