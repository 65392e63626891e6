import { HttpClient } from '@angular/common/http';
import { DestroyRef, DOCUMENT, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

import type { JsonPostBody } from '../api/api';
import { isLang } from '../i18n/lang';

const VIEWS = '/api/v1/analytics/views';
export type ViewedItem = JsonPostBody<typeof VIEWS>;

// The slugs the API accepts (RecordViewDto): anything else is not a page worth reporting.
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ITEM_PAGE = /^\/([^/]+)\/(projects|policies)\/([^/]+)\/?$/;

/** The public project or policy page an app URL shows (`/vi/projects/{slug}`), else null. */
export function viewedItem(url: string): ViewedItem | null {
  const m = ITEM_PAGE.exec(url.split(/[?#]/)[0]);
  if (!m || !isLang(m[1]) || m[3].length > 120 || !SLUG.test(m[3])) return null;
  return { kind: m[2] === 'projects' ? 'project' : 'policy', slug: m[3] };
}

/** The browser's Do Not Track setting is on (`navigator.doNotTrack`, or `window.doNotTrack` in old Safari). */
export function doNotTrack(win: Window | null): boolean {
  const legacy = win as (Window & { doNotTrack?: string }) | null;
  return win?.navigator?.doNotTrack === '1' || legacy?.doNotTrack === '1';
}

/**
 * Reports each view of a public project or policy page to the anonymous counters
 * (docs/analytics.md): one fire-and-forget POST per navigation to an item page — not again for a
 * change of query, fragment or language on the same item — nothing for other pages or the
 * workspace, nothing at all when the browser asks not to be tracked. Failures are ignored.
 */
@Injectable({ providedIn: 'root' })
export class ViewBeacon {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private started = false;

  /** Called once at app start-up (provideAppInitializer): listens to completed navigations. */
  start(): void {
    if (this.started || doNotTrack(this.document.defaultView)) return;
    this.started = true;
    let last: string | null = null;
    this.router.events
      .pipe(
        filter((e): e is NavigationEnd => e instanceof NavigationEnd),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((e) => {
        const item = viewedItem(e.urlAfterRedirects);
        const key = item && `${item.kind}/${item.slug}`;
        if (item && key !== last) this.whenShown(() => this.send(item));
        last = key;
      });
  }

  /** A page prerendered by the browser is reported when (and if) the reader actually opens it. */
  private whenShown(report: () => void): void {
    const doc = this.document as Document & { prerendering?: boolean };
    if (doc.prerendering) doc.addEventListener('prerenderingchange', report, { once: true });
    else report();
  }

  private send(item: ViewedItem): void {
    // keepalive: still delivered when the reader leaves at once; low priority: the page comes first.
    this.http.post<void>(VIEWS, item, { keepalive: true, priority: 'low' }).subscribe({ error: () => undefined });
  }
}
