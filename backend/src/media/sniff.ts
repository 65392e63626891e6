/** The file types we accept, recognised by their bytes, never by their name or the client's claim. */
export interface Sniffed {
  mime: string;
  ext: string;
  kind: 'document' | 'image';
}

const TYPES = {
  pdf: { mime: 'application/pdf', ext: 'pdf', kind: 'document' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx', kind: 'document' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx', kind: 'document' },
  jpeg: { mime: 'image/jpeg', ext: 'jpg', kind: 'image' },
  png: { mime: 'image/png', ext: 'png', kind: 'image' },
  webp: { mime: 'image/webp', ext: 'webp', kind: 'image' },
} as const satisfies Record<string, Sniffed>;

const startsWith = (buf: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export type SniffResult = { ok: true; type: Sniffed } | { ok: false; looksLike: string };

export function sniff(buf: Buffer): SniffResult {
  if (startsWith(buf, ascii('%PDF-'))) return { ok: true, type: TYPES.pdf };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, type: TYPES.png };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { ok: true, type: TYPES.jpeg };
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return { ok: true, type: TYPES.webp };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    // Office Open XML files are ZIP archives; their part names are stored in clear in the archive.
    const names = buf.toString('latin1');
    if (names.includes('[Content_Types].xml')) {
      if (names.includes('word/document.xml')) return { ok: true, type: TYPES.docx };
      if (names.includes('xl/workbook.xml')) return { ok: true, type: TYPES.xlsx };
    }
    return { ok: false, looksLike: 'a ZIP archive that is not a Word or Excel document' };
  }
  if (startsWith(buf, [0x4d, 0x5a])) return { ok: false, looksLike: 'a Windows executable' };
  if (startsWith(buf, [0x7f, 0x45, 0x4c, 0x46])) return { ok: false, looksLike: 'a Linux executable' };
  const head = buf.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
  if (head.includes('<svg')) return { ok: false, looksLike: 'an SVG image (refused: SVG can carry scripts)' };
  if (head.startsWith('<') || head.startsWith('#!')) return { ok: false, looksLike: 'markup or a script' };
  return { ok: false, looksLike: 'an unknown type' };
}

/** A safe display name: no path, no control characters, and the extension of the real type. */
export function safeFileName(original: string, type: Sniffed): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  const stem = clean.replace(/\.[^.]*$/, '').slice(0, 150) || 'file';
  return `${stem}.${type.ext}`;
}
