import { DOCUMENT, inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

import { Settings } from '../settings/settings';
import { isMessageKey, translate } from './i18n';
import { langFromUrl } from './lang';

/**
 * Route `title`s are dictionary keys. On every navigation this sets `document.title`
 * ("Page | Portal name", or the portal name alone) and `<html lang>` in the URL's language;
 * switching language is a navigation, so both always follow it.
 */
@Injectable({ providedIn: 'root' })
export class I18nTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);
  private readonly settings = inject(Settings);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const lang = langFromUrl(snapshot.url);
    this.document.documentElement.lang = lang;

    const portal = this.settings.value().portalName[lang];
    const key = this.buildTitle(snapshot);
    this.title.setTitle(isMessageKey(key) ? `${translate(lang, key)} | ${portal}` : portal);
  }
}
