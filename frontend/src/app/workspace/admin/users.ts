import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { map, Observable } from 'rxjs';

import { Api, type Schemas } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { describeFailure } from '../../inquiries/api-errors';
import { ErrorSummary, type SummaryItem } from '../../inquiries/error-summary';
import { failureKey } from './inquiry-settings';

type User = Schemas['UserDto'];
type Role = Schemas['Role'];
const ROLES: readonly Role[] = ['officer', 'editor', 'admin'];
const ROLE_LABEL: Readonly<Record<Role, MessageKey>> = { officer: 'ws.role.officer', editor: 'ws.role.editor', admin: 'ws.role.admin' };
const INVITE_FIELDS = ['email', 'displayName', 'departmentId'] as const;
type InviteField = (typeof INVITE_FIELDS)[number];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Officers belong to a department; editors and admins to none. */
export function inviteErrors(v: { email: string; displayName: string; role: Role; departmentId: string }): Partial<Record<InviteField, MessageKey>> {
  const errors: Partial<Record<InviteField, MessageKey>> = {};
  if (!EMAIL.test(v.email.trim())) errors.email = 'admin.users.error.email';
  if (v.displayName.trim().length < 2) errors.displayName = 'admin.users.error.name';
  if (v.role === 'officer' && !v.departmentId) errors.departmentId = 'admin.users.error.department';
  return errors;
}

/** Accounts (admins): list, invite, change role or department, disable and enable. */
@Component({
  selector: 'app-users',
  imports: [ReactiveFormsModule, ErrorSummary],
  templateUrl: './users.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Users {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly summary = viewChild(ErrorSummary);

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly roles = ROLES;
  protected readonly roleLabel = ROLE_LABEL;

  protected readonly users = rxResource({ stream: () => this.api.get('/api/v1/users') });
  protected readonly departments = rxResource({ stream: () => this.api.departments().pipe(map((d) => d.items)) });
  protected readonly departmentName = computed(() => {
    const names = new Map<string, string>();
    for (const d of this.departments.hasValue() ? this.departments.value() : []) names.set(d.id, this.pick(d.name));
    return names;
  });

  /** Unsaved role/department edits per user id. */
  protected readonly edits = signal<Record<string, { role: Role; departmentId: string }>>({});
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly rowAlert = signal<string | null>(null);

  protected readonly invite = inject(FormBuilder).nonNullable.group({
    email: [''],
    displayName: [''],
    role: ['officer' as Role],
    departmentId: [''],
  });
  private readonly inviteErrorKeys = signal<Partial<Record<InviteField, MessageKey>>>({});
  private readonly inviteOther = signal<string[]>([]);
  protected readonly errorText = computed(() => {
    const texts: Partial<Record<InviteField, string>> = {};
    for (const [f, key] of Object.entries(this.inviteErrorKeys()) as [InviteField, MessageKey][]) texts[f] = this.t(key);
    return texts;
  });
  protected readonly summaryItems = computed<SummaryItem[]>(() => {
    const texts = this.errorText();
    const items: SummaryItem[] = INVITE_FIELDS.filter((f) => texts[f]).map((f) => ({ target: `inv-${f}`, text: texts[f]! }));
    for (const text of this.inviteOther()) items.push({ target: null, text });
    return items;
  });

  protected edit(user: User): { role: Role; departmentId: string } {
    return this.edits()[user.id] ?? { role: user.role, departmentId: user.departmentId ?? '' };
  }

  protected change(user: User, patch: Partial<{ role: Role; departmentId: string }>): void {
    this.edits.update((all) => ({ ...all, [user.id]: { ...this.edit(user), ...patch } }));
  }

  protected save(user: User): void {
    const e = this.edit(user);
    this.update(user, { role: e.role, departmentId: e.role === 'officer' ? e.departmentId || null : null });
  }

  protected toggle(user: User): void {
    this.update(user, { disabled: !user.disabled });
  }

  private update(user: User, body: Schemas['UpdateUserDto']): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.rowAlert.set(null);
    this.status.set('');
    this.api
      .patch('/api/v1/users/{id}', body, { path: { id: user.id } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.edits.update(({ [user.id]: _, ...rest }) => rest);
          this.status.set(this.t('admin.users.saved', { name: user.displayName }));
          this.users.reload();
        },
        error: (error: unknown) => {
          this.busy.set(false);
          const failure = describeFailure(error, []);
          this.rowAlert.set(
            failure.kind === 'conflict' || failure.kind === 'invalid'
              ? this.t('admin.users.error.conflict')
              : this.t(failureKey(failure.kind)),
          );
        },
      });
  }

  protected sendInvite(): void {
    if (this.busy()) return;
    const v = this.invite.getRawValue();
    const errors = inviteErrors(v);
    this.inviteErrorKeys.set(errors);
    this.inviteOther.set([]);
    this.status.set('');
    if (Object.keys(errors).length > 0) return this.focusSummary();
    this.busy.set(true);
    const request: Observable<User> = this.api.post('/api/v1/users/invite', {
      email: v.email.trim(),
      displayName: v.displayName.trim(),
      role: v.role,
      departmentId: v.role === 'officer' ? v.departmentId : null,
    });
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (user) => {
        this.busy.set(false);
        this.invite.reset({ role: 'officer' });
        this.status.set(this.t('admin.users.invite.sent', { email: user.email }));
        this.users.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const failure = describeFailure(error, INVITE_FIELDS);
        if (failure.kind === 'invalid') {
          const mapped: Partial<Record<InviteField, MessageKey>> = {};
          if (failure.fields.email) mapped.email = 'admin.users.error.email';
          if (failure.fields.displayName) mapped.displayName = 'admin.users.error.name';
          if (failure.fields.departmentId) mapped.departmentId = 'admin.users.error.department';
          this.inviteErrorKeys.set(mapped);
          this.inviteOther.set(failure.other.map((detail) => this.t('inbox.error.other', { detail })));
        } else {
          this.inviteOther.set([this.t(failure.kind === 'conflict' ? 'admin.users.error.conflict' : failureKey(failure.kind))]);
        }
        this.focusSummary();
      },
    });
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
