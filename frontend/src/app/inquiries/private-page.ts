import { DestroyRef, inject } from '@angular/core';
import { Meta } from '@angular/platform-browser';

/**
 * For pages whose URL is a secret (the tracking link): while the page is shown, search engines
 * are told not to index it and the browser sends no Referer (not even to this site's own API);
 * both tags go when the page is left. Call from a component's constructor.
 */
export function markPagePrivate(): void {
  const meta = inject(Meta);
  meta.updateTag({ name: 'robots', content: 'noindex' });
  meta.updateTag({ name: 'referrer', content: 'no-referrer' });
  inject(DestroyRef).onDestroy(() => {
    meta.removeTag('name="robots"');
    meta.removeTag('name="referrer"');
  });
}
