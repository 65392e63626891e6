import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  inject,
  Injector,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, FormGroup, FormControl, ReactiveFormsModule } from '@angular/forms';
import { map } from 'rxjs';

import { Api, type DepartmentDto, type DepartmentKind } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { describeFailure, httpError, isErrorBody } from '../../inquiries/api-errors';
import { ErrorSummary, type SummaryItem } from '../../inquiries/error-summary';
import {
  checkDepartment,
  type ContactRow,
  DEPARTMENT_KINDS,
  departmentField,
  type DepartmentError,
  type DepartmentFormValue,
  EMPTY_CONTACT,
  headIndex,
  toFormValue,
  toInput,
} from './departments';
import { failureKey } from './inquiry-settings';

type ContactGroup = FormGroup<{ [K in keyof ContactRow]: FormControl<string> }>;

const KIND_KEY: Readonly<Record<DepartmentKind, MessageKey>> = {
  department: 'admin.dept.kind.department',
  industrial_zone_board: 'admin.dept.kind.industrial_zone_board',
  commune: 'admin.dept.kind.commune',
  other: 'admin.dept.kind.other',
};

/** Element id of a form field (contacts by index). */
export function fieldId(field: DepartmentError): string {
  const m = /^contacts\.(\d+)\.(\w+)$/.exec(field);
  if (m) return `dep-c${m[1]}-${m[2]}`;
  return { code: 'dep-code', nameVi: 'dep-name-vi', addressEn: 'dep-addr-en' }[field as 'code'] ?? 'dep-code';
}

function errorKey(field: DepartmentError): MessageKey {
  if (field === 'code') return 'admin.dept.error.code';
  if (field === 'nameVi') return 'admin.dept.error.nameVi';
  if (field === 'addressEn') return 'admin.dept.error.address';
  if (field.endsWith('.name')) return 'admin.dept.error.contactName';
  if (field.endsWith('.positionVi')) return 'admin.dept.error.position';
  if (field.endsWith('.phone')) return 'admin.dept.error.phone';
  return 'admin.dept.error.email';
}

/** Departments with their address and contact officials: list, edit, add (admins). */
@Component({
  selector: 'app-department-list',
  imports: [ReactiveFormsModule, ErrorSummary],
  templateUrl: './department-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.scss',
})
export class DepartmentList {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly document = inject(DOCUMENT);
  private readonly summary = viewChild(ErrorSummary);

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly kinds = DEPARTMENT_KINDS;
  protected readonly fieldId = fieldId;

  private readonly loaded = rxResource({ stream: () => this.api.departments().pipe(map((d) => d.items)) });
  /** The list as loaded, then as saved here (the list answer is cached by browsers for minutes). */
  protected readonly items = linkedSignal<DepartmentDto[] | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  protected readonly loadFailed = computed(() => !!this.loaded.error());

  /** The department being edited: its id, 'new', or null when the form is closed. */
  protected readonly editing = signal<string | null>(null);
  protected readonly editingName = computed(() => {
    const id = this.editing();
    const d = this.items()?.find((x) => x.id === id);
    return d ? this.pick(d.name) : '';
  });

  protected readonly form = this.fb.group({
    code: [''],
    nameVi: [''],
    nameEn: [''],
    kind: ['department' as DepartmentKind],
    addressVi: [''],
    addressEn: [''],
    contacts: new FormArray<ContactGroup>([]),
  });
  /** Bumped on every contact change so the "head" marker follows the emails. */
  private readonly contactsVersion = signal(0);
  protected readonly head = computed(() => {
    this.contactsVersion();
    return headIndex(this.form.controls.contacts.getRawValue());
  });

  protected readonly saving = signal(false);
  protected readonly status = signal('');
  private readonly errors = signal<Partial<Record<DepartmentError, string>>>({});
  private readonly other = signal<string[]>([]);
  protected readonly errorText = this.errors.asReadonly();
  protected readonly summaryItems = computed<SummaryItem[]>(() => {
    const items: SummaryItem[] = (Object.entries(this.errors()) as [DepartmentError, string][])
      .filter(([, text]) => !!text)
      .map(([f, text]) => ({ target: fieldId(f), text }));
    for (const text of this.other()) items.push({ target: null, text });
    return items;
  });

