import { translate } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import type { Lang } from '../../core/i18n/lang';
import { registerMessages } from '../../core/i18n/i18n';
import { scoreboardEn, scoreboardVi } from './messages';
import { type DepartmentScore, rowView } from './view-model';

registerMessages({ vi: scoreboardVi, en: scoreboardEn });
const i18n = (lang: Lang) => ({ t: (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params) });

const ROW: DepartmentScore = {
  code: 'STC',
  name: 'Sở Tài chính',
  rank: 1,
  total: 70,
  previousTotal: 66.5,
  delta: 3.5,
  projectsPublished: 2,
  projectsUpdated: 3,
  policiesPublished: 0,
  policiesUpdated: 1,
  publicProjects: 3,
  averageCompleteness: 77.7,
  freshPercent: 66.7,
  publicItems: 6,
  englishPercent: 66.7,
  inquiriesReceived: 5,
  inquiriesAnswered: 4,
  medianReplyHours: 10,
  p90ReplyHours: 30.25,
  targetCounted: 5,
  withinTarget: 3,
  withinTargetPercent: 60,
  ratingAverage: 3.67,
  ratingCount: 3,
  components: [],
};

describe('rowView', () => {
  it('formats a ranked row in Vietnamese with the trend in words', () => {
    const v = rowView(ROW, i18n('vi'), 'vi');
    expect(v).toMatchObject({ rank: '1', rankText: null, total: '70,0', trend: 'up', trendSymbol: '▲', delta: '+3,5' });
    expect(v.trendText).toBe('Tăng 3,5 điểm so với kỳ trước (66,5 điểm)');
    expect(v.projects).toBe('2 / 3');
    expect(v.p90).toBe('30,25');
    expect(v.rating).toBe('3,67 (3 lượt)');
  });

  it('says why an unranked row has dashes', () => {
    const v = rowView({ ...ROW, rank: null, total: null, delta: null, ratingAverage: null }, i18n('en'), 'en');
    expect(v).toMatchObject({ rank: '—', rankText: 'Unranked', total: '—', totalText: 'No data to score', trend: null, delta: '—' });
    expect(v.trendText).toBe('No comparison: no score in this or the previous period');
    expect(v.rating).toBe('—');
  });

  it('a fall is "down" with a minus', () => {
    const v = rowView({ ...ROW, delta: -2, previousTotal: 72 }, i18n('en'), 'en');
    expect(v.delta).toBe('\u22122.0');
    expect(v.trendText).toBe('Down 2.0 points on the previous period (72.0 points)');
  });
});
