import net from 'node:net';
import request from 'supertest';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'options';

export type Body =
  | { type: 'json'; value: unknown }
  | { type: 'raw'; contentType?: string; data: string | Buffer; headers?: Record<string, string> }
  | { type: 'multipart'; fields: Record<string, string>; file?: { field: string; buffer: Buffer; filename: string; contentType?: string } };

export interface Outgoing {
  method: Method;
  /** Path with its query string, already encoded as it goes on the wire. */
  url: string;
  headers: Record<string, string>;
  body?: Body;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Sends one request and keeps the raw answer (whatever its type), so error bodies are checked byte for byte. */
export async function sendHttp(base: string, out: Outgoing, timeoutMs = 60_000): Promise<Answer> {
  let req = request(base)[out.method](out.url).timeout({ deadline: timeoutMs });
  for (const [k, v] of Object.entries(out.headers)) req = req.set(k, v);
  const body = out.body;
  if (body?.type === 'json') {
    req = req.set('Content-Type', 'application/json').send(JSON.stringify(body.value) as never);
  } else if (body?.type === 'raw') {
    if (body.contentType !== undefined) req = req.set('Content-Type', body.contentType);
    for (const [k, v] of Object.entries(body.headers ?? {})) req = req.set(k, v);
    req = req.send(body.data as never);
  } else if (body?.type === 'multipart') {
    for (const [k, v] of Object.entries(body.fields)) req = req.field(k, v);
    if (body.file) req = req.attach(body.file.field, body.file.buffer, { filename: body.file.filename, contentType: body.file.contentType ?? 'application/octet-stream' });
  }
  const res = await req.buffer(true).parse((stream, done) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
    stream.on('end', () => done(null, Buffer.concat(chunks)));
  });
  return { status: res.status, headers: res.headers as Answer['headers'], text: Buffer.isBuffer(res.body) ? res.body.toString('utf8') : '' };
}

/**
 * Bytes straight onto a socket: for requests an HTTP client refuses to send (oversized headers,
 * contradictory framing) and that Node's parser answers before Express sees them.
 */
export function rawHttp(port: number, payload: string, timeoutMs = 10_000): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('raw request timed out'));
    }, timeoutMs);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split >= 0 ? text.slice(0, split) : text;
      const [statusLine, ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine?.split(' ')[1] ?? 0), headers, text: split >= 0 ? text.slice(split + 4) : '' });
    });
    socket.write(payload);
    // Half-close: the server answers what it has and closes.
    socket.end();
  });
}
