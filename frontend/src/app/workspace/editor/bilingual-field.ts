import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import { I18n } from '../../core/i18n/i18n';

/**
 * One text in Vietnamese and English side by side (stacked on narrow screens), each with its own
 * label, `lang`, inline error and an "English missing" cue.
 */
@Component({
  selector: 'app-bilingual-field',
  imports: [ReactiveFormsModule],
  template: `
    <fieldset class="pair" [attr.aria-describedby]="hint() ? id() + '-hint' : null">
      <legend>{{ label() }} @if (required()) { <span class="req">{{ t('inquiries.required') }}</span> }</legend>
      @if (hint()) {
        <p class="hint" [id]="id() + '-hint'">{{ hint() }}</p>
      }
      <div class="pair__cols">
        <div class="field" [class.field--error]="errorVi()">
          <label class="label" [for]="id() + 'Vi'">{{ t('ws.lang.vi') }}</label>
          @if (errorVi(); as e) {
            <p class="error-message" [id]="id() + 'Vi-error'"><span class="visually-hidden">{{ t('inquiries.error.prefix') }}</span> {{ e }}</p>
          }
          @if (multiline()) {
            <textarea [id]="id() + 'Vi'" lang="vi" [rows]="rows()" [formControl]="vi()" [attr.aria-invalid]="errorVi() ? 'true' : null"
              [attr.aria-describedby]="errorVi() ? id() + 'Vi-error' : null"></textarea>
          } @else {
            <input class="input" type="text" [id]="id() + 'Vi'" lang="vi" [formControl]="vi()" [attr.aria-invalid]="errorVi() ? 'true' : null"
              [attr.aria-describedby]="errorVi() ? id() + 'Vi-error' : null" />
          }
        </div>
        <div class="field" [class.field--error]="errorEn()">
          <label class="label" [for]="id() + 'En'">{{ t('ws.lang.en') }}
            @if (missingEnglish()) { <span class="missing">{{ t('ws.english.missing') }}</span> }
          </label>
          @if (errorEn(); as e) {
            <p class="error-message" [id]="id() + 'En-error'"><span class="visually-hidden">{{ t('inquiries.error.prefix') }}</span> {{ e }}</p>
          }
          @if (multiline()) {
            <textarea [id]="id() + 'En'" lang="en" [rows]="rows()" [formControl]="en()" [attr.aria-invalid]="errorEn() ? 'true' : null"
              [attr.aria-describedby]="errorEn() ? id() + 'En-error' : null"></textarea>
          } @else {
            <input class="input" type="text" [id]="id() + 'En'" lang="en" [formControl]="en()" [attr.aria-invalid]="errorEn() ? 'true' : null"
              [attr.aria-describedby]="errorEn() ? id() + 'En-error' : null" />
          }
        </div>
      </div>
    </fieldset>
  `,
  styleUrl: './bilingual-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BilingualField {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;

  /** Prefix of the control ids: `{id}Vi`, `{id}En`. */
  readonly id = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly vi = input.required<FormControl<string>>();
  readonly en = input.required<FormControl<string>>();
  readonly multiline = input(false);
  readonly rows = input(4);
  readonly required = input(false);
  readonly errorVi = input<string | undefined>(undefined);
  readonly errorEn = input<string | undefined>(undefined);
  /** The editor's form value, so the "English missing" cue follows typing. */
  readonly values = input<{ vi: string; en: string } | null>(null);

  protected readonly missingEnglish = computed(() => {
    const v = this.values();
    return !!v && v.vi.trim() !== '' && v.en.trim() === '';
  });
}
