/**
 * Vietnamese UI strings: the reference dictionary. Its keys define `MessageKey`, and `en.ts`
 * must provide exactly the same keys (enforced by the `Messages` type).
 * `{name}` placeholders are filled by `I18n.t(key, { name })`.
 */
import { inquiriesVi } from '../../inquiries/messages';
import { newsVi } from '../../news/messages';
import { policiesVi } from '../../policies/messages';
import { projectsVi } from '../../projects/messages';
import { searchVi } from '../../projects/search-messages';
import { qualityVi } from '../../projects/quality-messages';
// Type-only: the workspace dictionaries load with the workspace (registerMessages), never on public pages.
import type { workspaceVi } from '../../workspace/messages';
import type { analyticsVi } from '../../workspace/analytics/messages';
import type { inboxVi } from '../../workspace/inbox/messages';
import type { newsWsVi } from '../../workspace/news/messages';
import type { qualityWsVi } from '../../workspace/quality/messages';
import type { scoreboardVi } from '../../workspace/scoreboard/messages';
import type { taxonomiesVi } from '../../workspace/taxonomies/messages';
import type { widgetsVi } from '../../workspace/widgets/messages';

const coreVi = {
  'skipLink': 'Bỏ qua đến nội dung chính',

  'site.description':
    'Dự án kêu gọi đầu tư, chính sách ưu đãi và đầu mối liên hệ cho nhà đầu tư tại tỉnh Sóc Trăng.',

  'header.menu': 'Danh mục',

  'nav.label': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.projects': 'Dự án kêu gọi đầu tư',
  'nav.policies': 'Chính sách ưu đãi',
  'nav.contact': 'Liên hệ',

  // The owning agency comes from the settings API (`owner`); the managing unit is not part of
  // it yet, so it lives here until the API offers it.
  'footer.ownerLabel': 'Cơ quan chủ quản',
  'footer.managingUnitLabel': 'Đơn vị quản lý',
  'footer.managingUnit': 'Sở Khoa học và Công nghệ',
  'footer.citeSource': 'Ghi rõ nguồn khi phát hành lại thông tin từ cổng này',

  'home.intro':
    'Cổng thông tin giới thiệu các dự án kêu gọi đầu tư và chính sách ưu đãi đầu tư của tỉnh, ' +
    'giúp nhà đầu tư trong và ngoài nước tìm hiểu cơ hội và liên hệ với cơ quan phụ trách.',
  'home.search.label': 'Tìm dự án kêu gọi đầu tư',
  'home.search.placeholder': 'Ví dụ: khu công nghiệp, điện gió, du lịch',
  'home.search.submit': 'Tìm',
  'home.loading': 'Đang tải…',
  'home.error': 'Không tải được nội dung này. Vui lòng thử lại.',
  'home.retry': 'Thử lại',
  'home.figures.heading': 'Số liệu nổi bật',
  'home.figures.projects': 'Dự án đang kêu gọi đầu tư',
  'home.figures.capital': 'Tổng vốn kêu gọi',
  'home.figures.usd': 'khoảng {usd}',
  'home.figures.sectors': 'Lĩnh vực',
  'home.figures.policies': 'Chính sách ưu đãi',
  'home.featured.heading': 'Dự án tiêu biểu',
  'home.newest.heading': 'Dự án mới đăng',
  'home.projects.empty': 'Chưa có dự án nào.',
  'home.projects.all': 'Xem tất cả dự án kêu gọi đầu tư',
  'home.sectors.heading': 'Tìm theo lĩnh vực',
  'home.sectors.count': '{count} dự án',
  'home.policies.heading': 'Chính sách ưu đãi mới',
  'home.policies.empty': 'Chưa có chính sách nào.',
  'home.policies.all': 'Xem tất cả chính sách ưu đãi',
  'home.departments.heading': 'Đơn vị cung cấp thông tin',
  'home.departments.loading': 'Đang tải danh sách đơn vị…',
  'home.departments.error': 'Không tải được danh sách đơn vị. Vui lòng thử lại sau.',
  'home.departments.retry': 'Thử lại',
  'home.departments.empty': 'Chưa có đơn vị nào.',
  'home.map.heading': 'Bản đồ dự án kêu gọi đầu tư',

  'department.kind.department': 'Sở, ban, ngành',
  'department.kind.industrial_zone_board': 'Ban quản lý các khu công nghiệp',
  'department.kind.commune': 'Xã, phường',
  'department.kind.other': 'Đơn vị khác',
  'content.untranslated': '(chưa có bản tiếng Anh)',

  'map.label': 'Bản đồ vị trí',
  'map.zoomIn': 'Phóng to',
  'map.zoomOut': 'Thu nhỏ',
  'map.markerAlt': 'Vị trí: {label}',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.text': 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
  'notFound.home': 'Về trang chủ',
} as const;

// Feature dictionaries live beside their features so features can grow independently.
export const vi = { ...coreVi, ...projectsVi, ...searchVi, ...policiesVi, ...inquiriesVi, ...newsVi, ...qualityVi } as const;

/** Keys of the public dictionaries (bundled with the public site). */
export type PublicMessageKey = keyof typeof vi;
/** Keys of the dictionaries registered at run time by the lazily loaded workspace. */
export type WorkspaceMessageKey =
  | keyof typeof workspaceVi
  | keyof typeof analyticsVi
  | keyof typeof inboxVi
  | keyof typeof taxonomiesVi
  | keyof typeof widgetsVi
  | keyof typeof scoreboardVi
  | keyof typeof newsWsVi
  | keyof typeof qualityWsVi;
export type MessageKey = PublicMessageKey | WorkspaceMessageKey;
/** A complete dictionary: every key of `vi`, no others. */
export type Messages = Readonly<Record<PublicMessageKey, string>>;
