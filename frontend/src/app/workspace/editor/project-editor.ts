import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map, Observable, of, switchMap } from 'rxjs';

import { Api, type Schemas } from '../../core/api/api';
import type { MessageKey } from '../../core/i18n/vi';
import { formatVnd } from '../../shared/format/format';
import { ErrorSummary } from '../../inquiries/error-summary';
import { type MapMarker, type MapMarkerMove, type MapPoint, MapView } from '../../shared/map/map';
import { Actions } from '../actions';
import { StatusBadge } from '../status-badge';
import { BilingualField } from './bilingual-field';
import { completenessPercent } from './completeness';
import { Documents } from './documents';
import { EditorBase } from './editor-base';
import { editorFailure } from './form-errors';
import { closeRing, formatVertices, type LngLat, parseVertices } from './polygon';
import {
  EMPTY_PROJECT,
  LAND_STATUS_KINDS,
  PROJECT_API_FIELDS,
  PROJECT_CONTROLS,
  projectBody,
  projectCompleteness,
  projectFormValue,
  type LandStatusKind,
  type ProjectControl,
  type ProjectFormValue,
  validateProject,
} from './project-form';

type ProjectDto = Schemas['ProjectDto'];

/** Officers may change an item only before it is published; admins always; editors never. */
export function canEditItem(role: string | null, status: string): boolean {
  if (role === 'admin') return true;
  return role === 'officer' && ['draft', 'rejected', 'submitted'].includes(status);
}

