import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Land status as a category investors can filter on (the free text stays), and the editorial
 * board's "featured" flag for the home page.
 */
export class ProjectFacets1795720000000 implements MigrationInterface {
  name = 'ProjectFacets1795720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "projects" ADD "land_status_kind" character varying(32)`);
    await q.query(`ALTER TABLE "projects" ADD "featured" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "projects" ADD CONSTRAINT "projects_land_status_kind_check" CHECK ("land_status_kind" IS NULL OR "land_status_kind" IN ('cleared', 'clearing', 'not_cleared', 'industrial_zone'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "projects" DROP CONSTRAINT "projects_land_status_kind_check"`);
    await q.query(`ALTER TABLE "projects" DROP COLUMN "featured"`);
    await q.query(`ALTER TABLE "projects" DROP COLUMN "land_status_kind"`);
  }
}
