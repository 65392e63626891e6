import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';

export const AUDITED_TYPES = ['project', 'policy', 'department', 'user', 'sector', 'investment_form', 'administrative_unit', 'document', 'inquiry'] as const;

export class AuditQueryDto {
  @ApiProperty({ enum: AUDITED_TYPES })
  @IsIn(AUDITED_TYPES)
  objectType!: (typeof AUDITED_TYPES)[number];

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  objectId!: string;
}

export class AuditEntryDto {
  @ApiProperty()
  id!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  actorId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  actorEmail!: string | null;

  @ApiProperty({ example: 'update' })
  action!: string;

  @ApiProperty()
  objectType!: string;

  @ApiProperty({ format: 'uuid' })
  objectId!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { from: {}, to: {} } },
    description: 'Changed fields: { field: { from, to } }',
  })
  changes!: Record<string, { from: unknown; to: unknown }>;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}
