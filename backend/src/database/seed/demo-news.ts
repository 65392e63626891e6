import type { EntityManager } from 'typeorm';
import { foldForMatch, plainSummary } from '../../news/text.js';

const DAY = 86_400_000;

/**
 * A few news items as the provincial portal's news section would publish them, so the demo shows
 * related news on project and policy pages before any feed is configured. Each mentions demo
 * sectors, units or project keywords. Their feed URL is not configured anywhere: ingest never
 * touches them, and they stay until the database is reset.
 */
export const DEMO_NEWS_FEED = 'https://www.soctrang.gov.vn/tin-tuc/rss';
export const DEMO_NEWS_SOURCE = 'Cổng TTĐT tỉnh';

export const DEMO_NEWS: { slug: string; daysAgo: number; title: string; summary: string }[] = [
  {
    slug: 'khoi-cong-trien-khai-dien-gio-ven-bien-vinh-chau',
    daysAgo: 2,
    title: 'Sóc Trăng thúc đẩy các dự án điện gió ven biển Vĩnh Châu',
    summary:
      'UBND tỉnh làm việc với các nhà đầu tư điện gió tại phường Vĩnh Châu và phường Khánh Hòa về tiến độ đấu nối, giải phóng mặt bằng và thủ tục chủ trương đầu tư.',
  },
  {
    slug: 'nuoi-trong-thuy-san-cong-nghe-cao-nam-2026',
    daysAgo: 5,
    title: 'Nuôi trồng thủy sản công nghệ cao: hướng đi bền vững cho vùng ven biển',
    summary:
      'Diện tích nuôi tôm siêu thâm canh tiếp tục tăng; tỉnh khuyến khích doanh nghiệp đầu tư trại sản xuất tôm giống sạch bệnh và vùng nuôi ứng dụng công nghệ cao.',
  },
  {
    slug: 'hoi-nghi-xuc-tien-dau-tu-khu-cong-nghiep-tran-de',
    daysAgo: 9,
    title: 'Hội nghị xúc tiến đầu tư vào Khu công nghiệp Trần Đề và cảng biển nước sâu',
    summary:
      'Nhiều doanh nghiệp logistics và chế biến thủy sản tìm hiểu cơ hội tại xã Trần Đề, nơi quy hoạch khu công nghiệp, trung tâm logistics hậu cảng và cảng biển Trần Đề.',
  },
  {
    slug: 'lua-st25-nga-nam-mo-rong-lien-ket',
    daysAgo: 14,
    title: 'Ngã Năm mở rộng vùng nguyên liệu lúa thơm ST25 liên kết với doanh nghiệp',
    summary:
      'Nông dân phường Ngã Năm ký hợp đồng bao tiêu lúa ST25; ngành nông nghiệp và chế biến nông sản kêu gọi đầu tư nhà máy sấy, xay xát gạo.',
  },
  {
    slug: 'du-lich-sinh-thai-cu-lao-dung-hut-khach',
    daysAgo: 20,
    title: 'Du lịch sinh thái Cù Lao Dung thu hút du khách dịp cuối năm',
    summary: 'Xã Cù Lao Dung phát triển du lịch sinh thái biển và du lịch cộng đồng gắn với rừng ngập mặn, kêu gọi nhà đầu tư khu nghỉ dưỡng.',
  },
  {
    slug: 'chinh-sach-uu-dai-dau-tu-moi-2026',
    daysAgo: 30,
    title: 'Tỉnh công bố danh mục dự án kêu gọi đầu tư và chính sách ưu đãi mới',
    summary:
      'Danh mục gồm các dự án điện gió, điện mặt trời, hạ tầng khu công nghiệp và thương mại dịch vụ; nhà đầu tư được hỗ trợ tiền thuê đất theo quy định.',
  },
];

/** Stores the demo news items (no search outbox: the sync worker fills an empty index by itself). */
export async function seedDemoNews(em: EntityManager, now: Date): Promise<number> {
  for (const n of DEMO_NEWS) {
    const link = `https://www.soctrang.gov.vn/tin-tuc/${n.slug}`;
    const summary = plainSummary(n.summary);
    await em.query(
      `INSERT INTO news_items (item_key, feed_url, source, link, title, summary, language, published_at, folded)
       VALUES ($1, $2, $3, $1, $4, $5, 'vi', $6, $7)`,
      [link, DEMO_NEWS_FEED, DEMO_NEWS_SOURCE, n.title, summary, new Date(now.getTime() - n.daysAgo * DAY), foldForMatch(`${n.title} ${summary}`)],
    );
  }
  return DEMO_NEWS.length;
}
