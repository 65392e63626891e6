import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../../users/user.entity.js';

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role!: Role;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set for officers' })
  departmentId!: string | null;
}
