import { ApiProperty } from '@nestjs/swagger';

export class LocalizedTextDto {
  @ApiProperty({ example: 'Cổng Xúc tiến Đầu tư tỉnh Sóc Trăng' })
  vi!: string;

  @ApiProperty({ example: 'Soc Trang Investment Promotion Portal' })
  en!: string;
}

export class MapCenterDto {
  @ApiProperty({ example: 9.6025 })
  lat!: number;

  @ApiProperty({ example: 105.9739 })
  lng!: number;
}

export class MapSettingsDto {
  @ApiProperty({ example: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' })
  tileUrl!: string;

  @ApiProperty({ example: '© OpenStreetMap contributors' })
  attribution!: string;

  @ApiProperty({ type: MapCenterDto })
  center!: MapCenterDto;

  @ApiProperty({ example: 10 })
  zoom!: number;

  @ApiProperty({ example: 18 })
  maxZoom!: number;
}

export class PublicSettingsDto {
  @ApiProperty({ type: [String], enum: ['vi', 'en'], description: 'Languages the site offers (Vietnamese always)' })
  languages!: ('vi' | 'en')[];

  @ApiProperty({ type: LocalizedTextDto })
  portalName!: LocalizedTextDto;

  @ApiProperty({ type: LocalizedTextDto, description: 'Agency that owns the portal (shown in the footer)' })
  owner!: LocalizedTextDto;

  @ApiProperty({ type: MapSettingsDto })
  map!: MapSettingsDto;
}
