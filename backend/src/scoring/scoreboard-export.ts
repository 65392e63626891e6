import ExcelJS from 'exceljs';
import type { Lang } from '../common/localized.js';
import { toCsv } from '../feeds/csv.js';
import type { DepartmentScoreDto, ScoreboardDto } from './dto/scoreboard.dto.js';
import { COMPONENT_KEYS, type ComponentKey } from './scoreboard-math.js';

type Cell = string | number | null;
interface Column {
  key: string;
  vi: string;
  en: string;
  value: (row: DepartmentScoreDto) => Cell;
}

const field = (key: Exclude<keyof DepartmentScoreDto, 'components'>, vi: string, en: string): Column => ({ key, vi, en, value: (r) => r[key] });

const COMPONENT_LABELS: Record<ComponentKey, { vi: string; en: string }> = {
  completeness: { vi: 'độ đầy đủ', en: 'completeness' },
  freshness: { vi: 'cập nhật thường xuyên', en: 'freshness' },
  english: { vi: 'tiếng Anh', en: 'English' },
  replyWithinTarget: { vi: 'trả lời đúng hạn', en: 'reply within target' },
  replySpeed: { vi: 'tốc độ trả lời', en: 'reply speed' },
  rating: { vi: 'đánh giá của nhà đầu tư', en: 'investor rating' },
};

/**
 * The columns of both exports, in order: the JSON fields of a department row, then one column
 * per component with its 0–1 value (empty when the component had no data and was left out).
 */
export const SCOREBOARD_COLUMNS: readonly Column[] = [
  field('rank', 'Hạng', 'Rank'),
  field('code', 'Mã đơn vị', 'Department code'),
  field('name', 'Đơn vị', 'Department'),
  field('total', 'Tổng điểm (0–100)', 'Total score (0–100)'),
  field('previousTotal', 'Tổng điểm kỳ trước', 'Previous total'),
  field('delta', 'Thay đổi so với kỳ trước', 'Change from previous period'),
  field('projectsPublished', 'Dự án đăng mới', 'Projects published'),
  field('projectsUpdated', 'Dự án cập nhật', 'Projects updated'),
  field('policiesPublished', 'Chính sách đăng mới', 'Policies published'),
  field('policiesUpdated', 'Chính sách cập nhật', 'Policies updated'),
  field('publicProjects', 'Dự án đang công khai', 'Public projects'),
  field('averageCompleteness', 'Độ đầy đủ trung bình (%)', 'Average completeness (%)'),
  field('freshPercent', 'Dự án được xác nhận còn hiệu lực (%)', 'Projects confirmed current (%)'),
  field('publicItems', 'Dự án và chính sách đang công khai', 'Public projects and policies'),
  field('englishPercent', 'Có đủ bản tiếng Anh (%)', 'With English for every text (%)'),
  field('inquiriesReceived', 'Câu hỏi nhận được', 'Inquiries received'),
  field('inquiriesAnswered', 'Câu hỏi đã trả lời', 'Inquiries answered'),
  field('medianReplyHours', 'Trung vị thời gian trả lời đầu tiên (giờ)', 'Median time to first reply (hours)'),
  field('p90ReplyHours', 'Phân vị 90 thời gian trả lời đầu tiên (giờ)', '90th percentile time to first reply (hours)'),
  field('targetCounted', 'Câu hỏi tính thời hạn', 'Inquiries counted for the target'),
  field('withinTarget', 'Trả lời đúng hạn', 'Answered within target'),
  field('withinTargetPercent', 'Trả lời đúng hạn (%)', 'Answered within target (%)'),
  field('ratingAverage', 'Đánh giá trung bình (1–5)', 'Average rating (1–5)'),
  field('ratingCount', 'Số lượt đánh giá', 'Ratings'),
  ...COMPONENT_KEYS.map(
    (key): Column => ({
      key: `component.${key}`,
      vi: `Thành phần: ${COMPONENT_LABELS[key].vi} (0–1)`,
      en: `Component: ${COMPONENT_LABELS[key].en} (0–1)`,
      value: (r) => r.components.find((c) => c.key === key)?.value ?? null,
    }),
  ),
];

