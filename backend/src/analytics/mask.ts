/**
 * What people type into a search box sometimes is their own contact data ("tôi là an@gmail.com,
 * 0912 345 678"). Query texts leave the database only through this: anything with an @ becomes
 * [email], and a run of 8 or more digits (spaces, dots, dashes, brackets and a leading + allowed in
 * between) becomes [phone]. It errs on the side of masking: a long amount such as 1.000.000.000 is
 * masked too.
 */
export const EMAIL_MASK = '[email]';
export const PHONE_MASK = '[phone]';

const EMAIL = /\S*@\S*/g;
const PHONE = /\+?\(?\d(?:[\s.\-()/]*\d){7,}/g;

export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, EMAIL_MASK).replace(PHONE, PHONE_MASK);
}

/**
 * As shown and grouped in the analytics: masked, trimmed, whitespace collapsed, lower-cased.
 * Control characters count as spaces: a NUL typed into the search box cannot be stored in text.
 */
export function normaliseQuery(text: string): string {
  // eslint-disable-next-line no-control-regex
  return maskPersonalData(text.normalize('NFC').replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').trim().replace(/\s+/g, ' ').toLowerCase());
}
