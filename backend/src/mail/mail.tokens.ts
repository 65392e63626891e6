/** Injection token of the MailTransport (dev database transport or SMTP). */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
