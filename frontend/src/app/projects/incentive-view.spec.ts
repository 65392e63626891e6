import { translate } from '../core/i18n/i18n';
import { validityBadge } from './incentive-view';

describe('validityBadge', () => {
  it('writes each validity out in both languages, with its own style', () => {
    expect(validityBadge('valid')).toEqual({ label: 'policies.validity.in_force', tone: 'valid' });
    expect(validityBadge('not-yet')).toEqual({ label: 'policies.validity.not_yet', tone: 'not-yet' });
    expect(validityBadge('expired')).toEqual({ label: 'policies.validity.expired', tone: 'expired' });
    expect(translate('vi', validityBadge('valid')!.label)).toBe('Đang có hiệu lực');
    expect(translate('en', validityBadge('not-yet')!.label)).toBe('Not yet in force');
    expect(translate('en', validityBadge('expired')!.label)).toBe('Expired');
  });

  it('shows no badge for a validity it does not know rather than a wrong one', () => {
    expect(validityBadge('suspended')).toBeNull();
    expect(validityBadge('toString')).toBeNull();
  });
});
