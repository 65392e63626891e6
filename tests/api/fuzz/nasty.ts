/**
 * A fixed corpus of strings that break naive code: Unicode edge cases, markup and injection
 * payloads, path traversal. Each has a label so a failure names the string without printing it.
 */
export interface Nasty {
  label: string;
  value: string;
  /** Contains code units PostgreSQL cannot store in text (NUL): a clear 400 is the right answer. */
  unstorable?: boolean;
}

/** The same Vietnamese words, precomposed (NFC, what keyboards send) and decomposed (NFD, what some macOS apps and PDF copies send). */
export const VIETNAMESE_NFC = 'Khu công nghiệp Sông Hậu';
export const VIETNAMESE_NFD = VIETNAMESE_NFC.normalize('NFD');

const ZALGO = 'Đ' + '\u0300\u0301\u0302\u0303\u0309\u0323\u0306\u031b'.repeat(40);
const FAMILY = '👨‍👩‍👧‍👦';

export const UNICODE: Nasty[] = [
  { label: 'Vietnamese NFC', value: VIETNAMESE_NFC },
  { label: 'Vietnamese NFD', value: VIETNAMESE_NFD },
  { label: 'zero-width space and joiners', value: 'Khu\u200Bcông\u200Cnghiệp\u200D\u2060Sóc\uFEFFTrăng' },
  { label: 'only zero-width characters', value: '\u200B\u200C\u200D\u2060' },
  { label: 'RTL override', value: 'Dự án \u202Egnort cos\u202C (\u202Bعربى\u202C)' },
  { label: 'RTL text', value: 'مشروع الاستثمار في سوك ترانج' },
  { label: 'combining marks (long grapheme cluster)', value: `Cảng ${ZALGO} Trần Đề` },
  { label: 'emoji and astral plane', value: `Điện gió 🌬️⚡ ${FAMILY} 𝕊𝕠𝕔 𝐓𝐫𝐚̆𝐧𝐠 🇻🇳` },
  { label: 'lone high surrogate', value: 'Dự án \uD83D cắt đôi' },
  { label: 'lone low surrogate', value: 'Dự án \uDE00 cắt đôi' },
  { label: 'BOM at the start', value: '\uFEFFDự án có BOM' },
  { label: 'NUL character', value: 'Dự án\u0000NUL', unstorable: true },
  { label: 'C0/C1 control characters', value: 'Dự\u0001\u0007\u001B[31mán\u007F\u0085\u009B' },
  { label: 'line and paragraph separators', value: 'Dòng một\u2028Dòng hai\u2029Đoạn ba' },
  { label: 'fullwidth and compatibility forms', value: 'ＫＣＮ　Ｓｏｎｇ　Ｈａｕ ﬁ ℌ ① ㎡' },
  { label: 'Turkish dotless i and German sharp s', value: 'İstanbul ıi ß ẞ' },
  { label: 'CJK', value: '朔莊省投資促進 — 솟짱 투자' },
  { label: 'whitespace only', value: ' \t\n\u00A0\u3000 ' },
];

export const INJECTION: Nasty[] = [
  { label: 'SQL: quote and DROP TABLE', value: "Robert'); DROP TABLE projects;--" },
  { label: 'SQL: OR 1=1', value: "' OR '1'='1' --" },
  { label: 'SQL: UNION SELECT', value: "x' UNION SELECT password_hash FROM users--" },
  { label: 'SQL: LIKE wildcards', value: '%_%\\' },
  { label: 'HTML: script tag', value: '<script>alert("xss")</script>Dự án' },
  { label: 'HTML: img onerror', value: '<img src=x onerror=alert(1)>Ảnh' },
  { label: 'HTML: svg onload', value: '<svg/onload=alert(1)>' },
  { label: 'HTML: attribute breakout', value: '"><script>alert(1)</script><meta x="' },
  { label: 'HTML: closing title', value: '</title><script>alert(1)</script>' },
  { label: 'HTML: entity-encoded script', value: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { label: 'HTML: double-encoded script', value: '&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;' },
  { label: 'JS: javascript: URL', value: 'javascript:alert(document.cookie)' },
  { label: 'JS: data: URL', value: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { label: 'template: {{7*7}}', value: '{{7*7}} {{constructor.constructor("alert(1)")()}}' },
  { label: 'template: ${}', value: '${7*7} ${process.exit(1)} #{7*7} <%= 7*7 %>' },
  { label: 'CDATA and XML entity', value: ']]><!ENTITY xxe SYSTEM "file:///etc/passwd">&xxe;<![CDATA[' },
  { label: 'CSV formula', value: '=HYPERLINK("http://evil.example","click")' },
  { label: 'JSON in a string', value: '{"__proto__":{"admin":true}}' },
  { label: 'Meilisearch filter syntax', value: 'sector = "x" OR _geoRadius(0, 0, 1)' },
  { label: 'format string', value: '%s%s%s%n%x %d' },
  { label: 'CRLF header injection', value: 'x\r\nSet-Cookie: invest_session=stolen\r\n' },
];

export const TRAVERSAL: Nasty[] = [
  { label: 'path traversal', value: '../../../../etc/passwd' },
  { label: 'Windows traversal', value: '..\\..\\windows\\win.ini' },
  { label: 'encoded traversal', value: '..%2F..%2F..%2Fetc%2Fpasswd' },
  { label: 'double-encoded traversal', value: '%252e%252e%252f%252e%252e%252f' },
  { label: 'file URL', value: 'file:///etc/passwd' },
];

export const NASTY: Nasty[] = [...UNICODE, ...INJECTION, ...TRAVERSAL];

/** Markers that must never appear unescaped in server-written HTML or XML. */
export const ACTIVE_MARKUP = [/<script/i, /<img[^>]*onerror/i, /<svg[^>]*onload/i, /"><script/i, /<\/title><script/i, /<!ENTITY/i];

/** Overlong input: over every field limit, below and above the 1 MB body limit. */
export const OVERLONG = {
  /** Well past every text field's maxLength (the largest is 50,000), under the body limit. */
  longField: 'Đầu tư '.repeat(30_000),
  /** A 1 MB field: with the rest of the body this passes the 1 MB body limit. */
  megabyte: 'a'.repeat(1024 * 1024),
  /** 10,000 items where the schema allows a few. */
  manyItems: (item: unknown) => Array.from({ length: 10_000 }, () => item),
};
