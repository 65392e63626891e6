import { PublicFilterQueryDto } from '../../common/query.dto.js';

/** Public list of projects: the shared filters (sector, unit, department). */
export class PublicProjectQueryDto extends PublicFilterQueryDto {}
