import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { toPlainText, toSafeHtml } from './text.js';

/** A text in both languages as stored and returned: English is null until translated. */
export interface Localized {
  vi: string;
  en: string | null;
}

export class LocalizedDto implements Localized {
  @ApiProperty()
  vi!: string;

  @ApiProperty({ type: String, nullable: true, description: 'null until translated' })
  en!: string | null;
}

/**
 * Strips markup from plain-text input before it is validated and stored. Optional texts that end
 * up empty become null ("not translated"); required ones fail IsNotEmpty.
 */
export const PlainText = (nullable = false) =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const text = toPlainText(value);
    return nullable && text === '' ? null : text;
  });

const Rich = (nullable = false) =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const html = toSafeHtml(value);
    return nullable && html === '' ? null : html;
  });

// One class per length limit: class-validator decorators take constants.
export class ShortTextInput implements Localized {
  @ApiProperty({ maxLength: 300 })
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  vi!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @PlainText(true)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  en!: string | null;
}

export class LongTextInput implements Localized {
  @ApiProperty({ maxLength: 10000 })
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  vi!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @PlainText(true)
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  en!: string | null;
}

/** Sanitised HTML (allow-list in text.ts). */
export class RichTextInput implements Localized {
  @ApiProperty({ maxLength: 50000, description: 'HTML; sanitised to p, br, ul, ol, li, strong, em, b, i, h3, h4, a, blockquote' })
  @Rich()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50000)
  vi!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50000 })
  @Rich(true)
  @IsOptional()
  @IsString()
  @MaxLength(50000)
  en!: string | null;
}

export function localized(value: { vi: string; en?: string | null } | null | undefined): Localized | null {
  return value ? { vi: value.vi, en: value.en ?? null } : null;
}

export type Lang = 'vi' | 'en';

/** Picks the language, falling back to Vietnamese; reports whether it fell back. */
export function pick(value: Localized | null, lang: Lang): { text: string | null; fellBack: boolean } {
  if (!value) return { text: null, fellBack: false };
  if (lang === 'en' && value.en) return { text: value.en, fellBack: false };
  return { text: value.vi, fellBack: lang === 'en' };
}
