/** A phone number as a `tel:` URL: digits and a leading +, nothing else ("0299 3822 104" → "tel:02993822104"). */
export function telHref(phone: string): string {
  return 'tel:' + phone.replace(/(?!^\+)[^\d]/g, '');
}
