/**
 * Titles and descriptions the server writes for pages without their own data. They match the
 * app's dictionaries (frontend/src/app/core/i18n) so the title does not change once the app runs.
 */
export const PAGE_TEXTS = {
  home: {
    vi: { title: null, description: 'Dự án kêu gọi đầu tư, chính sách ưu đãi và đầu mối liên hệ cho nhà đầu tư tại tỉnh Sóc Trăng.' },
    en: { title: null, description: 'Calls for investment, incentive policies and contacts for investors in Soc Trang province.' },
  },
  projects: {
    vi: { title: 'Dự án kêu gọi đầu tư', description: 'Tìm dự án kêu gọi đầu tư theo lĩnh vực, địa bàn, vốn, diện tích và hiện trạng đất, trên danh sách và bản đồ.' },
    en: { title: 'Calls for investment', description: 'Find calls for investment by sector, area, capital, land size and land status, as a list and on a map.' },
  },
  policies: {
    vi: { title: 'Chính sách ưu đãi', description: 'Chính sách ưu đãi, hỗ trợ đầu tư của tỉnh, kèm căn cứ pháp lý và thời hạn hiệu lực.' },
    en: { title: 'Incentive policies', description: 'Investment incentives and support of the province, with their legal basis and validity.' },
  },
  contact: {
    vi: { title: 'Liên hệ', description: 'Gửi câu hỏi cho cơ quan xúc tiến đầu tư của tỉnh và theo dõi câu trả lời.' },
    en: { title: 'Contact', description: "Send a question to the province's investment promotion office and follow the answer." },
  },
  search: {
    vi: { title: 'Tìm kiếm', description: 'Tìm dự án kêu gọi đầu tư, chính sách ưu đãi và tin tức của tỉnh trên cổng thông tin.' },
    en: { title: 'Search', description: "Search the province's calls for investment, incentive policies and news on the portal." },
  },
  track: {
    vi: { title: 'Theo dõi yêu cầu', description: 'Trạng thái và câu trả lời cho yêu cầu của bạn.' },
    en: { title: 'Track your inquiry', description: 'The status of your inquiry and the answers to it.' },
  },
} as const;
