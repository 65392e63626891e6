import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PlainText } from '../../common/localized.js';
import { ROLES, type Role } from '../user.entity.js';

export class CreateUserDto {
  @ApiProperty()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ minLength: 12, description: 'At least 12 characters' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Required for officers' })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @PlainText()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ minLength: 12 })
  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ description: 'true ends every session of the account at once' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) departmentId!: string | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set while sign-in is locked after failures' })
  lockedUntil!: string | null;
  @ApiProperty({ description: 'Invited, and the invitation not yet accepted' }) invitePending!: boolean;
}

/** An account created without a password: the person sets one through the mailed link. */
export class InviteUserDto {
  @ApiProperty()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Required for officers' })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;
}

export class AcceptInvitationDto {
  @ApiProperty({ minLength: 12, description: 'The new password, at least 12 characters' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password!: string;
}
