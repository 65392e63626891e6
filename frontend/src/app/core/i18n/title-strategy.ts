import { inject, Injectable } from '@angular/core';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

import { Seo } from '../seo/seo';
import { isMessageKey, translate } from './i18n';
import { langFromUrl } from './lang';

/**
 * Route `title`s are dictionary keys. On every navigation this sets `document.title`
 * ("Page | Portal name", or the portal name alone), `<html lang>`, the description, Open Graph
 * tags, canonical URL and hreflang alternates in the URL's language; switching language is a
 * navigation, so all of them follow it. Pages that load a project or a policy refine them later.
 */
@Injectable({ providedIn: 'root' })
export class I18nTitleStrategy extends TitleStrategy {
  private readonly seo = inject(Seo);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const lang = langFromUrl(snapshot.url);
    const key = this.buildTitle(snapshot);
    this.seo.set({
      lang,
      url: snapshot.url,
      title: isMessageKey(key) ? translate(lang, key) : undefined,
      description: translate(lang, 'site.description'),
    });
  }
}
