import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable } from 'rxjs';

import { Api, type Schemas } from '../../core/api/api';
import { I18n, registerMessages } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { isErrorBody, httpError } from '../../inquiries/api-errors';
import { taxonomiesEn, taxonomiesVi } from './messages';

registerMessages({ vi: taxonomiesVi, en: taxonomiesEn });

type ListName = 'sectors' | 'investment-forms' | 'units';
type Unit = Schemas['UnitDto'];
type UnitKind = Unit['kind'];

/** One row being written: a new entry (id null) or an edit. */
export interface Draft {
  list: ListName;
  id: string | null;
  code: string;
  nameVi: string;
  nameEn: string;
  kind: UnitKind;
  parentId: string;
  legacyName: string;
}

const KINDS: readonly UnitKind[] = ['province', 'ward', 'commune', 'special_zone'];

/** The request body for a draft: empty optional texts are sent as null ("not translated"). */
export function bodyOf(d: Draft): Record<string, unknown> {
  const base = { code: d.code.trim(), nameVi: d.nameVi.trim(), nameEn: d.nameEn.trim() || null };
  if (d.list !== 'units') return base;
  return { ...base, kind: d.kind, parentId: d.parentId || null, legacyName: d.legacyName.trim() || null };
}

/** Text of an API refusal: every field message, or the message. */
export function refusal(error: unknown): string {
  const body = httpError(error)?.error;
  if (!isErrorBody(body)) return String(httpError(error)?.status ?? 'network');
  return body.details?.length ? body.details.map((d) => `${d.field}: ${d.messages.join(', ')}`).join('; ') : body.message;
}

/** `/workspace/taxonomies` (admins): sectors, investment forms and administrative units, add and edit. */
@Component({
  selector: 'app-taxonomies',
  templateUrl: './taxonomies.html',
  styles: `
    .table-wrap { overflow-x: auto; }
    table { width: 100%; border-collapse: collapse; margin-bottom: 0.75rem; }
    th, td { padding: 0.375rem 0.5rem; border-bottom: 1px solid #c8ccd4; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
    input, select { width: 100%; min-width: 6rem; padding: 0.25rem; font: inherit; }
    .add { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.5rem 1rem; align-items: end; margin-bottom: 2rem; }
    .add label { display: block; font-weight: 700; }
    .muted { color: #555b66; }
    .problem { color: #b3261e; font-weight: 700; }
    .saved { color: #1d5e20; font-weight: 700; min-height: 1.6em; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Taxonomies {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly kinds = KINDS;
  protected readonly lists: readonly { name: ListName; label: MessageKey }[] = [
    { name: 'sectors', label: 'tax.sectors' },
    { name: 'investment-forms', label: 'tax.forms' },
    { name: 'units', label: 'tax.units' },
  ];

  protected readonly data = rxResource({ stream: () => this.api.get('/api/v1/taxonomies') });
  protected readonly editing = signal<Draft | null>(null);
  protected readonly adding = signal<Record<ListName, Draft>>({
    sectors: this.blank('sectors'),
    'investment-forms': this.blank('investment-forms'),
    units: this.blank('units'),
  });
  protected readonly problem = signal<{ list: ListName; text: string } | null>(null);
  protected readonly saved = signal('');
  protected readonly busy = signal(false);

  protected readonly rows = computed(() => {
    const d = this.data.hasValue() ? this.data.value() : null;
    return {
      sectors: d?.sectors ?? [],
      'investment-forms': d?.investmentForms ?? [],
      units: d?.units ?? [],
    } as Record<ListName, (Schemas['RefDto'] | Unit)[]>;
  });
  protected readonly provinces = computed(() => (this.data.hasValue() ? this.data.value().units.filter((u) => u.kind === 'province') : []));

  protected asUnit(row: Schemas['RefDto'] | Unit): Unit | null {
    return 'kind' in row ? row : null;
  }

  protected parentName(id: string | null): string {
    const parent = this.data.hasValue() ? this.data.value().units.find((u) => u.id === id) : undefined;
    return parent ? this.pick(parent.name) : this.t('tax.none');
  }

  protected startEdit(list: ListName, row: Schemas['RefDto'] | Unit): void {
    const unit = this.asUnit(row);
    this.problem.set(null);
    this.editing.set({
      list,
      id: row.id,
      code: row.code,
      nameVi: row.name.vi,
      nameEn: row.name.en ?? '',
      kind: unit?.kind ?? 'commune',
      parentId: unit?.parentId ?? '',
      legacyName: unit?.legacyName ?? '',
    });
  }

  protected setEdit(field: keyof Draft, value: string): void {
    const d = this.editing();
    if (d) this.editing.set({ ...d, [field]: value });
  }

  protected setAdd(list: ListName, field: keyof Draft, value: string): void {
    this.adding.update((all) => ({ ...all, [list]: { ...all[list], [field]: value } }));
  }

  protected save(draft: Draft): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.saved.set('');
    const body = bodyOf(draft) as never;
    const request: Observable<unknown> =
      draft.id === null
        ? draft.list === 'sectors'
          ? this.api.post('/api/v1/taxonomies/sectors', body)
          : draft.list === 'investment-forms'
            ? this.api.post('/api/v1/taxonomies/investment-forms', body)
            : this.api.post('/api/v1/taxonomies/units', body)
        : draft.list === 'sectors'
          ? this.api.patch('/api/v1/taxonomies/sectors/{id}', body, { path: { id: draft.id } })
          : draft.list === 'investment-forms'
            ? this.api.patch('/api/v1/taxonomies/investment-forms/{id}', body, { path: { id: draft.id } })
            : this.api.patch('/api/v1/taxonomies/units/{id}', body, { path: { id: draft.id } });
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.busy.set(false);
        this.saved.set(this.t('tax.saved', { name: draft.nameVi.trim() }));
        this.editing.set(null);
        if (draft.id === null) this.adding.update((all) => ({ ...all, [draft.list]: this.blank(draft.list) }));
        this.data.reload();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.problem.set({ list: draft.list, text: this.t('tax.error.save', { detail: refusal(err) }) });
      },
    });
  }

  private blank(list: ListName): Draft {
    return { list, id: null, code: '', nameVi: '', nameEn: '', kind: 'commune', parentId: '', legacyName: '' };
  }
}
