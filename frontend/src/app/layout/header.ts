import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  ElementRef,
  inject,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

import { I18n } from '../core/i18n/i18n';
import { Settings } from '../core/settings/settings';
import { LangSwitch } from './lang-switch';

@Component({
  selector: 'app-header',
  imports: [RouterLink, RouterLinkActive, LangSwitch],
  templateUrl: './header.html',
  styleUrl: './header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Header {
  private readonly i18n = inject(I18n);
  private readonly settings = inject(Settings);
  private readonly document = inject(DOCUMENT);
  private readonly menuToggle = viewChild<ElementRef<HTMLButtonElement>>('menuToggle');

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly portalName = computed(() => this.i18n.pick(this.settings.value().portalName));

  /** Same page plus the anchor, so the link still makes sense when opened in a new tab. */
  protected readonly skipHref = computed(() => this.i18n.url().split('#')[0] + '#main-content');

  /** The mobile menu closes on every navigation (the source is the URL). */
  protected readonly menuOpen = linkedSignal({ source: this.i18n.url, computation: () => false });

  /**
   * With `<base href="/">` a bare `#main-content` would leave the page, and browsers differ in
   * whether a fragment moves keyboard focus: focus the main region explicitly.
   */
  protected skipToMain(event: Event): void {
    const main = this.document.getElementById('main-content');
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView?.();
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected closeMenu(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.menuToggle()?.nativeElement.focus();
  }
}
