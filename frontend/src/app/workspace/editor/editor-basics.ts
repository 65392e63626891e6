import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ControlContainer, FormControl, ReactiveFormsModule } from '@angular/forms';

import { I18n, type LocalizedText } from '../../core/i18n/i18n';
import { BilingualField } from './bilingual-field';
import type { ItemBasics } from './item-form';

/**
 * The first fields of the project and policy editors, inside the editor's form: department
 * (admins creating an item), code, slug, title and summary. Element ids start with `prefix`.
 */
@Component({
  selector: 'app-ws-editor-basics',
  imports: [ReactiveFormsModule, BilingualField],
  // The controls belong to the editor's form group.
  viewProviders: [{ provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) }],
  template: `
    @let p = prefix();
    @if (needDepartment()) {
      <div class="field" [class.field--error]="errors().departmentId">
        <label class="label" [for]="p + '-departmentId'">{{ t('ws.field.department') }} <span class="req">{{ t('inquiries.required') }}</span></label>
        @if (errors().departmentId; as e) { <p class="error-message" [id]="p + '-departmentId-error'">{{ e }}</p> }
        <select [id]="p + '-departmentId'" formControlName="departmentId" [attr.aria-describedby]="describedBy('departmentId')" [attr.aria-invalid]="errors().departmentId ? 'true' : null">
          <option value="">{{ t('ws.choose') }}</option>
          @for (d of departments(); track d.id) { <option [value]="d.id">{{ pick(d.name) }}</option> }
        </select>
      </div>
    }
    <div class="row">
      <div class="field" [class.field--error]="errors().code">
        <label class="label" [for]="p + '-code'">{{ t('ws.field.code') }} <span class="req">{{ t('inquiries.required') }}</span></label>
        <p class="hint" [id]="p + '-code-hint'">{{ t('ws.field.codeHint') }}</p>
        @if (errors().code; as e) { <p class="error-message" [id]="p + '-code-error'">{{ e }}</p> }
        <input class="input" [id]="p + '-code'" type="text" formControlName="code" spellcheck="false" autocapitalize="characters"
          [attr.aria-describedby]="describedBy('code', p + '-code-hint')" [attr.aria-invalid]="errors().code ? 'true' : null" />
      </div>
      <div class="field" [class.field--error]="errors().slug">
        <label class="label" [for]="p + '-slug'">{{ t('ws.field.slug') }} <span class="req">{{ t('inquiries.optional') }}</span></label>
        <p class="hint" [id]="p + '-slug-hint'">{{ t('ws.field.slugHint') }}</p>
        @if (errors().slug; as e) { <p class="error-message" [id]="p + '-slug-error'">{{ e }}</p> }
        <input class="input" [id]="p + '-slug'" type="text" formControlName="slug" spellcheck="false"
          [attr.aria-describedby]="describedBy('slug', p + '-slug-hint')" [attr.aria-invalid]="errors().slug ? 'true' : null" />
      </div>
    </div>
    <app-bilingual-field [id]="p + '-title'" [label]="t('ws.field.title')" [required]="true" [vi]="controls().titleVi" [en]="controls().titleEn"
      [values]="{ vi: values().titleVi, en: values().titleEn }" [errorVi]="errors().titleVi" [errorEn]="errors().titleEn" />
    <app-bilingual-field [id]="p + '-summary'" [label]="t('ws.field.summary')" [required]="true" [multiline]="true" [rows]="3" [vi]="controls().summaryVi" [en]="controls().summaryEn"
      [values]="{ vi: values().summaryVi, en: values().summaryEn }" [errorVi]="errors().summaryVi" [errorEn]="errors().summaryEn" />
  `,
  styleUrl: './editor-parts.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorBasics {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  /** Id prefix: `pe` (projects), `po` (policies). */
  readonly prefix = input.required<string>();
  readonly needDepartment = input.required<boolean>();
  readonly departments = input.required<readonly { id: string; name: LocalizedText }[]>();
  readonly controls = input.required<Readonly<Record<'titleVi' | 'titleEn' | 'summaryVi' | 'summaryEn', FormControl<string>>>>();
  readonly values = input.required<ItemBasics>();
  readonly errors = input.required<Partial<Record<keyof ItemBasics, string>>>();

  protected describedBy(control: keyof ItemBasics, ...hints: string[]): string | null {
    const ids = [...hints];
    if (this.errors()[control]) ids.push(`${this.prefix()}-${control}-error`);
    return ids.length ? ids.join(' ') : null;
  }
}
