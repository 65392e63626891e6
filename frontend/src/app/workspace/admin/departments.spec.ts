import { checkDepartment, departmentField, EMPTY_CONTACT, headIndex, toFormValue, toInput } from './departments';

describe('department form', () => {
  it('turns the form into the API body with empty texts as null', () => {
    const v = {
      ...toFormValue(null),
      code: ' sct ',
      nameVi: 'Sở Công Thương',
      addressVi: '1 Trần Hưng Đạo',
      contacts: [{ ...EMPTY_CONTACT, name: 'Nguyễn Văn A', positionVi: 'Giám đốc', email: 'a@sct.gov.vn' }],
    };
    expect(toInput(v)).toEqual({
      code: 'SCT',
      nameVi: 'Sở Công Thương',
      nameEn: null,
      kind: 'department',
      address: { vi: '1 Trần Hưng Đạo', en: null },
      contacts: [{ name: 'Nguyễn Văn A', position: { vi: 'Giám đốc', en: null }, phone: null, email: 'a@sct.gov.vn' }],
    });
    expect(toInput({ ...v, addressVi: '' }).address).toBeNull();
  });

  it('finds the department head: the first contact with an email', () => {
    expect(headIndex([{ email: null }, { email: ' ' }, { email: 'b@x.vn' }, { email: 'c@x.vn' }])).toBe(2);
    expect(headIndex([{ email: '' }])).toBe(-1);
  });

  it('checks codes, names, phones and emails', () => {
    const v = {
      ...toFormValue(null),
      code: 'x',
      contacts: [{ ...EMPTY_CONTACT, phone: 'abc', email: 'nope' }],
    };
    expect(checkDepartment(v)).toEqual([
      'code',
      'nameVi',
      'contacts.0.name',
      'contacts.0.positionVi',
      'contacts.0.phone',
      'contacts.0.email',
    ]);
    expect(checkDepartment({ ...toFormValue(null), code: 'STC', nameVi: 'Sở Tài chính' })).toEqual([]);
  });

  it('maps API error fields to the form', () => {
    expect(departmentField('code')).toBe('code');
    expect(departmentField('contacts.1.position.vi')).toBe('contacts.1.positionVi');
    expect(departmentField('contacts.0.email')).toBe('contacts.0.email');
    expect(departmentField('address.en')).toBe('addressEn');
    expect(departmentField('office.lat')).toBeNull();
  });
});
