import sanitizeHtml from 'sanitize-html';

const PLAIN: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: 'discard' };

const TAG_LIKE = /<[a-zA-Z!/?]/;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * Plain text: markup is removed (and whatever markup entity-decoding would reveal), characters like
 * "<" in "diện tích < 5 ha" survive. Control characters (C0 except tab and newlines, DEL, C1) go too.
 */
export function toPlainText(value: string): string {
  let text = value.normalize('NFC');
  for (let i = 0; i < 10; i++) {
    const next = sanitizeHtml(text, PLAIN).replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m]!);
    if (next === text) break;
    text = next;
  }
  // Still markup after that many rounds of decoding: a deliberately nested encoding. Strip it and
  // keep whatever remains entity-encoded, so no depth of encoding can bring a live tag back.
  if (TAG_LIKE.test(text)) text = sanitizeHtml(text, PLAIN);
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '').trim();
}

const RICH: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'h3', 'h4', 'a', 'blockquote'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
  },
};
RICH.allowedAttributes = { a: ['href', 'rel'] };

/** Rich text (policy bodies): an allow-list of structural tags; no scripts, styles, events or images. */
export function toSafeHtml(value: string): string {
  // eslint-disable-next-line no-control-regex
  return sanitizeHtml(value.normalize('NFC'), RICH).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '').trim();
}

/** HTML text and attribute escaping (the five characters that can change meaning). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const ATTRIBUTION: sanitizeHtml.IOptions = {
  allowedTags: ['a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

/**
 * A map attribution: Leaflet writes it into the page as HTML, and tile providers ask for a link
 * ("© <a href=…>OpenStreetMap</a> contributors"), so links stay and everything else is text.
 */
export function toAttributionHtml(value: string): string {
  // eslint-disable-next-line no-control-regex
  return sanitizeHtml(value.normalize('NFC'), ATTRIBUTION).replace(/[\u0000-\u001F\u007F-\u009F]/g, '').trim();
}
