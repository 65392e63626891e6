/** Short, human labels for downloadable files: "PDF", "1.2 MB". Pure functions. */
export type SizeLang = 'vi' | 'en';

const TYPE_BY_MIME: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/zip': 'ZIP',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
};

/** The file type an investor recognises: from the MIME type, else the file name's extension. */
export function fileTypeLabel(mimeType: string, fileName: string): string {
  const known = TYPE_BY_MIME[mimeType.toLowerCase().split(';')[0].trim()];
  if (known) return known;
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1];
  return ext ? ext.toUpperCase() : '';
}

/** "820 KB", "1,4 MB" / "1.4 MB"; '' for a negative or non-finite size. */
export function formatBytes(bytes: number, lang: SizeLang): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
