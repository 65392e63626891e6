import {
  EMPTY_POLICY_STATE,
  parsePolicyState,
  policyApiQuery,
  policyQueryParams,
  togglePolicyFilter,
} from './policy-state';

describe('policy list state', () => {
  it('parses the URL query and drops unsafe codes', () => {
    const state = parsePolicyState(
      new URLSearchParams('q=%20thue%20&incentive=land_rent,bad%20code,land_rent&sort=title&page=2'),
    );
    expect(state.q).toBe('thue');
    expect(state.filters.incentive).toEqual(['land_rent']);
    expect(state.sort).toBe('title');
    expect(state.page).toBe(2);
  });

  it('falls back to defaults for unknown sorts and bad pages', () => {
    const state = parsePolicyState(new URLSearchParams('sort=price&page=-3'));
    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(1);
  });

  it('round-trips through the URL without defaults', () => {
    expect(policyQueryParams(EMPTY_POLICY_STATE)).toEqual({});
    const state = togglePolicyFilter({ ...EMPTY_POLICY_STATE, page: 3 }, 'sector', 'agriculture', true);
    expect(state.page).toBe(1);
    const params = policyQueryParams(state);
    expect(params).toEqual({ sector: 'agriculture' });
    expect(parsePolicyState(new URLSearchParams(params))).toEqual(state);
  });

  it('sends comma-separated codes to the API', () => {
    let state = togglePolicyFilter(EMPTY_POLICY_STATE, 'incentive', 'land_rent', true);
    state = togglePolicyFilter(state, 'incentive', 'import_duty', true);
    expect(policyApiQuery(state)).toEqual({ page: 1, pageSize: 10, incentive: 'land_rent,import_duty' });
    expect(policyApiQuery(togglePolicyFilter(state, 'incentive', 'land_rent', false)).incentive).toBe('import_duty');
  });
});
