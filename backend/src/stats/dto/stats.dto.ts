import { ApiProperty } from '@nestjs/swagger';
import { CapitalDto } from '../../projects/dto/project-output.dto.js';

/** Headline figures of the home page, from published data only. */
export class PublicStatsDto {
  @ApiProperty({ description: 'Calls for investment open now (published)' }) openProjects!: number;
  @ApiProperty({ description: 'Published and awarded calls' }) publicProjects!: number;
  @ApiProperty({ type: CapitalDto, nullable: true, description: 'Total capital of the open calls' }) capital!: CapitalDto | null;
  @ApiProperty({ description: 'Sectors with at least one public call' }) sectors!: number;
  @ApiProperty({ description: 'Published incentive policies' }) policies!: number;
  @ApiProperty({ description: 'Departments with at least one public call' }) departments!: number;
}
