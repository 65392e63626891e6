import type { MailDraft } from '../mail/mail.service.js';

type Lang = 'vi' | 'en';

const VN_TIME = (d: Date, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(d) +
  (lang === 'vi' ? ' (giờ Việt Nam)' : ' (Vietnam time)');

export interface InquiryMailContext {
  id: string;
  reference: string;
  lang: Lang;
  to: string;
  name: string;
  departmentName: { vi: string; en: string | null };
  dueAt: Date;
  portalUrl: string;
  portalName: { vi: string; en: string };
}

const dept = (c: InquiryMailContext) => (c.lang === 'en' && c.departmentName.en) || c.departmentName.vi;

/** To the investor at once: received, who answers, by when, and the private tracking link. */
export function acknowledgementMail(c: InquiryMailContext, trackingUrl: string): MailDraft {
  const subject =
    c.lang === 'vi' ? `[${c.reference}] Chúng tôi đã nhận được câu hỏi của bạn` : `[${c.reference}] We have received your inquiry`;
  const text =
    c.lang === 'vi'
      ? [
          `Kính gửi ${c.name},`,
          '',
          `Câu hỏi của bạn (mã ${c.reference}) đã được chuyển đến ${dept(c)}.`,
          `Bạn sẽ nhận được trả lời chậm nhất vào ${VN_TIME(c.dueAt, c.lang)}.`,
          '',
          'Theo dõi trạng thái và đọc trả lời tại đường dẫn riêng sau (không chia sẻ cho người khác):',
          trackingUrl,
          '',
          c.portalName.vi,
          c.portalUrl,
        ]
      : [
          `Dear ${c.name},`,
          '',
          `Your inquiry (reference ${c.reference}) has been passed to ${dept(c)}.`,
          `You will receive an answer by ${VN_TIME(c.dueAt, c.lang)} at the latest.`,
          '',
          'Follow its status and read the answer at this private link (do not share it):',
          trackingUrl,
          '',
          c.portalName.en,
          c.portalUrl,
        ];
  return { kind: 'inquiry.ack', to: c.to, subject, text: text.join('\n'), inquiryId: c.id };
}

/** The department's answer, in full, to the investor. */
export function replyMail(c: InquiryMailContext, body: string): MailDraft {
  const subject = c.lang === 'vi' ? `[${c.reference}] Trả lời từ ${dept(c)}` : `[${c.reference}] Answer from ${dept(c)}`;
  const text =
    c.lang === 'vi'
      ? [`Kính gửi ${c.name},`, '', body, '', '—', dept(c), `Xem lại và đánh giá câu trả lời bằng đường dẫn theo dõi trong thư xác nhận.`, c.portalUrl]
      : [`Dear ${c.name},`, '', body, '', '—', dept(c), 'You can read it again and rate the answer through the tracking link in the acknowledgement mail.', c.portalUrl];
  return { kind: 'inquiry.reply', to: c.to, subject, text: text.join('\n'), inquiryId: c.id };
}

/** To the department's officers: a new inquiry to answer (no personal data beyond what they need). */
export function newInquiryMail(c: Omit<InquiryMailContext, 'to' | 'lang'>, to: string, workspaceUrl: string): MailDraft {
  return {
    kind: 'inquiry.new',
    to,
    subject: `[${c.reference}] Câu hỏi mới của nhà đầu tư / New investor inquiry`,
    text: [
      `Đơn vị ${c.departmentName.vi} có câu hỏi mới cần trả lời trước ${VN_TIME(c.dueAt, 'vi')}.`,
      `${c.departmentName.en ?? c.departmentName.vi} has a new inquiry to answer by ${VN_TIME(c.dueAt, 'en')}.`,
      '',
      workspaceUrl,
    ].join('\n'),
    inquiryId: c.id,
  };
}

/** Overdue: to the department head and the editorial board, once per inquiry. */
export function escalationMail(c: Omit<InquiryMailContext, 'to' | 'lang'>, to: string, workspaceUrl: string): MailDraft {
  return {
    kind: 'inquiry.escalation',
    to,
    subject: `[${c.reference}] Quá hạn trả lời nhà đầu tư / Investor inquiry overdue`,
    text: [
      `Câu hỏi ${c.reference} gửi ${c.departmentName.vi} đã quá hạn trả lời (hạn ${VN_TIME(c.dueAt, 'vi')}).`,
      `Inquiry ${c.reference} to ${c.departmentName.en ?? c.departmentName.vi} is overdue (due ${VN_TIME(c.dueAt, 'en')}).`,
      '',
      workspaceUrl,
    ].join('\n'),
    inquiryId: c.id,
  };
}