@Component({
  selector: 'app-project-editor',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, BilingualField, Documents, MapView, StatusBadge],
  templateUrl: './project-editor.html',
  styleUrl: './editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectEditor extends EditorBase<ProjectControl> {
  private readonly api = inject(Api);
  private readonly actions = inject(Actions);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly controls = PROJECT_CONTROLS;
  protected readonly landKinds = LAND_STATUS_KINDS;
  protected readonly landLabel: Readonly<Record<LandStatusKind, MessageKey>> = {
    cleared: 'projects.land.cleared',
    clearing: 'projects.land.clearing',
    not_cleared: 'projects.land.not_cleared',
    industrial_zone: 'projects.land.industrial_zone',
  };
  protected readonly pick = this.i18n.pick;

  protected readonly id = this.route.snapshot.paramMap.get('id');
  protected readonly item = signal<ProjectDto | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    ...Object.fromEntries(Object.entries(EMPTY_PROJECT).map(([k, v]) => [k, [v]])),
  } as unknown as Record<keyof ProjectFormValue, [string]>);
  /** Typed view of the controls (the group above is built from EMPTY_PROJECT). */
  protected readonly c = this.form.controls as unknown as {
    [K in keyof ProjectFormValue]: import('@angular/forms').FormControl<ProjectFormValue[K]>;
  };
  protected readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue() as unknown as ProjectFormValue)), {
    initialValue: EMPTY_PROJECT,
  });

  protected readonly vertices = signal<LngLat[]>([]);
  private readonly plotDirty = signal(false);
  protected readonly drawing = signal(false);
  protected readonly plotText = computed(() => formatVertices(this.vertices()));
  protected readonly plotTextError = signal<number | null>(null);
  protected readonly mapCenter = signal<MapPoint | undefined>(undefined);
  protected readonly previewOpen = signal(false);

  protected readonly taxonomies = rxResource({ stream: () => this.api.get('/api/v1/taxonomies') });
  protected readonly departments = rxResource({
    params: () => (this.id === null && this.session.role() === 'admin' ? true : undefined),
    stream: () => this.api.departments(),
  });
  private readonly policyList = rxResource({
    stream: () => this.api.get('/api/v1/workspace/policies', { query: { pageSize: 100 } }),
  });
  /** Policies that may be linked: the workspace list (not archived) plus those already linked. */
  protected readonly policyOptions = computed(() => {
    const list = this.policyList.hasValue() ? this.policyList.value().items.filter((p) => p.status !== 'archived') : [];
    const options = list.map((p) => ({ id: p.id, title: p.title }));
    for (const linked of this.item()?.policies ?? []) {
      if (!options.some((o) => o.id === linked.id)) options.push({ id: linked.id, title: linked.title });
    }
    return options;
  });

  protected readonly needDepartment = computed(() => this.id === null && this.session.role() === 'admin');
  protected readonly status = computed(() => this.item()?.status ?? 'draft');
  protected readonly editable = computed(() => canEditItem(this.session.role(), this.status()));
  protected readonly completeness = computed(() => projectCompleteness(this.value()));
  protected readonly completenessPct = computed(() => completenessPercent(this.completeness()));
  protected readonly publicUrl = computed(() => {
    const item = this.item();
    return item && (item.status === 'published' || item.status === 'awarded') ? `/${this.lang()}/projects/${item.slug}` : null;
  });

  protected readonly point = computed<MapPoint | null>(() => {
    const lat = Number(this.value().lat.replace(',', '.'));
    const lng = Number(this.value().lng.replace(',', '.'));
    return this.value().lat.trim() && this.value().lng.trim() && Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
      ? { lat, lng }
      : null;
  });
  protected readonly markers = computed<MapMarker[]>(() => {
    const point = this.point();
    const out: MapMarker[] = point ? [{ ...point, label: this.t('ws.map.point') }] : [];
    this.vertices().forEach(([lng, lat], i) => out.push({ lat, lng, label: this.t('ws.map.vertex', { n: i + 1 }) }));
    return out;
  });
  protected readonly polygon = computed(() => {
    const v = this.vertices();
    return closeRing(v) ?? (v.length >= 3 ? v : null);
  });

  constructor() {
    super();
    // A draft just created here: the page was reopened at its own URL; say that it was saved.
    const carried = this.router.getCurrentNavigation()?.extras.state?.['wsNotice'];
    if (carried === 'ws.saved' || carried === 'ws.submitted') this.notice.set(carried);
    if (this.id) this.load(this.id);
    else if (this.session.role() === 'officer' && this.session.me()?.departmentId) {
      this.c.departmentId.setValue(this.session.me()!.departmentId!);
    }
  }

  protected controlId(control: ProjectControl): string {
    if (control === 'sectorIds') return 'pe-sectors-first';
    if (control === 'policyIds') return 'pe-policies-heading';
    return `pe-${control}`;
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty || this.plotDirty();
  }

  private load(id: string, keepForm = false): void {
    this.api
      .get('/api/v1/workspace/projects/{id}', { path: { id } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (p) => this.applyItem(p, keepForm),
        error: () => this.loadError.set(true),
      });
  }

  /** Shows a project from the API; `keepForm` keeps the user's unsaved edits (after an upload). */
  private applyItem(p: ProjectDto, keepForm = false): void {
    this.item.set(p);
    this.loadError.set(false);
    if (!keepForm) {
      const { value, vertices } = projectFormValue(p);
      this.form.reset(value as never);
      this.vertices.set(vertices);
      this.plotDirty.set(false);
      this.mapCenter.set({ lat: p.location.lat, lng: p.location.lng });
    }
    if (this.editable()) this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
  }

  protected reload(): void {
    if (!this.id) return;
    this.clearErrors();
    this.load(this.id);
  }

  protected toggleIn(control: 'sectorIds' | 'policyIds', id: string, checked: boolean): void {
    const current = this.c[control].value;
    this.c[control].setValue(checked ? [...current, id] : current.filter((x) => x !== id));
    this.c[control].markAsDirty();
  }

  // ---- map picker ----------------------------------------------------------------------------

  protected onMapClick(p: MapPoint): void {
    if (!this.editable()) return;
    if (this.drawing()) {
      this.vertices.update((v) => [...v, [p.lng, p.lat]]);
      this.plotDirty.set(true);
      return;
    }
    this.setPoint(p);
  }

  protected onMarkerMove(move: MapMarkerMove): void {
    if (!this.editable()) return;
    const offset = this.point() ? 1 : 0;
    if (offset === 1 && move.index === 0) return this.setPoint(move);
    const i = move.index - offset;
    this.vertices.update((v) => v.map((x, j) => (j === i ? ([move.lng, move.lat] as LngLat) : x)));
    this.plotDirty.set(true);
  }

  private setPoint(p: MapPoint): void {
    this.c.lat.setValue(String(p.lat));
    this.c.lng.setValue(String(p.lng));
    this.c.lat.markAsDirty();
  }

  /** Typing coordinates moves the map there (keyboard users never need to click the map). */
  protected centreOnPoint(): void {
    const p = this.point();
    if (p) this.mapCenter.set(p);
  }

  protected startDrawing(): void {
    this.drawing.set(true);
    this.notice.set('ws.map.drawingHelp');
  }

  protected finishDrawing(): void {
    this.drawing.set(false);
    this.notice.set(this.vertices().length === 0 || closeRing(this.vertices()) ? 'ws.map.plotDone' : 'ws.error.plot');
  }

  protected undoVertex(): void {
    this.vertices.update((v) => v.slice(0, -1));
    this.plotDirty.set(true);
  }

  protected clearPlot(): void {
    this.vertices.set([]);
    this.plotDirty.set(true);
  }

  protected editPlotText(text: string): void {
    const parsed = parseVertices(text);
    if ('badLine' in parsed) {
      this.plotTextError.set(parsed.badLine);
      return;
    }
    this.plotTextError.set(null);
    this.vertices.set(parsed.vertices);
    this.plotDirty.set(true);
  }

  // ---- actions ------------------------------------------------------------------------------

  /** Saves (create or update). Resolves to the saved project, or null when it did not save. */
  private save(): Observable<ProjectDto | null> {
    const v = this.form.getRawValue() as unknown as ProjectFormValue;
    if (this.showClientErrors(validateProject(v, this.vertices(), this.needDepartment()))) return of(null);
    const body = projectBody(v, this.vertices());
    const item = this.item();
    const request: Observable<ProjectDto> = item
      ? this.api.patch('/api/v1/workspace/projects/{id}', { ...body, version: item.version }, { path: { id: item.id } })
      : this.api.post('/api/v1/workspace/projects', this.needDepartment() ? { ...body, departmentId: v.departmentId } : body);
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
      (this.hasUnsavedChanges() || !this.item() ? this.save() : of(this.item())).pipe(
        switchMap((saved) =>
          saved ? this.actions.post('/api/v1/workspace/projects/{id}/submit', { id: saved.id }) : of(null),
        ),
      ),
      'ws.submitted',
    );
  }

  protected verify(): void {
    const item = this.item();
    if (!item) return;
    this.run(() => this.actions.post('/api/v1/workspace/projects/{id}/verify', { id: item.id }), 'ws.verified');
  }

  protected deleteDraft(): void {
    const item = this.item();
    if (!item || !globalThis.confirm?.(this.t('ws.confirmDelete'))) return;
    this.busy.set(true);
    this.api.delete('/api/v1/workspace/projects/{id}', { path: { id: item.id } }).subscribe({
      next: () => {
        this.form.markAsPristine();
        this.plotDirty.set(false);
        void this.router.navigateByUrl('/workspace/projects');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.showFailure(editorFailure(error, PROJECT_API_FIELDS));
      },
    });
  }

  /** Clears old errors first, then saves (the factory may show new client-side errors). */
  private run(make: () => Observable<ProjectDto | null>, done: 'ws.saved' | 'ws.submitted' | 'ws.verified'): void {
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
        if (wasNew) void this.router.navigate(['/workspace/projects', saved.id], { replaceUrl: true, state: { wsNotice: done } });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.showFailure(editorFailure(error, PROJECT_API_FIELDS));
      },
    });
  }

  protected documentsChanged(): void {
    const item = this.item();
    if (!item) return;
    this.api
      .get('/api/v1/workspace/projects/{id}', { path: { id: item.id } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((p) => this.applyItem(p, true));
  }

  protected capitalText(): string {
    return formatVnd(this.value().capitalVnd.replace(/[\s.,]/g, ''), this.lang());
  }

  protected text(vi: string, en: string): { text: string; fallback: boolean } {
    if (this.lang() === 'en' && en.trim()) return { text: en, fallback: false };
    return { text: vi, fallback: this.lang() === 'en' };
  }

  protected unitName(): string {
    const units = this.taxonomies.hasValue() ? this.taxonomies.value().units : [];
    const u = units.find((x) => x.id === this.value().unitId);
    return u ? this.pick(u.name) : '';
  }

  protected sectorNames(): string {
    const sectors = this.taxonomies.hasValue() ? this.taxonomies.value().sectors : [];
    return sectors
      .filter((s) => this.value().sectorIds.includes(s.id))
      .map((s) => this.pick(s.name))
      .join(', ');
  }
}
