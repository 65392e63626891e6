import { escalationMail, reminderMail } from './freshness-mails.js';

const context = {
  id: '0b7c2a52-3f7e-4d4b-9a51-6f0a1c2d3e4f',
  code: 'ST-01',
  title: { vi: 'Khu du lịch biển', en: null },
  since: new Date('2026-08-01T18:00:00Z'),
  ageDays: 100,
  staleDays: 180,
  portalUrl: 'https://dautu.example.vn',
};

describe('freshness mails', () => {
  it('the reminder is bilingual, links the editor and the "still current" action, one line subject', () => {
    const m = reminderMail(context, 'officer@example.org');
    expect(m).toMatchObject({ kind: 'freshness.remind', to: 'officer@example.org' });
    expect(m.subject).toMatch(/^\[ST-01\] .+ \/ Please confirm/);
    expect(m.subject).not.toMatch(/\n/);
    expect(m.text).toContain('100 ngày');
    expect(m.text).toContain('for 100 days');
    // Untranslated title: the Vietnamese one in the English part.
    expect(m.text).toContain('Project ST-01 "Khu du lịch biển"');
    // Dates in Vietnam time: 18:00 UTC on 1 August is 2 August there.
    expect(m.text).toMatch(/2 tháng 8/);
    expect(m.text).toContain('2 August 2026');
    expect(m.text).toContain('https://dautu.example.vn/workspace/projects/0b7c2a52-3f7e-4d4b-9a51-6f0a1c2d3e4f\n');
    expect(m.text).toContain('https://dautu.example.vn/workspace/projects/0b7c2a52-3f7e-4d4b-9a51-6f0a1c2d3e4f?action=verify');
  });

  it('the escalation names the department in both languages', () => {
    const m = escalationMail({ ...context, ageDays: 190, departmentName: { vi: 'Sở Tài chính', en: 'Department of Finance' } }, 'editor@example.org');
    expect(m).toMatchObject({ kind: 'freshness.escalate', to: 'editor@example.org' });
    expect(m.text).toContain('của Sở Tài chính');
    expect(m.text).toContain('of Department of Finance');
    expect(m.text).toContain('190 ngày');
  });
});