const header = (lang: Lang) => SCOREBOARD_COLUMNS.map((c) => c[lang]);
const cells = (row: DepartmentScoreDto) => SCOREBOARD_COLUMNS.map((c) => c.value(row));

/** `scoreboard-2026-01-01_2026-03-31.csv` */
export const exportFileName = (board: ScoreboardDto, ext: 'csv' | 'xlsx') => `scoreboard-${board.period.from}_${board.period.to}.${ext}`;

export function scoreboardCsv(board: ScoreboardDto, lang: Lang): string {
  return toCsv(header(lang), board.departments.map(cells));
}

const SHEETS = {
  vi: { scores: 'Bảng điểm', settings: 'Trọng số và kỳ' },
  en: { scores: 'Scoreboard', settings: 'Weights and period' },
} as const;

const SETTING_LABELS = {
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  days: { vi: 'Số ngày', en: 'Days' },
  previousFrom: { vi: 'Kỳ trước: từ ngày', en: 'Previous period: from' },
  previousTo: { vi: 'Kỳ trước: đến ngày', en: 'Previous period: to' },
  timeZone: { vi: 'Múi giờ', en: 'Time zone' },
  asOf: { vi: 'Thời điểm tính cập nhật', en: 'Freshness evaluated at' },
  freshnessDays: { vi: 'Số ngày còn hiệu lực sau xác nhận', en: 'Days a confirmation stays fresh' },
  replySpeedZeroHours: { vi: 'Số giờ trả lời mà tốc độ bằng 0', en: 'Median hours at which reply speed scores 0' },
  weight: { vi: 'Trọng số', en: 'Weight' },
} as const;

/** Rows of the second sheet: the period and the weights the scores were computed with. */
export function settingsRows(board: ScoreboardDto, lang: Lang): [string, string | number][] {
  const l = (k: keyof typeof SETTING_LABELS) => SETTING_LABELS[k][lang];
  return [
    [l('from'), board.period.from],
    [l('to'), board.period.to],
    [l('days'), board.period.days],
    [l('previousFrom'), board.previousPeriod.from],
    [l('previousTo'), board.previousPeriod.to],
    [l('timeZone'), board.timeZone],
    [l('asOf'), board.asOf],
    [l('freshnessDays'), board.freshnessDays],
    [l('replySpeedZeroHours'), board.settings.replySpeedZeroHours],
    ...COMPONENT_KEYS.map((k): [string, number] => [`${l('weight')}: ${COMPONENT_LABELS[k][lang]}`, board.settings.weights[k]]),
  ];
}

export async function scoreboardXlsx(board: ScoreboardDto, lang: Lang): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Invest Portal';
  book.created = new Date(board.asOf);
  const scores = book.addWorksheet(SHEETS[lang].scores, { views: [{ state: 'frozen', ySplit: 1 }] });
  scores.addRow(header(lang)).font = { bold: true };
  for (const row of board.departments) scores.addRow(cells(row));
  scores.columns.forEach((column, i) => (column.width = i === 2 ? 48 : 14));
  const settings = book.addWorksheet(SHEETS[lang].settings);
  for (const row of settingsRows(board, lang)) settings.addRow(row);
  settings.getColumn(1).width = 48;
  settings.getColumn(2).width = 26;
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file for a download: CSV (UTF-8 with BOM) or XLSX, named after the period. */
export async function scoreboardFile(board: ScoreboardDto, format: 'csv' | 'xlsx', lang: Lang): Promise<{ body: Buffer; type: string; fileName: string }> {
  return format === 'csv'
    ? { body: Buffer.from(scoreboardCsv(board, lang), 'utf8'), type: 'text/csv; charset=utf-8', fileName: exportFileName(board, 'csv') }
    : { body: await scoreboardXlsx(board, lang), type: XLSX_TYPE, fileName: exportFileName(board, 'xlsx') };
}