  constructor() {
    this.form.controls.contacts.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.contactsVersion.update((v) => v + 1));
  }

  protected kindLabel(kind: DepartmentKind): string {
    return this.t(KIND_KEY[kind]);
  }

  protected headOf(d: DepartmentDto): string {
    const i = headIndex(d.contacts);
    return i < 0 ? this.t('admin.dept.noHead') : `${d.contacts[i].name} (${d.contacts[i].email})`;
  }

  protected err(field: DepartmentError): string | undefined {
    return this.errors()[field];
  }

  protected describedBy(field: DepartmentError, hint: string | null = null): string | null {
    const ids = [hint, this.err(field) ? `${fieldId(field)}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected open(d: DepartmentDto | null): void {
    this.fill(toFormValue(d));
    this.editing.set(d?.id ?? 'new');
    this.errors.set({});
    this.other.set([]);
    this.status.set('');
    afterNextRender(() => this.document.getElementById('dep-form-h')?.focus(), { injector: this.injector });
  }

  protected close(): void {
    const id = this.editing();
    this.editing.set(null);
    afterNextRender(() => this.document.getElementById(id && id !== 'new' ? `dep-edit-${id}` : 'dep-new')?.focus(), {
      injector: this.injector,
    });
  }

  protected addContact(): void {
    this.form.controls.contacts.push(this.contactGroup(EMPTY_CONTACT));
    const i = this.form.controls.contacts.length - 1;
    afterNextRender(() => this.document.getElementById(`dep-c${i}-name`)?.focus(), { injector: this.injector });
  }

  protected removeContact(i: number): void {
    const name = this.form.controls.contacts.at(i).controls.name.value;
    this.form.controls.contacts.removeAt(i);
    this.errors.set({});
    this.status.set(this.t('admin.dept.contactRemoved', { name: name || String(i + 1) }));
    afterNextRender(() => this.document.getElementById('dep-add-contact')?.focus(), { injector: this.injector });
  }

  protected save(): void {
    if (this.saving()) return;
    const v = this.form.getRawValue() as DepartmentFormValue;
    const found = checkDepartment(v);
    this.errors.set(Object.fromEntries(found.map((f) => [f, this.t(errorKey(f))])));
    this.other.set([]);
    this.status.set('');
    if (found.length > 0) return this.focusSummary();

    const id = this.editing();
    const body = toInput(v);
    const request =
      id && id !== 'new'
        ? this.api.patch('/api/v1/departments/{id}', body, { path: { id } })
        : this.api.post('/api/v1/departments', body);
    this.saving.set(true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.items.update((list) => {
          const rest = (list ?? []).filter((d) => d.id !== saved.id);
          return [...rest, saved].sort((a, b) => a.code.localeCompare(b.code));
        });
        this.editing.set(saved.id);
        this.fill(toFormValue(saved));
        this.status.set(this.t('admin.dept.saved', { name: this.pick(saved.name) }));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.showFailure(error);
        this.focusSummary();
      },
    });
  }

  private showFailure(error: unknown): void {
    const http = httpError(error);
    const body = http && isErrorBody(http.error) ? http.error : null;
    if (http?.status === 400 && body?.details?.length) {
      const fields: Partial<Record<DepartmentError, string>> = {};
      const other: string[] = [];
      for (const detail of body.details) {
        const field = departmentField(detail.field);
        if (field) fields[field] = this.t(errorKey(field));
        else other.push(this.t('inbox.error.other', { detail: `${detail.field}: ${(detail.messages ?? []).join('; ')}` }));
      }
      this.errors.set(fields);
      this.other.set(other);
      return;
    }
    const failure = describeFailure(error, []);
    this.other.set([failure.kind === 'conflict' ? this.t('admin.dept.error.conflict') : this.t(failureKey(failure.kind))]);
  }

  private fill(v: DepartmentFormValue): void {
    const contacts = this.form.controls.contacts;
    contacts.clear({ emitEvent: false });
    for (const c of v.contacts) contacts.push(this.contactGroup(c), { emitEvent: false });
    this.form.reset({ ...v, contacts: v.contacts });
    this.contactsVersion.update((n) => n + 1);
  }

  private contactGroup(c: ContactRow): ContactGroup {
    return this.fb.group({
      name: [c.name],
      positionVi: [c.positionVi],
      positionEn: [c.positionEn],
      phone: [c.phone],
      email: [c.email],
    });
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
