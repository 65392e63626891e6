import { computed, DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';

import { en } from './en';
import { DEFAULT_LANG, isLang, Lang, langFromUrl } from './lang';
import { MessageKey, Messages, vi } from './vi';

export const DICTIONARIES: Readonly<Record<Lang, Messages>> = { vi, en };

export type MessageParams = Readonly<Record<string, string | number>>;

/** Dictionaries of lazily loaded parts (the workspace), added when they load. */
const REGISTERED: Record<Lang, Record<string, string>> = { vi: {}, en: {} };

/**
 * Adds a lazily loaded part's strings (called by the workspace routes when they load), so the
 * public site does not download the workspace's dictionaries.
 */
export function registerMessages(messages: Readonly<Record<Lang, Readonly<Record<string, string>>>>): void {
  Object.assign(REGISTERED.vi, messages.vi);
  Object.assign(REGISTERED.en, messages.en);
}

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && (Object.hasOwn(vi, key) || Object.hasOwn(REGISTERED.vi, key));
}

/** Looks a key up in one language's dictionary and fills `{placeholders}`. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const dictionary = DICTIONARIES[lang] as Readonly<Record<string, string>>;
  // A key whose part is not loaded yet shows as itself: visible in tests, never a crash.
  const text = dictionary[key] ?? REGISTERED[lang][key] ?? key;
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

/** Where the workspace language is kept between visits (the workspace URLs carry no language). */
export const WORKSPACE_LANG_KEY = 'invest.workspace.lang';

/** True when the first path segment of an app URL is a published language (`/vi/...`). */
export function urlHasLang(url: string): boolean {
  const path = url.split(/[?#]/)[0];
  return isLang(path.split('/').find((s) => s !== ''));
}

/**
 * Runtime UI language. On public pages the URL is the single source of truth (`/vi/...`,
 * `/en/...`), so the language is derived from the router: switching language is a navigation.
 * URLs outside `/:lang` (the department workspace, `/workspace/...`) use a language the user picks,
 * kept in localStorage (default Vietnamese).
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

  private readonly storage = storageOf(inject(DOCUMENT).defaultView);

  /** The workspace language: used for every URL outside `/:lang`. */
  readonly workspaceLang = signal<Lang>(readLang(this.storage));

  readonly lang = computed<Lang>(() => {
    const url = this.url();
    return urlHasLang(url) ? langFromUrl(url) : this.workspaceLang();
  });

  /** Switches the workspace language and remembers it (public pages switch by navigation). */
  setWorkspaceLang(lang: Lang): void {
    this.workspaceLang.set(lang);
    try {
      this.storage?.setItem(WORKSPACE_LANG_KEY, lang);
    } catch {
      // Storage full or blocked (private mode): the choice lasts for this page only.
    }
  }

  /** Arrow function so templates can use a bare `t('key')` after `t = inject(I18n).t`. */
  readonly t = (key: MessageKey, params?: MessageParams): string =>
    translate(this.lang(), key, params);

  /** Picks the current language; an English text that is still missing falls back to Vietnamese. */
  readonly pick = (text: LocalizedText): string => (this.lang() === 'en' && text.en) || text.vi;
}

function storageOf(win: Window | null): Storage | null {
  try {
    return win?.localStorage ?? null;
  } catch {
    return null; // blocked by the browser's privacy settings
  }
}

function readLang(storage: Storage | null): Lang {
  try {
    const stored = storage?.getItem(WORKSPACE_LANG_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}
