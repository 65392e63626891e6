import { Injectable } from '@angular/core';
import { DefaultUrlSerializer, UrlTree } from '@angular/router';

/** `/vi/du-an/?q=1#x` → `/vi/du-an?q=1#x`; the root `/` stays as it is. */
export function stripTrailingSlash(url: string): string {
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const rest = cut === -1 ? '' : url.slice(cut);
  const trimmed = path.replace(/\/+$/, '');
  return (trimmed === '' && path.startsWith('/') ? '/' : trimmed) + rest;
}

/**
 * The router treats `/vi/` as the page `vi` plus an empty child, which would be a 404.
 * Links from other sites and hand-typed addresses often end in `/`, so ignore it.
 */
@Injectable()
export class TrailingSlashUrlSerializer extends DefaultUrlSerializer {
  override parse(url: string): UrlTree {
    return super.parse(stripTrailingSlash(url));
  }
}
