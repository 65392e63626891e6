import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subscription } from 'rxjs';

import { Api, DepartmentDto, DepartmentKind } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import { MessageKey } from '../core/i18n/vi';
import { Settings } from '../core/settings/settings';
import { MapMarker, MapView } from '../shared/map/map';

type DepartmentsState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'loaded'; items: readonly DepartmentDto[] };

const KIND_LABEL: Readonly<Record<DepartmentKind, MessageKey>> = {
  department: 'department.kind.department',
  industrial_zone_board: 'department.kind.industrial_zone_board',
  commune: 'department.kind.commune',
  other: 'department.kind.other',
};

interface DepartmentView {
  id: string;
  name: string;
  /** True when English is shown but only the Vietnamese name exists. */
  untranslated: boolean;
  kind: string;
}

@Component({
  selector: 'app-home',
  imports: [MapView],
  templateUrl: './home.html',
  styleUrl: './home.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Home {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly settings = inject(Settings);
  private readonly destroyRef = inject(DestroyRef);
  private request?: Subscription;

  protected readonly t = this.i18n.t;
  protected readonly portalName = computed(() => this.i18n.pick(this.settings.value().portalName));
  protected readonly state = signal<DepartmentsState>({ status: 'loading' });

  private readonly items = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.items : [];
  });

  protected readonly departments = computed<DepartmentView[]>(() => {
    const english = this.i18n.lang() === 'en';
    return this.items().map((d) => ({
      id: d.id,
      name: this.i18n.pick(d.name),
      untranslated: english && !d.name.en,
      kind: this.t(KIND_LABEL[d.kind] ?? 'department.kind.other'),
    }));
  });

  protected readonly markers = computed<MapMarker[]>(() =>
    this.items().flatMap((d) =>
      d.office ? [{ lat: d.office.lat, lng: d.office.lng, label: this.i18n.pick(d.name) }] : [],
    ),
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.request?.unsubscribe();
    this.state.set({ status: 'loading' });
    this.request = this.api
      .departments()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => this.state.set({ status: 'loaded', items: list.items }),
        error: () => this.state.set({ status: 'error' }),
      });
  }
}
