import { ViewportScroller } from '@angular/common';
import { inject } from '@angular/core';
import { NavigationEnd, Router, Scroll } from '@angular/router';

export type ScrollAction =
  | { kind: 'restore'; position: [number, number] }
  | { kind: 'anchor'; anchor: string }
  | { kind: 'top' }
  | { kind: 'keep' };

const pathOf = (url: string) => url.split(/[?#]/)[0];

/**
 * What to do after a navigation. Back/forward restores the position; an anchor scrolls to it; a
 * new page starts at the top — but a change of query only (a facet ticked, a sort chosen, typing
 * in a search box) keeps the position, or every click on a filter would throw the visitor up.
 */
export function scrollAction(
  event: { position: [number, number] | null; anchor: string | null },
  url: string,
  previousUrl: string | null,
): ScrollAction {
  if (event.position) return { kind: 'restore', position: event.position };
  if (event.anchor) return { kind: 'anchor', anchor: event.anchor };
  return previousUrl !== null && pathOf(previousUrl) === pathOf(url) ? { kind: 'keep' } : { kind: 'top' };
}

/** Installed with `scrollPositionRestoration: 'disabled'`: the router still emits Scroll events. */
export function installScrollHandling(): void {
  const router = inject(Router);
  const scroller = inject(ViewportScroller);
  let previousUrl: string | null = null;
  router.events.subscribe((e) => {
    if (!(e instanceof Scroll) || !(e.routerEvent instanceof NavigationEnd)) return;
    const url = e.routerEvent.urlAfterRedirects;
    const action = scrollAction(e, url, previousUrl);
    previousUrl = url;
    if (action.kind === 'restore') scroller.scrollToPosition(action.position);
    else if (action.kind === 'anchor') scroller.scrollToAnchor(action.anchor);
    else if (action.kind === 'top') scroller.scrollToPosition([0, 0]);
  });
}
