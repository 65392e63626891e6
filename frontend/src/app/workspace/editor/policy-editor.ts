import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule } from '@angular/forms';
import { map, Observable } from 'rxjs';

import type { Schemas } from '../../core/api/api';
import { INCENTIVE_LABEL } from '../../policies/incentives';
import { Actions } from '../actions';
import { EnglishReview } from '../quality/english-review';
import { BilingualField } from './bilingual-field';
import { Documents } from './documents';
import { EditorBase } from './editor-base';
import { EditorBasics } from './editor-basics';
import { EditorActions, EditorTop } from './editor-parts';
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

type PolicyDto = Schemas['PolicyDto'];

@Component({
  selector: 'app-policy-editor',
  imports: [ReactiveFormsModule, EditorTop, EditorBasics, EditorActions, BilingualField, Documents, EnglishReview],
  templateUrl: './policy-editor.html',
  styleUrl: './editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyEditor extends EditorBase<PolicyControl, PolicyDto> {
  private readonly actions = inject(Actions);

  protected readonly controls = POLICY_CONTROLS;
  protected readonly listUrl = '/workspace/policies';
  protected readonly apiFields = POLICY_API_FIELDS;
  protected readonly incentiveTypes = INCENTIVE_TYPES;
  protected readonly incentiveLabel = INCENTIVE_LABEL;
  protected readonly pick = this.i18n.pick;

  protected readonly form = inject(FormBuilder).nonNullable.group(
    Object.fromEntries(Object.entries(EMPTY_POLICY).map(([k, v]) => [k, [v]])) as unknown as Record<keyof PolicyFormValue, [string]>,
  );
  protected readonly c = this.form.controls as unknown as { [K in keyof PolicyFormValue]: FormControl<PolicyFormValue[K]> };
  protected readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue() as unknown as PolicyFormValue)), {
    initialValue: EMPTY_POLICY,
  });


  protected readonly completeness = computed(() => policyCompleteness(this.value()));
  protected readonly publicUrl = computed(() => {
    const item = this.item();
    return item?.status === 'published' ? `/${this.lang()}/policies/${item.slug}` : null;
  });

  constructor() {
    super();
    this.start();
  }

  protected controlId(control: PolicyControl): string {
    if (control === 'incentiveTypes') return 'po-incentive-first';
    if (control === 'sectorIds') return 'po-sectors-heading';
    if (control === 'unitIds') return 'po-units-heading';
    return `po-${control}`;
  }

  protected fetch(id: string): Observable<PolicyDto> {
    return this.api.get('/api/v1/workspace/policies/{id}', { path: { id } });
  }

  protected resetForm(p: PolicyDto): void {
    this.form.reset(policyFormValue(p) as never);
  }

  protected toggleIn(control: 'incentiveTypes' | 'sectorIds' | 'unitIds', id: string, checked: boolean): void {
    const current = this.c[control].value;
    this.c[control].setValue(checked ? [...current, id] : current.filter((x) => x !== id));
    this.c[control].markAsDirty();
  }

  protected write(): Observable<PolicyDto> | null {
    const v = this.form.getRawValue() as unknown as PolicyFormValue;
    if (this.showClientErrors(validatePolicy(v, this.needDepartment()))) return null;
    const body = policyBody(v);
    const item = this.item();
    return item
      ? this.api.patch('/api/v1/workspace/policies/{id}', { ...body, version: item.version }, { path: { id: item.id } })
      : this.api.post('/api/v1/workspace/policies', this.needDepartment() ? { ...body, departmentId: v.departmentId } : body);
  }

  protected submit(id: string): Observable<PolicyDto> {
    return this.actions.post('/api/v1/workspace/policies/{id}/submit', { id });
  }

  protected remove(id: string): Observable<unknown> {
    return this.api.delete('/api/v1/workspace/policies/{id}', { path: { id } });
  }
}
