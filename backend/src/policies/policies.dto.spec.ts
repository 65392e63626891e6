import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidationErrors } from '../common/validation.js';
import { CreatePolicyDto, UpdatePolicyDto } from './dto/policy-input.dto.js';

const good = () => ({
  code: 'CS-TNDN-01',
  title: { vi: 'Ưu đãi thuế thu nhập doanh nghiệp', en: 'Corporate income tax incentives' },
  summary: { vi: 'Miễn 4 năm, giảm 50% trong 9 năm tiếp theo.', en: null },
  body: { vi: '<p>Miễn <strong>4 năm</strong></p>', en: '<p>Exempt for <strong>4 years</strong></p>' },
  legalBasis: { number: '31/2021/NĐ-CP', issuer: { vi: 'Chính phủ', en: 'The Government' }, date: '2021-03-26' },
  validFrom: '2021-03-26',
  validTo: null,
  incentiveTypes: ['corporate_income_tax', 'land_rent'],
  sectorIds: ['0b6c2f0e-8f7a-4c7e-9a63-1d2e3f4a5b6c'],
  unitIds: [],
});

/** Validates as the app's ValidationPipe does; returns the flattened field names that failed. */
async function check<T extends object>(cls: new () => T, body: unknown): Promise<{ dto: T; fields: string[] }> {
  const dto = plainToInstance(cls, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  return { dto, fields: flattenValidationErrors(errors).map((e) => e.field) };
}

describe('CreatePolicyDto', () => {
  it('accepts a complete policy', async () => {
    const { fields } = await check(CreatePolicyDto, good());
    expect(fields).toEqual([]);
  });

  it('accepts a policy without optional fields (slug, dates, sectors, units)', async () => {
    const { validFrom: _f, validTo: _t, sectorIds: _s, unitIds: _u, ...body } = good();
    const { fields } = await check(CreatePolicyDto, body);
    expect(fields).toEqual([]);
  });

  it('sanitises the HTML body: scripts and event handlers go, structure stays', async () => {
    const body = { ...good(), body: { vi: '<script>alert(1)</script><p onclick="steal()">Miễn thuế</p>', en: '<p>ok</p><script>x()</script>' } };
    const { dto, fields } = await check(CreatePolicyDto, body);
    expect(fields).toEqual([]);
    expect(dto.body.vi).toBe('<p>Miễn thuế</p>');
    expect(dto.body.en).toBe('<p>ok</p>');
    expect(dto.body.vi).not.toMatch(/script|onclick/);
  });

  it('strips markup from plain-text fields', async () => {
    const body = { ...good(), title: { vi: '<b>Ưu đãi</b><script>x()</script>', en: null } };
    const { dto, fields } = await check(CreatePolicyDto, body);
    expect(fields).toEqual([]);
    expect(dto.title.vi).toBe('Ưu đãi');
  });

  it('fails a body that is empty once sanitised', async () => {
    const { fields } = await check(CreatePolicyDto, { ...good(), body: { vi: '<script>alert(1)</script>', en: null } });
    expect(fields).toEqual(['body.vi']);
  });

  it.each(['2021-02-30', '26/03/2021', '2021-03-26T00:00:00Z', '20210326', 'soon'])('refuses the legal date %j', async (date) => {
    const body = good();
    body.legalBasis.date = date;
    const { fields } = await check(CreatePolicyDto, body);
    expect(fields).toEqual(['legalBasis.date']);
  });

  it('refuses a bad legal number', async () => {
    const body = good();
    body.legalBasis.number = '31/2021 <NĐ-CP>';
    const { fields } = await check(CreatePolicyDto, body);
    expect(fields).toEqual(['legalBasis.number']);
  });

  it('refuses a bad validity date', async () => {
    const { fields } = await check(CreatePolicyDto, { ...good(), validFrom: '2021-13-01' });
    expect(fields).toEqual(['validFrom']);
  });

  it('refuses an unknown incentive type', async () => {
    const { fields } = await check(CreatePolicyDto, { ...good(), incentiveTypes: ['corporate_income_tax', 'free_lunch'] });
    expect(fields).toEqual(['incentiveTypes']);
  });

  it('refuses empty or repeated incentive types', async () => {
    expect((await check(CreatePolicyDto, { ...good(), incentiveTypes: [] })).fields).toEqual(['incentiveTypes']);
    expect((await check(CreatePolicyDto, { ...good(), incentiveTypes: ['credit', 'credit'] })).fields).toEqual(['incentiveTypes']);
  });

  it('requires the Vietnamese title', async () => {
    const { fields } = await check(CreatePolicyDto, { ...good(), title: { en: 'Corporate income tax incentives' } });
    expect(fields).toEqual(['title.vi']);
  });

  it('refuses non-uuid sector and unit ids and unknown fields', async () => {
    const { fields } = await check(CreatePolicyDto, { ...good(), sectorIds: ['x'], unitIds: ['y'], status: 'published' });
    expect(fields.sort()).toEqual(['sectorIds', 'status', 'unitIds']);
  });
});

describe('UpdatePolicyDto', () => {
  it('accepts a partial change with a version', async () => {
    const { fields } = await check(UpdatePolicyDto, { version: 3, validTo: '2030-12-31' });
    expect(fields).toEqual([]);
  });

  it('requires the version', async () => {
    const { fields } = await check(UpdatePolicyDto, { incentiveTypes: ['credit'] });
    expect(fields).toEqual(['version']);
  });
});
