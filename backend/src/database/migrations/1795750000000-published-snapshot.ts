import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The content of a project or policy as last published, so reviewers see what an update changes. */
export class PublishedSnapshot1795750000000 implements MigrationInterface {
  name = 'PublishedSnapshot1795750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "projects" ADD "published_snapshot" jsonb`);
    await q.query(`ALTER TABLE "policies" ADD "published_snapshot" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "policies" DROP COLUMN "published_snapshot"`);
    await q.query(`ALTER TABLE "projects" DROP COLUMN "published_snapshot"`);
  }
}
