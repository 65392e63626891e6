/**
 * UI strings of the information-quality parts of the project page (completeness, the "may be out
 * of date" notice, incentives that may apply), merged into the app dictionaries by core/i18n/vi.ts
 * and en.ts. Keys start with 'quality.'; `qualityEn` must have exactly the keys of `qualityVi`.
 */
export const qualityVi = {
  'quality.completeness': 'Mức đầy đủ thông tin',
  'quality.completeness.value': '{score}%',
  'quality.completeness.help': 'Tỷ lệ thông tin nhà đầu tư cần (vị trí, diện tích, vốn, đất, hạ tầng, ưu đãi, tài liệu, liên hệ, tiếng Anh) mà trang này đã có.',
  'quality.outdated': 'Thông tin có thể đã cũ — cập nhật lần cuối {date}. Vui lòng liên hệ cơ quan phụ trách để xác nhận.',
  'quality.outdatedNoDate': 'Thông tin có thể đã cũ. Vui lòng liên hệ cơ quan phụ trách để xác nhận.',

  'quality.incentives': 'Chính sách ưu đãi có thể áp dụng',
  'quality.incentives.lead': 'Chính sách đang công bố có lĩnh vực và địa bàn phù hợp với dự án. Điều kiện cụ thể xem tại từng chính sách.',
  'quality.incentives.legal': 'Số hiệu: {number}',
  'quality.incentives.validFrom': 'có hiệu lực từ {date}',
  'quality.incentives.linked': 'Cơ quan phụ trách đã nêu chính sách này cho dự án',
} as const;

export const qualityEn: Readonly<Record<keyof typeof qualityVi, string>> = {
  'quality.completeness': 'Information completeness',
  'quality.completeness.value': '{score}%',
  'quality.completeness.help': 'Share of what investors need (location, area, capital, land, infrastructure, incentives, documents, contact, English) that this page has.',
  'quality.outdated': 'This information may be out of date — last confirmed {date}. Please contact the responsible agency to confirm it.',
  'quality.outdatedNoDate': 'This information may be out of date. Please contact the responsible agency to confirm it.',

  'quality.incentives': 'Incentives that may apply',
  'quality.incentives.lead': 'Published policies whose sectors and area match this project. See each policy for its conditions.',
  'quality.incentives.legal': 'Legal number: {number}',
  'quality.incentives.validFrom': 'in force from {date}',
  'quality.incentives.linked': 'Named for this project by the responsible agency',
};
