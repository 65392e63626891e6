import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox the search sync worker reads. Reviewed against TypeORM's generated SQL. */
export class SearchOutbox1795700000000 implements MigrationInterface {
  name = 'SearchOutbox1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "search_outbox" ("id" BIGSERIAL NOT NULL, "entity_type" character varying(16) NOT NULL, "entity_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "done_at" TIMESTAMP WITH TIME ZONE, "parked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "search_outbox_entity_type_check" CHECK ("entity_type" IN ('project', 'policy')), CONSTRAINT "PK_f0e10017d6287176243c2926453" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "search_outbox_pending_idx" ON "search_outbox" ("next_attempt_at", "id") WHERE "done_at" IS NULL AND "parked_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."search_outbox_pending_idx"`);
    await q.query(`DROP TABLE "search_outbox"`);
  }
}
