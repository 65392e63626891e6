import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import type { Schemas } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import { fileTypeLabel, formatBytes } from './document-format';

type PublicDocument = Schemas['PublicDocumentDto'];

/**
 * Files to download, each with its type and size so investors on slow links know what they get.
 * The page provides the heading; this renders the list only.
 */
@Component({
  selector: 'app-document-list',
  template: `
    <ul class="documents">
      @for (doc of items(); track doc.id) {
        <li>
          <a [href]="doc.url" [attr.type]="doc.mimeType">{{ doc.title }}</a>
          @if (doc.details) {
            <span class="documents__details">({{ doc.details }})</span>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .documents {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      padding: 0.5rem 0;
      border-bottom: 1px solid #c8ccd4;
      overflow-wrap: anywhere;
    }
    .documents__details {
      margin-left: 0.375rem;
      color: #4a4a4a;
      font-size: 0.9375rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentList {
  readonly documents = input.required<readonly PublicDocument[]>();

  private readonly i18n = inject(I18n);

  protected readonly items = computed(() => {
    const lang = this.i18n.lang();
    return this.documents().map((d) => ({
      id: d.id,
      url: d.url,
      mimeType: d.mimeType,
      title: d.title || d.fileName,
      details: [fileTypeLabel(d.mimeType, d.fileName), formatBytes(d.sizeBytes, lang)]
        .filter(Boolean)
        .join(', '),
    }));
  });
}
