import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { I18n } from '../core/i18n/i18n';
import { Lang, LANG_NAMES, switchLangUrl } from '../core/i18n/lang';
import { Settings } from '../core/settings/settings';

/**
 * Link to the current page in the other language. The label is the language's own name
 * with `lang`/`hreflang`, so screen readers pronounce it correctly and visitors who do not
 * read the current language can still find it.
 */
@Component({
  selector: 'app-lang-switch',
  imports: [RouterLink],
  template: `
    @if (offered()) {
      <a
        class="lang-switch"
        [routerLink]="targetUrl()"
        [attr.hreflang]="target()"
        [attr.lang]="target()"
        >{{ targetName() }}</a
      >
    }
  `,
  styles: `
    .lang-switch {
      display: inline-block;
      padding: 0.375rem 0.75rem;
      border: 1px solid currentColor;
      border-radius: 0.25rem;
      color: inherit;
      font-weight: 600;
      text-decoration: none;
      white-space: nowrap;
    }
    .lang-switch:hover {
      text-decoration: underline;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LangSwitch {
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly settings = inject(Settings);

  protected readonly target = computed<Lang>(() => (this.i18n.lang() === 'vi' ? 'en' : 'vi'));
  protected readonly targetName = computed(() => LANG_NAMES[this.target()]);
  /** Hidden when the portal does not offer the other language (portal settings). */
  protected readonly offered = computed(() => this.settings.value().languages.includes(this.target()));
  protected readonly targetUrl = computed(() =>
    this.router.parseUrl(switchLangUrl(this.i18n.url(), this.target())),
  );
}
