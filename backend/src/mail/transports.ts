import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Stable per outbox row, so a mail sent twice after a crash is recognisably the same one. */
  messageId: string;
}

export interface MailTransport {
  readonly name: 'dev' | 'smtp';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Development and tests: the outbox row is the delivered message (see /workspace/dev-mail). */
export class DatabaseTransport implements MailTransport {
  readonly name = 'dev' as const;
  async send(): Promise<void> {}
  close(): void {}
}

export class SmtpTransport implements MailTransport {
  readonly name = 'smtp' as const;
  private readonly transporter: Transporter;

  constructor(url: string) {
    // Timeouts: a hanging mail server must not hold a claimed batch for minutes.
    this.transporter = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
  }

  close(): void {
    this.transporter.close();
  }
}
