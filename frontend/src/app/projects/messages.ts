/**
 * UI strings of the projects feature, merged into the app dictionaries by core/i18n/vi.ts and en.ts.
 * Keys start with 'projects.'; `projectsEn` must have exactly the keys of `projectsVi`.
 *
 * `projects.share.*` and `projects.untranslated*` are also used by the policy page (through
 * shared/share and shared/content): they are page-independent strings.
 */
export const projectsVi = {
  'projects.loading': 'Đang tải thông tin dự án…',
  'projects.error': 'Không tải được thông tin dự án. Vui lòng thử lại.',
  'projects.retry': 'Thử lại',
  'projects.notFound.title': 'Không tìm thấy dự án',
  'projects.notFound.text': 'Dự án này không tồn tại, chưa được công bố hoặc đã bị gỡ xuống.',
  'projects.notFound.search': 'Tìm dự án kêu gọi đầu tư khác',
  'projects.breadcrumb': 'Vị trí trang',
  'projects.breadcrumb.home': 'Trang chủ',
  'projects.code': 'Mã dự án: {code}',

  'projects.status.published': 'Đang kêu gọi đầu tư',
  'projects.status.awarded': 'Đã lựa chọn nhà đầu tư',

  'projects.untranslated': 'Chưa có bản dịch — nội dung tiếng Việt bên dưới',
  'projects.untranslatedText': 'Những phần chưa có bản tiếng Anh được hiển thị bằng tiếng Việt.',

  'projects.facts': 'Thông tin chính',
  'projects.facts.status': 'Trạng thái',
  'projects.facts.sectors': 'Lĩnh vực',
  'projects.facts.unit': 'Địa bàn',
  'projects.facts.unitLegacy': 'trước đây: {name}',
  'projects.facts.area': 'Diện tích',
  'projects.facts.capital': 'Tổng vốn đầu tư dự kiến',
  'projects.facts.capitalUsd': 'khoảng {usd}',
  'projects.facts.rate': 'Quy đổi theo tỷ giá {rate} đồng/USD ngày {date}',
  'projects.facts.form': 'Hình thức đầu tư',
  'projects.facts.landKind': 'Hiện trạng đất',
  'projects.facts.department': 'Cơ quan phụ trách',
  'projects.facts.verified': 'Thông tin được xác nhận lần cuối',
  'projects.facts.published': 'Ngày đăng',
  'projects.facts.unknown': 'Chưa xác định',

  'projects.land.cleared': 'Đã giải phóng mặt bằng',
  'projects.land.clearing': 'Đang giải phóng mặt bằng',
  'projects.land.not_cleared': 'Chưa giải phóng mặt bằng',
  'projects.land.industrial_zone': 'Đất trong khu, cụm công nghiệp',

  'projects.description': 'Giới thiệu dự án',
  'projects.objectives': 'Mục tiêu',
  'projects.landStatus': 'Hiện trạng sử dụng đất',
  'projects.infrastructure': 'Hạ tầng kết nối',
  'projects.timeline': 'Tiến độ dự kiến',
  'projects.location': 'Vị trí dự án',
  'projects.map': 'Bản đồ vị trí dự án {title}',
  'projects.mapPlot': 'Đường viền đỏ là ranh giới khu đất dự án.',
  'projects.coordinates': 'Tọa độ: {lat}, {lng}',

  'projects.policies': 'Chính sách ưu đãi áp dụng',
  'projects.policies.legal': 'Căn cứ pháp lý: {number}, {issuer}, ngày {date}',
  'projects.policies.validTo': 'hiệu lực đến {date}',

  'projects.documents': 'Tài liệu tải về',

  'projects.contact': 'Liên hệ',
  'projects.contact.department': 'Cơ quan',
  'projects.contact.name': 'Người liên hệ',
  'projects.contact.phone': 'Điện thoại',
  'projects.contact.email': 'Thư điện tử',
  'projects.contact.none': 'Liên hệ cơ quan phụ trách qua biểu mẫu bên dưới.',


  'projects.related': 'Dự án cùng lĩnh vực',

  'projects.share': 'Chia sẻ',
  'projects.share.facebook': 'Facebook',
  'projects.share.zalo': 'Zalo',
  'projects.share.linkedin': 'LinkedIn',
  'projects.share.x': 'X',
  'projects.share.email': 'Thư điện tử',
  'projects.share.newTab': '(mở trong thẻ mới)',
  'projects.share.copy': 'Sao chép liên kết',
  'projects.share.copied': 'Đã sao chép liên kết vào bộ nhớ tạm.',
  'projects.share.copyFailed': 'Không sao chép được. Địa chỉ trang: {url}',
  'projects.print': 'In trang',
} as const;

