import type { Schemas } from '../../core/api/api';

type Department = Schemas['DepartmentDto'];
type DepartmentInput = Schemas['DepartmentInput'];
type DepartmentKind = Schemas['DepartmentKind'];

export const DEPARTMENT_KINDS: readonly DepartmentKind[] = ['department', 'industrial_zone_board', 'commune', 'other'];

/** One contact row of the department form (all text, as the inputs hold it). */
export interface ContactRow {
  name: string;
  positionVi: string;
  positionEn: string;
  phone: string;
  email: string;
}

export interface DepartmentFormValue {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: DepartmentKind;
  addressVi: string;
  addressEn: string;
  contacts: ContactRow[];
}

export const EMPTY_CONTACT: ContactRow = { name: '', positionVi: '', positionEn: '', phone: '', email: '' };

/** The form's value for a department from the API (or an empty one for a new department). */
export function toFormValue(d: Department | null): DepartmentFormValue {
  return {
    code: d?.code ?? '',
    nameVi: d?.name.vi ?? '',
    nameEn: d?.name.en ?? '',
    kind: d?.kind ?? 'department',
    addressVi: d?.address?.vi ?? '',
    addressEn: d?.address?.en ?? '',
    contacts: (d?.contacts ?? []).map((c) => ({
      name: c.name,
      positionVi: c.position.vi,
      positionEn: c.position.en ?? '',
      phone: c.phone ?? '',
      email: c.email ?? '',
    })),
  };
}

const orNull = (v: string): string | null => (v.trim() ? v.trim() : null);

/** The API body for the form (create and update take the same fields; empty texts become null). */
export function toInput(v: DepartmentFormValue): DepartmentInput {
  const addressVi = v.addressVi.trim();
  return {
    code: v.code.trim().toUpperCase(),
    nameVi: v.nameVi.trim(),
    nameEn: orNull(v.nameEn),
    kind: v.kind,
    address: addressVi ? { vi: addressVi, en: orNull(v.addressEn) } : null,
    contacts: v.contacts.map((c) => ({
      name: c.name.trim(),
      position: { vi: c.positionVi.trim(), en: orNull(c.positionEn) },
      phone: orNull(c.phone),
      email: orNull(c.email),
    })),
  };
}

/** Index of the department head: the first contact with an email receives escalations (-1: none). */
export function headIndex(contacts: readonly { email: string | null }[]): number {
  return contacts.findIndex((c) => !!c.email?.trim());
}

export type DepartmentError =
  | 'code'
  | 'nameVi'
  | 'addressEn'
  | `contacts.${number}.${'name' | 'positionVi' | 'phone' | 'email'}`;

/** Checks the form as the API would; keys are form fields (contacts by index). */
export function checkDepartment(v: DepartmentFormValue): DepartmentError[] {
  const errors: DepartmentError[] = [];
  if (!/^[A-Z0-9][A-Z0-9-]{1,31}$/.test(v.code.trim().toUpperCase())) errors.push('code');
  if (!v.nameVi.trim()) errors.push('nameVi');
  if (v.addressEn.trim() && !v.addressVi.trim()) errors.push('addressEn');
  v.contacts.forEach((c, i) => {
    if (!c.name.trim()) errors.push(`contacts.${i}.name`);
    if (!c.positionVi.trim()) errors.push(`contacts.${i}.positionVi`);
    if (c.phone.trim() && !/^[0-9+() .-]{6,30}$/.test(c.phone.trim())) errors.push(`contacts.${i}.phone`);
    if (c.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.email.trim())) errors.push(`contacts.${i}.email`);
  });
  return errors;
}

/** The form field an API error detail is about (`contacts.1.position.vi` → contacts.1.positionVi). */
export function departmentField(apiField: string): DepartmentError | null {
  if (apiField === 'code' || apiField === 'nameVi') return apiField;
  if (apiField.startsWith('address')) return 'addressEn';
  const m = /^contacts\.(\d+)\.(name|position|phone|email)/.exec(apiField);
  if (!m) return null;
  const field = m[2] === 'position' ? 'positionVi' : (m[2] as 'name' | 'phone' | 'email');
  return `contacts.${Number(m[1])}.${field}`;
}
