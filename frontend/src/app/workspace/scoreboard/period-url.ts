import { computed, inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, type ParamMap } from '@angular/router';

import { type Period, periodFromQuery, periodProblem, type PeriodProblem } from './period';

/** The scoreboard's period as the URL holds it (`?from=&to=`; last quarter when neither is given). */
export interface PeriodUrl {
  readonly query: Signal<ParamMap>;
  readonly period: Signal<Period>;
  /** What the API would refuse in the URL's period, or null. */
  readonly problem: Signal<PeriodProblem | null>;
  /** The period to ask the API for, or null while the URL's period is not valid. */
  readonly valid: Signal<Period | null>;
}

/** Call in an injection context of a routed component. */
export function injectPeriodUrl(): PeriodUrl {
  const route = inject(ActivatedRoute);
  const query = toSignal(route.queryParamMap, { initialValue: route.snapshot.queryParamMap });
  const period = computed(() => periodFromQuery(query().get('from'), query().get('to'), new Date()));
  const problem = computed(() => periodProblem(period().from, period().to));
  const valid = computed(() => (problem() ? null : period()));
  return { query, period, problem, valid };
}
