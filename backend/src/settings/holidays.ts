/**
 * Default public holidays (days off in Vietnam, Labour Code art. 112, with the compensating days
 * the Government announced) for the response-time calendar. Administrators edit the list in the
 * workspace; this is only what a new installation starts with.
 */
export const DEFAULT_HOLIDAYS: readonly string[] = [
  '2026-01-01',
  '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
  '2026-04-27',
  '2026-04-30', '2026-05-01',
  '2026-09-01', '2026-09-02',
  '2027-01-01',
  '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10',
  '2027-04-16',
  '2027-04-30', '2027-05-03',
  '2027-09-02', '2027-09-03',
];
