import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { Api, type Schemas } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { httpStatus } from '../../inquiries/api-errors';
import { formatBytes } from '../../shared/content/document-format';

type DocumentRef = Schemas['DocumentRefDto'];

/** Upload progress as a whole percentage (null while the total is unknown). */
export function uploadPercent(loaded: number, total: number | undefined): number | null {
  if (!total || total <= 0) return null;
  return Math.min(100, Math.round((loaded / total) * 100));
}

function uploadError(error: unknown): MessageKey {
  switch (httpStatus(error)) {
    case 413:
      return 'ws.docs.error.tooLarge';
    case 415:
    case 400:
      return 'ws.docs.error.type';
    case 409:
      return 'ws.docs.error.state';
    case 0:
      return 'ws.error.network';
    default:
      return 'ws.error.server';
  }
}

/**
 * Documents and images of a project or policy: list, delete, and upload with a progress bar.
 * Each change bumps the item's version on the server, so the editor reloads it (`changed`).
 */
@Component({
  selector: 'app-ws-documents',
  templateUrl: './documents.html',
  styleUrl: './documents.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Documents {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly destroyRef = inject(DestroyRef);

  readonly kind = input.required<'projects' | 'policies'>();
  readonly itemId = input.required<string>();
  readonly documents = input.required<readonly DocumentRef[]>();
  readonly readOnly = input(false);
  readonly changed = output<void>();

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly progress = signal<number | null>(null);
  protected readonly uploading = signal(false);
  protected readonly error = signal<MessageKey | null>(null);
  protected readonly status = signal<string>('');
  protected readonly titleVi = signal('');
  protected readonly titleEn = signal('');
  private file: File | null = null;

  protected size(bytes: number): string {
    return formatBytes(bytes, this.i18n.lang());
  }

  protected pickFile(input: HTMLInputElement): void {
    this.file = input.files?.[0] ?? null;
    if (this.file && !this.titleVi()) this.titleVi.set(this.file.name.replace(/\.[a-z0-9]+$/i, ''));
  }

  protected upload(fileInput: HTMLInputElement): void {
    this.error.set(null);
    if (!this.file) return this.error.set('ws.docs.error.noFile');
    if (!this.titleVi().trim()) return this.error.set('ws.docs.error.title');
    const form = new FormData();
    form.append('file', this.file);
    form.append('titleVi', this.titleVi().trim());
    if (this.titleEn().trim()) form.append('titleEn', this.titleEn().trim());
    this.uploading.set(true);
    this.progress.set(0);
    const path = { id: this.itemId() };
    const request =
      this.kind() === 'projects'
        ? this.api.upload('/api/v1/workspace/projects/{id}/documents', form, { path })
        : this.api.upload('/api/v1/workspace/policies/{id}/documents', form, { path });
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) this.progress.set(uploadPercent(event.loaded, event.total));
        if (event.type === HttpEventType.Response) {
          this.uploading.set(false);
          this.progress.set(null);
          this.file = null;
          fileInput.value = '';
          this.titleVi.set('');
          this.titleEn.set('');
          this.status.set(this.t('ws.docs.uploaded'));
          this.changed.emit();
        }
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.progress.set(null);
        this.error.set(uploadError(error));
      },
    });
  }

  protected remove(doc: DocumentRef): void {
    if (!globalThis.confirm?.(this.t('ws.docs.confirmDelete', { title: doc.title.vi }))) return;
    this.error.set(null);
    this.api
      .delete('/api/v1/workspace/documents/{id}', { path: { id: doc.id } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.status.set(this.t('ws.docs.deleted'));
          this.changed.emit();
        },
        error: (error: unknown) => this.error.set(uploadError(error)),
      });
  }
}
