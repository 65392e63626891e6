import { describeFailure, httpError, isErrorBody, type RequestFailure } from '../../inquiries/api-errors';

/**
 * The control an API error field belongs to: the field itself or its nearest parent in `table`
 * (`location.lat` → `lat`, `contact.position.en` → `contactPositionEn`, `landPlot.coordinates`
 * → `landPlot`). Null when the form has no control for it.
 */
export function controlForApiField<C extends string>(field: string, table: Readonly<Record<string, C>>): C | null {
  let path = field;
  for (;;) {
    if (Object.hasOwn(table, path)) return table[path];
    const cut = path.lastIndexOf('.');
    if (cut < 0) return null;
    path = path.slice(0, cut);
  }
}

/**
 * Classifies a failed save like `describeFailure`, but places 400 details on the editor's
 * controls through `table` (API field → control). Details for no control stay in `other`
 * as "field: message", so nothing the server said is lost.
 */
export function editorFailure<C extends string>(error: unknown, table: Readonly<Record<string, C>>): RequestFailure<C> {
  const http = httpError(error);
  const body = http && isErrorBody(http.error) ? http.error : null;
  if (http?.status !== 400 || !body?.details?.length) return describeFailure<C>(error, []);
  const fields: Partial<Record<C, string[]>> = {};
  const other: string[] = [];
  for (const detail of body.details) {
    const messages = detail.messages?.length ? detail.messages : [body.message];
    const control = controlForApiField(detail.field, table);
    if (control) (fields[control] ??= []).push(...messages);
    else other.push(...messages.map((m) => (m.startsWith(detail.field) ? m : `${detail.field}: ${m}`)));
  }
  return { kind: 'invalid', fields, other };
}
