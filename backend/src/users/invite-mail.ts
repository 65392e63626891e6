import type { MailDraft } from '../mail/mail.service.js';
import type { User } from './user.entity.js';

/** Bilingual: the invited person has not chosen a language yet. */
export function inviteMail(user: User, link: string, portal: { vi: string; en: string }): MailDraft {
  return {
    kind: 'user.invite',
    to: user.email,
    subject: `${portal.vi}: lời mời tham gia khu làm việc / invitation to the workspace`,
    text: [
      `Kính gửi ${user.displayName},`,
      `Bạn được mời sử dụng khu làm việc của ${portal.vi}. Đặt mật khẩu tại đường dẫn sau (hiệu lực 7 ngày):`,
      link,
      '',
      `Dear ${user.displayName},`,
      `You are invited to the workspace of the ${portal.en}. Set your password at this link (valid for 7 days):`,
      link,
    ].join('\n'),
  };
}
