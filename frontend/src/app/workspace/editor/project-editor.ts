import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { map, Observable } from 'rxjs';

import type { Schemas } from '../../core/api/api';
import type { MessageKey } from '../../core/i18n/vi';
import { formatVnd } from '../../shared/format/format';
import { type MapMarker, type MapMarkerMove, type MapPoint, MapView } from '../../shared/map/map';
import { Actions } from '../actions';
import { EditorIncentiveCheck } from '../quality/incentive-check';
import { QualityPanel } from '../quality/quality-panel';
import { BilingualField } from './bilingual-field';
import { Documents } from './documents';
import { EditorBase } from './editor-base';
import { EditorBasics } from './editor-basics';
import { EditorActions, EditorTop } from './editor-parts';
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

@Component({
  selector: 'app-project-editor',
  imports: [ReactiveFormsModule, RouterLink, EditorTop, EditorBasics, EditorActions, BilingualField, Documents, MapView, QualityPanel, EditorIncentiveCheck],
  templateUrl: './project-editor.html',
  styleUrl: './editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectEditor extends EditorBase<ProjectControl, ProjectDto> {
  private readonly actions = inject(Actions);

  protected readonly controls = PROJECT_CONTROLS;
  protected readonly listUrl = '/workspace/projects';
  protected readonly apiFields = PROJECT_API_FIELDS;
  protected readonly landKinds = LAND_STATUS_KINDS;
  protected readonly landLabel: Readonly<Record<LandStatusKind, MessageKey>> = {
    cleared: 'projects.land.cleared',
    clearing: 'projects.land.clearing',
    not_cleared: 'projects.land.not_cleared',
    industrial_zone: 'projects.land.industrial_zone',
  };
  protected readonly pick = this.i18n.pick;

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

  protected readonly completeness = computed(() => projectCompleteness(this.value()));
  protected readonly publicUrl = computed(() => {
    const item = this.item();
    return item && (item.status === 'published' || item.status === 'awarded') ? `/${this.lang()}/projects/${item.slug}` : null;
  });
  protected readonly canVerify = computed(() => this.status() === 'published' || this.status() === 'awarded');

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
    this.start();
    if (!this.id && this.session.role() === 'officer' && this.session.me()?.departmentId) {
      this.c.departmentId.setValue(this.session.me()!.departmentId!);
    }
  }

  protected controlId(control: ProjectControl): string {
    if (control === 'sectorIds') return 'pe-sectors-first';
    if (control === 'policyIds') return 'pe-policies-heading';
    return `pe-${control}`;
  }

  override hasUnsavedChanges(): boolean {
    return super.hasUnsavedChanges() || this.plotDirty();
  }

  protected fetch(id: string): Observable<ProjectDto> {
    return this.api.get('/api/v1/workspace/projects/{id}', { path: { id } });
  }

  protected resetForm(p: ProjectDto): void {
    const { value, vertices } = projectFormValue(p);
    this.form.reset(value as never);
    this.vertices.set(vertices);
    this.plotDirty.set(false);
    this.mapCenter.set({ lat: p.location.lat, lng: p.location.lng });
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

  protected write(): Observable<ProjectDto> | null {
    const v = this.form.getRawValue() as unknown as ProjectFormValue;
    if (this.showClientErrors(validateProject(v, this.vertices(), this.needDepartment()))) return null;
    const body = projectBody(v, this.vertices());
    const item = this.item();
    return item
      ? this.api.patch('/api/v1/workspace/projects/{id}', { ...body, version: item.version }, { path: { id: item.id } })
      : this.api.post('/api/v1/workspace/projects', this.needDepartment() ? { ...body, departmentId: v.departmentId } : body);
  }

  protected submit(id: string): Observable<ProjectDto> {
    return this.actions.post('/api/v1/workspace/projects/{id}/submit', { id });
  }

  protected remove(id: string): Observable<unknown> {
    return this.api.delete('/api/v1/workspace/projects/{id}', { path: { id } });
  }

  protected override markPristine(): void {
    super.markPristine();
    this.plotDirty.set(false);
  }

  protected verify(): void {
    const item = this.item();
    if (!item) return;
    this.run(() => this.actions.post('/api/v1/workspace/projects/{id}/verify', { id: item.id }), 'ws.verified');
  }

  /** After an upload: shows the new documents, keeping unsaved edits (a failed refresh is ignored). */
  protected override documentsChanged(): void {
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
