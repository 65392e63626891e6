import { csvUrl } from './analytics';

describe('csvUrl', () => {
  it("is the summary's own URL with format=csv and the table, for the same period and scope", () => {
    expect(csvUrl({ from: '2026-11-01', to: '2026-11-30' }, 'top-projects')).toBe(
      '/api/v1/analytics/summary?from=2026-11-01&to=2026-11-30&format=csv&table=top-projects',
    );
    expect(csvUrl({ from: '2026-11-26', to: '2026-11-26', department: 'STC' }, 'no-result-queries')).toBe(
      '/api/v1/analytics/summary?from=2026-11-26&to=2026-11-26&department=STC&format=csv&table=no-result-queries',
    );
  });
});
