import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, signal } from '@angular/core';

import { I18n } from '../../core/i18n/i18n';
import { MessageKey } from '../../core/i18n/vi';
import { ShareTarget, shareLinks, shareUrl } from './share-links';

let nextId = 0;

const LABEL: Readonly<Record<ShareTarget, MessageKey>> = {
  facebook: 'projects.share.facebook',
  zalo: 'projects.share.zalo',
  linkedin: 'projects.share.linkedin',
  x: 'projects.share.x',
  email: 'projects.share.email',
};

/**
 * Share links for the current page (Facebook, Zalo, LinkedIn, X, e-mail) and a "copy link"
 * button whose result is announced politely. Hidden when printing.
 */
@Component({
  selector: 'app-share',
  template: `
    <section class="share" [attr.aria-labelledby]="headingId">
      <h2 [id]="headingId" class="share__heading">{{ t('projects.share') }}</h2>
      <ul class="share__list">
        @for (link of links(); track link.target) {
          <li>
            @if (link.external) {
              <a [href]="link.href" target="_blank" rel="noopener noreferrer" [attr.data-share]="link.target"
                >{{ link.label }}<span class="visually-hidden"> {{ t('projects.share.newTab') }}</span></a
              >
            } @else {
              <a [href]="link.href" [attr.data-share]="link.target">{{ link.label }}</a>
            }
          </li>
        }
        <li>
          <button type="button" class="share__copy" (click)="copy()">{{ t('projects.share.copy') }}</button>
        </li>
      </ul>
      <p class="share__status" role="status" aria-live="polite">{{ status() }}</p>
    </section>
  `,
  styles: `
    .share__heading {
      margin: 0 0 0.5rem;
      font-size: 1.125rem;
    }
    .share__list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a,
    .share__copy {
      display: inline-flex;
      align-items: center;
      min-height: 2.75rem;
      padding: 0.375rem 0.875rem;
      border: 1px solid #163a70;
      border-radius: 0.25rem;
      background: #fff;
      color: #163a70;
      font: inherit;
      font-weight: 600;
      text-decoration: none;
      cursor: pointer;
    }
    a:hover,
    .share__copy:hover {
      text-decoration: underline;
    }
    .share__status {
      min-height: 1.5rem;
      margin: 0.5rem 0 0;
      overflow-wrap: anywhere;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Share {
  /** Title of the shared page (plain text). */
  readonly title = input.required<string>();
  /** App URL of the page, e.g. `/vi/projects/slug`; query and fragment are dropped. */
  readonly url = input.required<string>();

  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  protected readonly t = this.i18n.t;
  protected readonly headingId = `share-heading-${++nextId}`;
  protected readonly status = signal('');

  private readonly absolute = computed(() => shareUrl(this.document.location.origin, this.url()));

  protected readonly links = computed(() =>
    shareLinks(this.absolute(), this.title()).map((l) => ({
      ...l,
      label: this.t(LABEL[l.target]),
      external: l.target !== 'email',
    })),
  );

  protected async copy(): Promise<void> {
    const url = this.absolute();
    this.status.set('');
    try {
      const clipboard = this.document.defaultView?.navigator.clipboard;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(url);
      this.status.set(this.t('projects.share.copied'));
    } catch {
      this.status.set(this.t('projects.share.copyFailed', { url }));
    }
  }
}
