/**
 * The widgets' texts (the site's wording, see the site's messages.ts files) and formatting.
 * The number and date helpers are the site's own pure functions, bundled as they are.
 */
import type { Lang } from './attrs';

export { formatArea, formatCount, formatVnd } from '../../src/app/shared/format/format';
export { formatDate, portalToday } from '../../src/app/shared/content/date';
export { validityOn, type Validity } from '../../src/app/policies/validity';

const vi = {
  projectsHeading: 'Dự án mới đăng',
  featuredHeading: 'Dự án tiêu biểu',
  projectsAll: 'Xem tất cả dự án kêu gọi đầu tư',
  projectsEmpty: 'Chưa có dự án nào.',
  policiesHeading: 'Chính sách ưu đãi mới',
  policiesAll: 'Xem tất cả chính sách ưu đãi',
  policiesEmpty: 'Chưa có chính sách nào.',
  sectors: 'Lĩnh vực',
  unit: 'Địa bàn',
  capital: 'Vốn đầu tư',
  area: 'Diện tích',
  department: 'Cơ quan phụ trách',
  unknown: 'Chưa xác định',
  awarded: 'Đã lựa chọn nhà đầu tư',
  legal: 'Số văn bản',
  validity: 'Hiệu lực',
  validFrom: 'từ {date}',
  validTo: 'đến {date}',
  in_force: 'Đang có hiệu lực',
  expired: 'Hết hiệu lực',
  not_yet: 'Chưa có hiệu lực',
  loading: 'Đang tải…',
  newTab: '(mở trong thẻ mới)',
  searchLabel: 'Tìm dự án kêu gọi đầu tư',
  searchPlaceholder: 'Ví dụ: khu công nghiệp, điện gió',
  searchSubmit: 'Tìm',
  mapLabel: 'Bản đồ dự án kêu gọi đầu tư',
  mapCount: '{count} dự án trên bản đồ',
  mapCapped: 'Bản đồ hiển thị {count} trên {total} dự án',
  mapList: 'Xem danh sách dự án',
};

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  projectsHeading: 'Newest calls for investment',
  featuredHeading: 'Featured projects',
  projectsAll: 'See all calls for investment',
  projectsEmpty: 'No projects yet.',
  policiesHeading: 'Newest incentive policies',
  policiesAll: 'See all incentive policies',
  policiesEmpty: 'No policies yet.',
  sectors: 'Sectors',
  unit: 'Location',
  capital: 'Capital',
  area: 'Area',
  department: 'Responsible agency',
  unknown: 'Not specified',
  awarded: 'Investor selected',
  legal: 'Document number',
  validity: 'Validity',
  validFrom: 'from {date}',
  validTo: 'until {date}',
  in_force: 'In force',
  expired: 'Expired',
  not_yet: 'Not yet in force',
  loading: 'Loading…',
  newTab: '(opens in a new tab)',
  searchLabel: 'Search calls for investment',
  searchPlaceholder: 'e.g. industrial park, wind power',
  searchSubmit: 'Search',
  mapLabel: 'Map of calls for investment',
  mapCount: '{count} projects on the map',
  mapCapped: 'The map shows {count} of {total} projects',
  mapList: 'See the list of projects',
};

/** The one message shown in both languages: it must be understood whatever `lang` says. */
export const LOAD_ERROR = { vi: 'Không tải được dữ liệu', en: 'Could not load data' } as const;

export function t(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return (lang === 'en' ? en : vi)[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
