import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations: an account waits for its first password, set through a mailed link (token stored hashed). */
export class Invitations1795760000000 implements MigrationInterface {
  name = 'Invitations1795760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "invite_hash" character(64)`);
    await q.query(`ALTER TABLE "users" ADD "invite_expires_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" DROP COLUMN "invite_expires_at"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "invite_hash"`);
  }
}
