import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { toAttributionHtml } from '../../common/text.js';
import {
  ArrayContains,
  ArrayMaxSize,
  IsIn,
  IsArray,
  IsDefined,
  IsInt,
  IsNumber,
  IsObject,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class MapCenterInput {
  @ApiProperty() @IsNumber() @Min(-90) @Max(90) lat!: number;
  @ApiProperty() @IsNumber() @Min(-180) @Max(180) lng!: number;
}

export class MapSettingsInput {
  @ApiProperty({ example: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', description: 'Must contain {z}, {x} and {y}' })
  @IsString()
  @MaxLength(500)
  @Matches(/^https?:\/\/[^\s]*\{z\}[^\s]*$/, { message: 'map.tileUrl must be an http(s) URL containing {z}, {x} and {y}' })
  @Matches(/\{x\}/, { message: 'map.tileUrl must contain {x}' })
  @Matches(/\{y\}/, { message: 'map.tileUrl must contain {y}' })
  tileUrl!: string;

  // Leaflet renders it as HTML on every map: links stay, anything else that could run goes.
  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? toAttributionHtml(value) : value))
  @IsString()
  @MaxLength(300)
  attribution!: string;

  @ApiProperty({ type: MapCenterInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MapCenterInput)
  center!: MapCenterInput;

  @ApiProperty({ minimum: 0, maximum: 22 }) @IsInt() @Min(0) @Max(22) zoom!: number;
  @ApiProperty({ minimum: 0, maximum: 22 }) @IsInt() @Min(0) @Max(22) maxZoom!: number;
}

/**
 * Portal-wide settings administrators change in the workspace. The map applies at once to the
 * public site; the embed allow-list and the news feeds are read by the widgets and the news
 * ingest (issue 7).
 */
export class PortalSettingsDto {
  @ApiProperty({ type: [String], enum: ['vi', 'en'], description: 'Languages the public site offers; Vietnamese always (the official language), English when its content is ready', example: ['vi', 'en'] })
  @IsArray()
  @ArrayMaxSize(2)
  @IsIn(['vi', 'en'], { each: true, message: 'languages may contain vi and en' })
  @ArrayContains(['vi'], { message: 'languages must contain vi: Vietnamese is always published' })
  languages!: ('vi' | 'en')[];

  @ApiProperty({ type: MapSettingsInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MapSettingsInput)
  map!: MapSettingsInput;

  @ApiProperty({ type: [String], description: 'Origins allowed to embed the widgets, e.g. https://soctrang.gov.vn', example: ['https://soctrang.gov.vn'] })
  // Origins compare case-insensitively (RFC 6454): lower-case them before checking.
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value))
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/, { each: true, message: 'embedAllowList entries must be origins: scheme and host (and port), no path' })
  embedAllowList!: string[];

  @ApiProperty({ type: [String], description: "RSS/Atom feeds of the main portal's news sections to ingest" })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { each: true, message: 'newsFeeds entries must be http(s) URLs' })
  newsFeeds!: string[];
}
