import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// The review queue shows what an update changes against the version the board last published.
let stack: TestStack;
let officer: Client;
let editor: Client;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  [officer, editor] = [new Client(stack.url), new Client(stack.url)];
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
});

afterAll(async () => {
  await stack?.stop();
});

it('a project never published has no published version; after publication, unpublish, edit and resubmit the changed fields show', async () => {
  const tax = (await officer.get('/api/v1/taxonomies')).body;
  const created = (
    await officer.post('/api/v1/workspace/projects', {
      code: 'RV-1',
      title: { vi: 'Kho lạnh Trần Đề', en: 'Tran De cold store' },
      summary: { vi: 'Kho lạnh thủy sản', en: 'Seafood cold store' },
      description: { vi: 'Mô tả', en: 'Description' },
      sectorIds: [tax.sectors[0].id],
      unitId: tax.units.find((u: { parentId: string | null }) => u.parentId).id,
      location: { lat: 9.5, lng: 106.2 },
      capitalVnd: '300000000000',
    })
  ).body;
  const fresh = (await editor.get(`/api/v1/workspace/projects/${created.id}/changes`)).body;
  expect(fresh.everPublished).toBe(false);

  const submitted = (await officer.post(`/api/v1/workspace/projects/${created.id}/submit`)).body;
  await editor.post(`/api/v1/workspace/projects/${created.id}/publish`, { version: submitted.version });
  expect((await editor.get(`/api/v1/workspace/projects/${created.id}/changes`)).body).toMatchObject({ everPublished: true, changes: [] });

  await editor.post(`/api/v1/workspace/projects/${created.id}/unpublish`);
  const draft = (await officer.get(`/api/v1/workspace/projects/${created.id}`)).body;
  await officer.patch(`/api/v1/workspace/projects/${created.id}`, { version: draft.version, capitalVnd: '450000000000', summary: { vi: 'Kho lạnh thủy sản 5.000 tấn', en: 'Seafood cold store' } });
  await officer.post(`/api/v1/workspace/projects/${created.id}/submit`);
  const review = (await editor.get(`/api/v1/workspace/projects/${created.id}/changes`)).body;
  expect(review.changes).toEqual([
    { field: 'capitalVnd', published: '300000000000', current: '450000000000' },
    { field: 'summary', published: { vi: 'Kho lạnh thủy sản', en: 'Seafood cold store' }, current: { vi: 'Kho lạnh thủy sản 5.000 tấn', en: 'Seafood cold store' } },
  ]);
  // Another department's officer cannot read it.
  const other = new Client(stack.url);
  await other.signIn(DEMO.officerB.email, DEMO.officerB.password);
  expect((await other.get(`/api/v1/workspace/projects/${created.id}/changes`)).status).toBe(404);
});

it('demo items that are public start with their published version recorded', async () => {
  const [{ id }] = await stack.db.query(`SELECT id FROM policies WHERE status = 'published' LIMIT 1`);
  expect((await editor.get(`/api/v1/workspace/policies/${id}/changes`)).body).toMatchObject({ everPublished: true, changes: [] });
  const [{ id: projectId }] = await stack.db.query(`SELECT id FROM projects WHERE status = 'published' LIMIT 1`);
  expect((await editor.get(`/api/v1/workspace/projects/${projectId}/changes`)).body).toMatchObject({ everPublished: true, changes: [] });
});

it("the officers of the department are mailed the board's decision, with its comment", async () => {
  const tax = (await officer.get('/api/v1/taxonomies')).body;
  const created = (
    await officer.post('/api/v1/workspace/policies', {
      code: 'RV-C1',
      title: { vi: 'Hỗ trợ đào tạo lao động', en: 'Workforce training support' },
      summary: { vi: 'Tóm tắt', en: 'Summary' },
      body: { vi: '<p>Nội dung</p>', en: '<p>Body</p>' },
      legalBasis: { number: '61/2020/QH14', issuer: { vi: 'Quốc hội', en: 'National Assembly' }, date: '2020-06-17' },
      incentiveTypes: ['training'],
      sectorIds: [tax.sectors[0].id],
    })
  ).body;
  await officer.post(`/api/v1/workspace/policies/${created.id}/submit`);
  await editor.post(`/api/v1/workspace/policies/${created.id}/reject`, { comment: 'Bổ sung căn cứ pháp lý cấp tỉnh.' });
  const mails = await stack.db.query(`SELECT kind, to_address, subject, body_text FROM mail_outbox WHERE kind LIKE 'workflow.%' AND subject LIKE '[RV-C1]%'`);
  expect(mails.map((m: { to_address: string }) => m.to_address)).toContain(DEMO.officerA.email);
  expect(mails.map((m: { to_address: string }) => m.to_address)).not.toContain(DEMO.officerB.email);
  expect(mails[0].kind).toBe('workflow.reject');
  expect(mails[0].body_text).toContain('Bổ sung căn cứ pháp lý cấp tỉnh.');
  expect(mails[0].body_text).toContain(`/workspace/policies/${created.id}`);
});
