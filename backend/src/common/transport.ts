import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { NO_FRAMING_CSP } from '../embed/csp.js';

/**
 * Peers whose X-Forwarded-Proto and X-Forwarded-For Express believes: a TLS-terminating reverse
 * proxy on the same host or on the private network. Only when the portal's public address is
 * https: a portal published over plain HTTP has no TLS proxy, so nobody's word about TLS counts,
 * and a client on the open internet is never a trusted peer whatever the setting.
 */
export function trustProxySetting(publicUrl: string): string | false {
  return /^https:/i.test(publicUrl) ? 'loopback, linklocal, uniquelocal' : false;
}

const PARSER_MESSAGES: Record<number, string> = {
  400: 'The request is not valid HTTP',
  408: 'The request took too long to arrive',
  431: 'The request headers are too large',
};

/**
 * Requests Node's HTTP parser refuses before Express sees them (oversized headers, contradictory
 * framing, garbage) get the API's error body and request id too, instead of a bare status line.
 */
export function answerParserErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex & { bytesWritten?: number }) => {
    // Mid-response (a pipelined request went bad) or already gone: nothing sensible can be written.
    if (err.code === 'ECONNRESET' || !socket.writable || (socket.bytesWritten ?? 0) > 0) {
      socket.destroy();
      return;
    }
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const requestId = randomUUID();
    const body = JSON.stringify({ statusCode: status, error: STATUS_CODES[status], message: PARSER_MESSAGES[status], requestId });
    socket.end(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `X-Request-Id: ${requestId}`,
        'X-Content-Type-Options: nosniff',
        `Content-Security-Policy: ${NO_FRAMING_CSP}`,
        'Cache-Control: no-store',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
