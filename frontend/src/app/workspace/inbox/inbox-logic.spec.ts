import { allowedActions, canReply, dueDisplay, relativeTime, subjectPath, textError } from './inbox-logic';

describe('allowedActions', () => {
  it('follows the API: new → acknowledge/close/spam, answered → close, spam → not spam, closed → nothing', () => {
    expect(allowedActions('new').map((a) => a.status)).toEqual(['acknowledged', 'closed', 'spam']);
    expect(allowedActions('acknowledged').map((a) => a.status)).toEqual(['closed', 'spam']);
    expect(allowedActions('answered').map((a) => a.status)).toEqual(['closed']);
    expect(allowedActions('closed')).toEqual([]);
    expect(allowedActions('spam')).toEqual([{ status: 'new', key: 'inbox.action.notSpam' }]);
  });

  it('never offers "answered" (that comes from replying)', () => {
    for (const s of ['new', 'acknowledged', 'answered', 'closed', 'spam'] as const) {
      expect(allowedActions(s).map((a) => a.status as string)).not.toContain('answered');
    }
  });
});

describe('canReply', () => {
  it('is refused on closed and spam inquiries and once the data is erased', () => {
    expect(canReply({ status: 'new', anonymisedAt: null })).toBe(true);
    expect(canReply({ status: 'answered', anonymisedAt: null })).toBe(true);
    expect(canReply({ status: 'closed', anonymisedAt: null })).toBe(false);
    expect(canReply({ status: 'spam', anonymisedAt: null })).toBe(false);
    expect(canReply({ status: 'new', anonymisedAt: '2026-12-01T00:00:00Z' })).toBe(false);
  });
});

describe('due time display', () => {
  const now = new Date('2026-12-04T03:00:00.000Z');

  it('says how far away the due time is, in minutes, hours or days', () => {
    expect(relativeTime('2026-12-04T03:20:00.000Z', now, 'en')).toBe('in 20 minutes');
    expect(relativeTime('2026-12-04T08:00:00.000Z', now, 'en')).toBe('in 5 hours');
    expect(relativeTime('2026-12-07T03:00:00.000Z', now, 'en')).toBe('in 3 days');
    expect(relativeTime('2026-12-03T03:00:00.000Z', now, 'en')).toBe('24 hours ago');
    expect(relativeTime('2026-12-01T03:00:00.000Z', now, 'en')).toBe('3 days ago');
    expect(relativeTime('2026-12-07T03:00:00.000Z', now, 'vi')).toBe('sau 3 ngày nữa');
    expect(relativeTime('not a date', now, 'en')).toBe('');
  });

  it('shows the absolute time in Vietnam time and keeps the API’s overdue flag', () => {
    const d = dueDisplay('2026-12-01T10:00:00.000Z', true, now, 'en');
    expect(d.overdue).toBe(true);
    expect(d.relative).toBe('3 days ago');
    expect(d.absolute).toMatch(/1 December 2026, 17:00 GMT\+7$/);
    expect(dueDisplay('2026-12-07T10:00:00.000Z', false, now, 'vi').overdue).toBe(false);
  });
});

describe('textError', () => {
  it('wants 2 to 10,000 characters after trimming', () => {
    expect(textError('')).toBe('required');
    expect(textError('   \n ')).toBe('required');
    expect(textError(' a ')).toBe('short');
    expect(textError('ok')).toBeNull();
    expect(textError('x'.repeat(10_000))).toBeNull();
    expect(textError('x'.repeat(10_001))).toBe('long');
  });
});

describe('subjectPath', () => {
  it('links the public page in the given language', () => {
    expect(subjectPath({ type: 'project', slug: 'kcn-an-nghiep' }, 'en')).toBe('/en/projects/kcn-an-nghiep');
    expect(subjectPath({ type: 'policy', slug: 'uu-dai' }, 'vi')).toBe('/vi/policies/uu-dai');
  });
});
