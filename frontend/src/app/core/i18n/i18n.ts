import { computed, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';

import { en } from './en';
import { Lang, langFromUrl } from './lang';
import { MessageKey, Messages, vi } from './vi';

export const DICTIONARIES: Readonly<Record<Lang, Messages>> = { vi, en };

export type MessageParams = Readonly<Record<string, string | number>>;

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(vi, key);
}

/** Looks a key up in one language's dictionary and fills `{placeholders}`. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A text that exists in both languages, as the API sends it. */
export interface LocalizedText {
  vi: string;
  en: string | null;
}

/**
 * Runtime UI language. The URL is the single source of truth (`/vi/...`, `/en/...`), so the
 * language is derived from the router rather than stored: switching language is a navigation.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly router = inject(Router);

  /** Current app URL, updated after each completed navigation (redirects applied). */
  readonly url = toSignal(
    this.router.events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  readonly lang = computed<Lang>(() => langFromUrl(this.url()));

  /** Arrow function so templates can use a bare `t('key')` after `t = inject(I18n).t`. */
  readonly t = (key: MessageKey, params?: MessageParams): string =>
    translate(this.lang(), key, params);

  /** Picks the current language; an English text that is still missing falls back to Vietnamese. */
  readonly pick = (text: LocalizedText): string => (this.lang() === 'en' && text.en) || text.vi;
}
