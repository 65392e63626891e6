import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Meta, Title } from '@angular/platform-browser';
import { Router, RouterLink, RouterLinkActive, RouterOutlet, TitleStrategy } from '@angular/router';

import { Api } from '../core/api/api';
import { I18n, isMessageKey } from '../core/i18n/i18n';
import { Lang, LANG_NAMES } from '../core/i18n/lang';
import type { MessageKey } from '../core/i18n/vi';
import { Settings } from '../core/settings/settings';
import { SIGN_IN_URL } from './guards';
import { Session } from './session';

interface NavItem {
  path: string;
  key: MessageKey;
}

/** What each role may open, in menu order. */
export function navFor(role: 'officer' | 'editor' | 'admin' | null): NavItem[] {
  switch (role) {
    case 'officer':
      return [
        { path: '/workspace/projects', key: 'ws.nav.myProjects' },
        { path: '/workspace/policies', key: 'ws.nav.myPolicies' },
        { path: '/workspace/inbox', key: 'ws.nav.inbox' },
        { path: '/workspace/widgets', key: 'ws.nav.widgets' },
        { path: '/workspace/analytics', key: 'ws.nav.analytics' },
      ];
    case 'editor':
      return [
        { path: '/workspace/review', key: 'ws.nav.review' },
        { path: '/workspace/projects', key: 'ws.nav.allProjects' },
        { path: '/workspace/policies', key: 'ws.nav.allPolicies' },
        { path: '/workspace/inbox', key: 'ws.nav.inbox' },
        { path: '/workspace/widgets', key: 'ws.nav.widgets' },
        { path: '/workspace/analytics', key: 'ws.nav.analytics' },
        { path: '/workspace/scoreboard', key: 'ws.nav.scoreboard' },
      ];
    case 'admin':
      return [
        { path: '/workspace/review', key: 'ws.nav.review' },
        { path: '/workspace/projects', key: 'ws.nav.allProjects' },
        { path: '/workspace/policies', key: 'ws.nav.allPolicies' },
        { path: '/workspace/inbox', key: 'ws.nav.inbox' },
        { path: '/workspace/widgets', key: 'ws.nav.widgets' },
        { path: '/workspace/analytics', key: 'ws.nav.analytics' },
        { path: '/workspace/scoreboard', key: 'ws.nav.scoreboard' },
        { path: '/workspace/admin', key: 'ws.nav.admin' },
        { path: '/workspace/taxonomies', key: 'ws.nav.taxonomies' },
        // No API says whether the development mailbox is on: shown to admins only.
        { path: '/workspace/dev-mail', key: 'ws.nav.devMail' },
      ];
    default:
      return [];
  }
}

/**
 * Chrome of every `/workspace/...` page: who is signed in, the language toggle (workspace URLs
 * carry no language, see I18n), sign-out and the menu of what the role may do. It also keeps the
 * document title and `<html lang>` in the workspace language and tells crawlers not to index.
 */
@Component({
  selector: 'app-workspace-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkspaceShell {
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly api = inject(Api);
  private readonly settings = inject(Settings);
  private readonly document = inject(DOCUMENT);
  private readonly title = inject(Title);
  private readonly meta = inject(Meta);
  private readonly titleStrategy = inject(TitleStrategy);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly me = this.session.me;
  protected readonly nav = computed(() => navFor(this.session.role()));
  protected readonly otherLang = computed<Lang>(() => (this.lang() === 'vi' ? 'en' : 'vi'));
  protected readonly otherLangName = computed(() => LANG_NAMES[this.otherLang()]);
  /** A real fragment link on this page, so axe and browsers treat it as a skip link. */
  protected readonly skipHref = computed(() => this.i18n.url().split('#')[0] + '#ws-main');
  protected readonly signingOut = signal(false);
  protected readonly signOutFailed = signal(false);

  private readonly departments = rxResource({
    params: () => (this.me()?.departmentId ? true : undefined),
    stream: () => this.api.departments(),
  });
  protected readonly department = computed(() => {
    const id = this.me()?.departmentId;
    const list = this.departments.hasValue() ? this.departments.value().items : [];
    const found = list.find((d) => d.id === id);
    return found ? this.i18n.pick(found.name) : null;
  });
  protected readonly roleName = computed(() => {
    const role = this.session.role();
    return role ? this.t(`ws.role.${role}`) : '';
  });

  constructor() {
    effect(() => {
      const lang = this.lang();
      this.i18n.url();
      untracked(() => this.applyPageMeta(lang));
    });
    this.meta.updateTag({ name: 'robots', content: 'noindex' });
    inject(DestroyRef).onDestroy(() => this.meta.removeTag('name="robots"'));
  }

  protected toggleLang(): void {
    this.i18n.setWorkspaceLang(this.otherLang());
  }

  protected async signOut(): Promise<void> {
    if (this.signingOut()) return;
    this.signingOut.set(true);
    this.signOutFailed.set(false);
    try {
      await this.session.signOut();
      await this.router.navigateByUrl(SIGN_IN_URL);
    } catch {
      this.signOutFailed.set(true);
    } finally {
      this.signingOut.set(false);
    }
  }

  protected skipToMain(event: Event): void {
    const main = this.document.getElementById('ws-main');
    if (!main) return;
    event.preventDefault();
    main.focus();
  }

  /** The title strategy titles pages in the URL's language; the workspace has its own. */
  private applyPageMeta(lang: 'vi' | 'en'): void {
    const key = this.titleStrategy.buildTitle(this.router.routerState.snapshot);
    const page = isMessageKey(key) ? this.i18n.t(key) : null;
    const portal = this.settings.value().portalName[lang];
    const parts = [page, this.i18n.t('ws.brand'), portal].filter(Boolean);
    this.title.setTitle(parts.join(' | '));
    this.document.documentElement.lang = lang;
  }
}
