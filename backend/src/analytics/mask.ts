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

/** As shown and grouped in the analytics: masked, trimmed, whitespace collapsed, lower-cased. */
export function normaliseQuery(text: string): string {
  return maskPersonalData(text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase());
}
