import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quality of content (issue 8): when a project's department was reminded to confirm it is still
 * current and when the editorial board was told it is out of date (each once per confirmation),
 * and which version of a project or policy an editor confirmed the English of.
 */
export class ProjectQuality1795780000000 implements MigrationInterface {
  name = 'ProjectQuality1795780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "projects" ADD "freshness_reminded_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "projects" ADD "freshness_escalated_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "projects" ADD "english_reviewed_version" integer`);
    await q.query(`ALTER TABLE "policies" ADD "english_reviewed_version" integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "policies" DROP COLUMN "english_reviewed_version"`);
    await q.query(`ALTER TABLE "projects" DROP COLUMN "english_reviewed_version"`);
    await q.query(`ALTER TABLE "projects" DROP COLUMN "freshness_escalated_at"`);
    await q.query(`ALTER TABLE "projects" DROP COLUMN "freshness_reminded_at"`);
  }
}
