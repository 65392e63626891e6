import type { Schemas } from '../core/api/api';
import { MessageKey } from '../core/i18n/vi';

type IncentiveType = Schemas['IncentiveType'];

export const INCENTIVE_LABEL: Readonly<Record<IncentiveType, MessageKey>> = {
  corporate_income_tax: 'policies.incentive.corporate_income_tax',
  import_duty: 'policies.incentive.import_duty',
  land_rent: 'policies.incentive.land_rent',
  land_use_fee: 'policies.incentive.land_use_fee',
  investment_support: 'policies.incentive.investment_support',
  credit: 'policies.incentive.credit',
  training: 'policies.incentive.training',
  infrastructure: 'policies.incentive.infrastructure',
  other: 'policies.incentive.other',
};

export function isIncentiveType(code: string): code is IncentiveType {
  return Object.hasOwn(INCENTIVE_LABEL, code);
}
