import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map, Observable, of, switchMap } from 'rxjs';

import { Api, type Schemas } from '../../core/api/api';
import { ErrorSummary } from '../../inquiries/error-summary';
import { INCENTIVE_LABEL } from '../../policies/incentives';
import { Actions } from '../actions';
import { StatusBadge } from '../status-badge';
import { BilingualField } from './bilingual-field';
import { completenessPercent } from './completeness';
import { Documents } from './documents';
import { EditorBase } from './editor-base';
import { editorFailure } from './form-errors';
import {
  EMPTY_POLICY,
  INCENTIVE_TYPES,
  POLICY_API_FIELDS,
  POLICY_CONTROLS,
  policyBody,
  policyCompleteness,
  policyFormValue,
  type PolicyControl,
  type PolicyFormValue,
  validatePolicy,
} from './policy-form';
import { canEditItem } from './project-editor';

type PolicyDto = Schemas['PolicyDto'];

@Component({
  selector: 'app-policy-editor',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, BilingualField, Documents, StatusBadge],
  templateUrl: './policy-editor.html',
  styleUrl: './editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyEditor extends EditorBase<PolicyControl> {
  private readonly api = inject(Api);
  private readonly actions = inject(Actions);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly controls = POLICY_CONTROLS;
  protected readonly incentiveTypes = INCENTIVE_TYPES;
  protected readonly incentiveLabel = INCENTIVE_LABEL;
  protected readonly pick = this.i18n.pick;

  protected readonly id = this.route.snapshot.paramMap.get('id');
  protected readonly item = signal<PolicyDto | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group(
    Object.fromEntries(Object.entries(EMPTY_POLICY).map(([k, v]) => [k, [v]])) as unknown as Record<keyof PolicyFormValue, [string]>,
  );
  protected readonly c = this.form.controls as unknown as { [K in keyof PolicyFormValue]: FormControl<PolicyFormValue[K]> };
  protected readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue() as unknown as PolicyFormValue)), {
    initialValue: EMPTY_POLICY,
  });

  protected readonly taxonomies = rxResource({ stream: () => this.api.get('/api/v1/taxonomies') });
  protected readonly departments = rxResource({
    params: () => (this.id === null && this.session.role() === 'admin' ? true : undefined),
    stream: () => this.api.departments(),
  });

  protected readonly needDepartment = computed(() => this.id === null && this.session.role() === 'admin');
  protected readonly status = computed(() => this.item()?.status ?? 'draft');
  protected readonly editable = computed(() => canEditItem(this.session.role(), this.status()));
  protected readonly completeness = computed(() => policyCompleteness(this.value()));
  protected readonly completenessPct = computed(() => completenessPercent(this.completeness()));
  protected readonly publicUrl = computed(() => {
    const item = this.item();
    return item?.status === 'published' ? `/${this.lang()}/policies/${item.slug}` : null;
  });
  protected readonly previewOpen = signal(false);

  constructor() {
    super();
    const carried = this.router.getCurrentNavigation()?.extras.state?.['wsNotice'];
    if (carried === 'ws.saved' || carried === 'ws.submitted') this.notice.set(carried);
    if (this.id) this.load(this.id);
  }

  protected controlId(control: PolicyControl): string {
    if (control === 'incentiveTypes') return 'po-incentive-first';
    if (control === 'sectorIds') return 'po-sectors-heading';
    if (control === 'unitIds') return 'po-units-heading';
    return `po-${control}`;
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  private load(id: string, keepForm = false): void {
    this.api
      .get('/api/v1/workspace/policies/{id}', { path: { id } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (p) => this.applyItem(p, keepForm), error: () => this.loadError.set(true) });
  }

  private applyItem(p: PolicyDto, keepForm = false): void {
    this.item.set(p);
    this.loadError.set(false);
    if (!keepForm) this.form.reset(policyFormValue(p) as never);
    if (this.editable()) this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
  }

  protected reload(): void {
    if (!this.id) return;
    this.clearErrors();
    this.load(this.id);
  }

  protected toggleIn(control: 'incentiveTypes' | 'sectorIds' | 'unitIds', id: string, checked: boolean): void {
    const current = this.c[control].value;
    this.c[control].setValue(checked ? [...current, id] : current.filter((x) => x !== id));
    this.c[control].markAsDirty();
  }

  private save(): Observable<PolicyDto | null> {
    const v = this.form.getRawValue() as unknown as PolicyFormValue;
    if (this.showClientErrors(validatePolicy(v, this.needDepartment()))) return of(null);
    const body = policyBody(v);
    const item = this.item();
    const request: Observable<PolicyDto> = item
      ? this.api.patch('/api/v1/workspace/policies/{id}', { ...body, version: item.version }, { path: { id: item.id } })
      : this.api.post('/api/v1/workspace/policies', this.needDepartment() ? { ...body, departmentId: v.departmentId } : body);
    return request.pipe(
      map((saved) => {
        this.applyItem(saved);
        return saved;
      }),
    );
  }

  protected saveDraft(): void {
    this.run(() => this.save(), 'ws.saved');
  }

  protected submitForReview(): void {
    this.run(() =>
      (this.hasUnsavedChanges() || !this.item() ? this.save() : of(this.item())).pipe(switchMap((s) => (s ? this.actions.post('/api/v1/workspace/policies/{id}/submit', { id: s.id }) : of(null)))),
      'ws.submitted',
    );
  }

  protected deleteDraft(): void {
    const item = this.item();
    if (!item || !globalThis.confirm?.(this.t('ws.confirmDelete'))) return;
    this.busy.set(true);
    this.api.delete('/api/v1/workspace/policies/{id}', { path: { id: item.id } }).subscribe({
      next: () => {
        this.form.markAsPristine();
        void this.router.navigateByUrl('/workspace/policies');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.showFailure(editorFailure(error, POLICY_API_FIELDS));
      },
    });
  }

  /** Clears old errors first, then saves (the factory may show new client-side errors). */
  private run(make: () => Observable<PolicyDto | null>, done: 'ws.saved' | 'ws.submitted'): void {
    if (this.busy()) return;
    this.clearErrors();
    this.busy.set(true);
    const wasNew = !this.item();
    make().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.busy.set(false);
        if (!saved) return;
        this.applyItem(saved);
        this.notice.set(done);
        if (wasNew) void this.router.navigate(['/workspace/policies', saved.id], { replaceUrl: true, state: { wsNotice: done } });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.showFailure(editorFailure(error, POLICY_API_FIELDS));
      },
    });
  }

  protected documentsChanged(): void {
    const item = this.item();
    if (item) this.load(item.id, true);
  }

  protected text(vi: string, en: string): { text: string; fallback: boolean } {
    if (this.lang() === 'en' && en.trim()) return { text: en, fallback: false };
    return { text: vi, fallback: this.lang() === 'en' };
  }
}
