/**
 * Vietnamese UI strings: the reference dictionary. Its keys define `MessageKey`, and `en.ts`
 * must provide exactly the same keys (enforced by the `Messages` type).
 * `{name}` placeholders are filled by `I18n.t(key, { name })`.
 */
export const vi = {
  'skipLink': 'Bỏ qua đến nội dung chính',

  'header.menu': 'Danh mục',

  'nav.label': 'Điều hướng chính',
  'nav.home': 'Trang chủ',

  // The owning agency comes from the settings API (`owner`); the managing unit is not part of
  // it yet, so it lives here until the API offers it.
  'footer.ownerLabel': 'Cơ quan chủ quản',
  'footer.managingUnitLabel': 'Đơn vị quản lý',
  'footer.managingUnit': 'Sở Khoa học và Công nghệ',
  'footer.citeSource': 'Ghi rõ nguồn khi phát hành lại thông tin từ cổng này',

  'home.intro':
    'Cổng thông tin giới thiệu các dự án kêu gọi đầu tư và chính sách ưu đãi đầu tư của tỉnh, ' +
    'giúp nhà đầu tư trong và ngoài nước tìm hiểu cơ hội và liên hệ với cơ quan phụ trách.',
  'home.comingSoon': 'Nội dung về dự án và chính sách đang được các đơn vị cập nhật.',
  'home.departments.heading': 'Đơn vị cung cấp thông tin',
  'home.departments.loading': 'Đang tải danh sách đơn vị…',
  'home.departments.error': 'Không tải được danh sách đơn vị. Vui lòng thử lại sau.',
  'home.departments.retry': 'Thử lại',
  'home.departments.empty': 'Chưa có đơn vị nào.',
  'home.map.heading': 'Bản đồ trụ sở các đơn vị',

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

export type MessageKey = keyof typeof vi;
/** A complete dictionary: every key of `vi`, no others. */
export type Messages = Readonly<Record<MessageKey, string>>;
