import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { freePort } from '@invest-portal/backend/embedded/index.js';

export interface ReceivedMail {
  messageId: string;
  to: string[];
  subject: string;
  body: string;
  raw: string;
}

export interface SmtpSinkOptions {
  port?: number;
  /** Called for each RCPT TO; resolve 'accept' to accept, anything else leaves the client waiting. */
  onRecipient?: (address: string) => Promise<'accept' | 'hang'>;
  /** Called once the whole message is in; 'hang' never answers the final dot. */
  onMessage?: (mail: ReceivedMail) => 'accept' | 'hang';
}

export interface SmtpSink {
  port: number;
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** A real SMTP server on loopback (smtp-server) that keeps what it accepts, for mail tests. */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const port = options.port ?? (await freePort());
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      if (!options.onRecipient) return callback();
      options.onRecipient(address.address).then(
        (what) => (what === 'accept' ? callback() : undefined),
        (err: Error) => callback(err),
      );
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
        const mail: ReceivedMail = {
          messageId: /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: /^Subject:\s*(.*)$/im.exec(head)?.[1] ?? '',
          body: rest.join('\n\n'),
          raw,
        };
        if ((options.onMessage?.(mail) ?? 'accept') === 'accept') {
          received.push(mail);
          callback();
        }
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
