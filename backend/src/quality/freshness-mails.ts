import type { Localized } from '../common/localized.js';
import type { MailDraft } from '../mail/mail.service.js';

const VN_DATE = (d: Date, lang: 'vi' | 'en') =>
  new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(d);

export interface FreshnessMailContext {
  id: string;
  code: string;
  title: Localized;
  /** Last "still current" confirmation, or the publication when never confirmed. */
  since: Date;
  ageDays: number;
  staleDays: number;
  /** PUBLIC_URL: the workspace lives on the same origin. */
  portalUrl: string;
}

const editorUrl = (c: FreshnessMailContext) => `${c.portalUrl}/workspace/projects/${c.id}`;

/**
 * To each active officer of the owning department, once per confirmation: check the call for
 * investment and press "still current" (or update it). Bilingual, like the other workspace mails.
 * `?action=verify` asks the editor page to offer the confirmation at once.
 */
export function reminderMail(c: FreshnessMailContext, to: string): MailDraft {
  const url = editorUrl(c);
  return {
    kind: 'freshness.remind',
    to,
    subject: `[${c.code}] Đề nghị xác nhận thông tin dự án vẫn đúng / Please confirm the project is still current`,
    text: [
      `Dự án ${c.code} "${c.title.vi}" chưa được xác nhận thông tin vẫn đúng trong ${c.ageDays} ngày (lần gần nhất: ${VN_DATE(c.since, 'vi')}).`,
      `Vui lòng kiểm tra nội dung và bấm "Xác nhận thông tin vẫn đúng", hoặc cập nhật và gửi duyệt lại.`,
      `Sau ${c.staleDays} ngày, trang công khai sẽ ghi chú thông tin có thể đã cũ và Ban biên tập sẽ được báo.`,
      '',
      `Project ${c.code} "${c.title.en ?? c.title.vi}" has not been confirmed as still current for ${c.ageDays} days (last: ${VN_DATE(c.since, 'en')}).`,
      `Please check it and press "Confirm still current", or update it and submit it again.`,
      `After ${c.staleDays} days the public page says the information may be out of date and the editorial board is told.`,
      '',
      `Mở trong không gian làm việc / Open in the workspace: ${url}`,
      `Xác nhận vẫn đúng / Confirm still current: ${url}?action=verify`,
    ].join('\n'),
  };
}

/** To each active editor, once per confirmation: the department has not confirmed it for staleDays. */
export function escalationMail(c: FreshnessMailContext & { departmentName: Localized }, to: string): MailDraft {
  return {
    kind: 'freshness.escalate',
    to,
    subject: `[${c.code}] Thông tin dự án có thể đã cũ / Project information may be out of date`,
    text: [
      `Dự án ${c.code} "${c.title.vi}" của ${c.departmentName.vi} chưa được xác nhận thông tin vẫn đúng trong ${c.ageDays} ngày (lần gần nhất: ${VN_DATE(c.since, 'vi')}).`,
      `Trang công khai đang ghi chú thông tin có thể đã cũ. Đơn vị đã được nhắc trước đó.`,
      '',
      `Project ${c.code} "${c.title.en ?? c.title.vi}" of ${c.departmentName.en ?? c.departmentName.vi} has not been confirmed as still current for ${c.ageDays} days (last: ${VN_DATE(c.since, 'en')}).`,
      `Its public page now says the information may be out of date. The department was reminded earlier.`,
      '',
      editorUrl(c),
    ].join('\n'),
  };
}
