/**
 * The privacy notice shown next to the consent checkbox of the inquiry form. Its version is
 * stored with each inquiry (Law on Personal Data Protection, in force 2026-01-01): changing the
 * text means a new version, so every inquiry keeps pointing at the words its sender agreed to.
 */
export const CONSENT = {
  version: '2026-11-v1',
  text: {
    vi:
      'Tôi đồng ý để cơ quan nhà nước của tỉnh xử lý họ tên, tổ chức, quốc gia, thư điện tử, số điện thoại và nội dung ' +
      'yêu cầu của tôi nhằm trả lời yêu cầu này. Thông tin chỉ được chuyển cho đơn vị phụ trách dự án hoặc chính sách, ' +
      'không công khai, không dùng cho mục đích khác và được ẩn danh hóa sau thời hạn lưu trữ. Tôi có thể yêu cầu xem, ' +
      'xuất hoặc xóa dữ liệu của mình bằng cách liên hệ cơ quan quản lý cổng thông tin.',
    en:
      'I agree that the provincial authorities process my name, organisation, country, email, phone number and message ' +
      'in order to answer this inquiry. They are passed only to the agency in charge of the project or policy, never ' +
      'published or used for anything else, and anonymised after the retention period. I may ask to see, export or ' +
      'erase my data by contacting the agency that runs this portal.',
  },
} as const;