export const projectsEn: Readonly<Record<keyof typeof projectsVi, string>> = {
  'projects.loading': 'Loading the project…',
  'projects.error': 'The project could not be loaded. Please try again.',
  'projects.retry': 'Try again',
  'projects.notFound.title': 'Project not found',
  'projects.notFound.text': 'This project does not exist, is not published yet or has been withdrawn.',
  'projects.notFound.search': 'Find other calls for investment',
  'projects.breadcrumb': 'Breadcrumb',
  'projects.breadcrumb.home': 'Home',
  'projects.code': 'Project code: {code}',

  'projects.status.published': 'Open for investment',
  'projects.status.awarded': 'Investor selected',

  'projects.untranslated': 'Not yet translated — Vietnamese below',
  'projects.untranslatedText': 'The parts of this page that have no English version yet are shown in Vietnamese.',

  'projects.facts': 'Key facts',
  'projects.facts.status': 'Status',
  'projects.facts.sectors': 'Sectors',
  'projects.facts.unit': 'Location',
  'projects.facts.unitLegacy': 'formerly {name}',
  'projects.facts.area': 'Area',
  'projects.facts.capital': 'Estimated total investment',
  'projects.facts.capitalUsd': 'about {usd}',
  'projects.facts.rate': 'Converted at VND {rate} per US dollar on {date}',
  'projects.facts.form': 'Investment form',
  'projects.facts.landKind': 'Land status',
  'projects.facts.department': 'Responsible agency',
  'projects.facts.verified': 'Information last verified',
  'projects.facts.published': 'Published',
  'projects.facts.unknown': 'Not specified',

  'projects.land.cleared': 'Site cleared',
  'projects.land.clearing': 'Site clearance in progress',
  'projects.land.not_cleared': 'Site not yet cleared',
  'projects.land.industrial_zone': 'Land in an industrial park or cluster',

  'projects.description': 'About the project',
  'projects.objectives': 'Objectives',
  'projects.landStatus': 'Current land use',
  'projects.infrastructure': 'Infrastructure',
  'projects.timeline': 'Expected timeline',
  'projects.location': 'Location',
  'projects.map': 'Location map of {title}',
  'projects.mapPlot': 'The red outline is the boundary of the project site.',
  'projects.coordinates': 'Coordinates: {lat}, {lng}',

  'projects.policies': 'Applicable incentives',
  'projects.policies.legal': 'Legal basis: {number}, {issuer}, {date}',
  'projects.policies.validTo': 'in force until {date}',

  'projects.documents': 'Documents to download',

  'projects.contact': 'Contact',
  'projects.contact.department': 'Agency',
  'projects.contact.name': 'Contact person',
  'projects.contact.phone': 'Phone',
  'projects.contact.email': 'Email',
  'projects.contact.none': 'Contact the responsible agency with the form below.',


  'projects.related': 'Projects in the same sector',

  'projects.share': 'Share',
  'projects.share.facebook': 'Facebook',
  'projects.share.zalo': 'Zalo',
  'projects.share.linkedin': 'LinkedIn',
  'projects.share.x': 'X',
  'projects.share.email': 'Email',
  'projects.share.newTab': '(opens in a new tab)',
  'projects.share.copy': 'Copy link',
  'projects.share.copied': 'Link copied to the clipboard.',
  'projects.share.copyFailed': 'Could not copy. The page address is: {url}',
  'projects.print': 'Print',
};
