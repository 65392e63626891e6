import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Degraded-mode search needs accent-insensitive matching (unaccent; pg_trgm for the indexes that
 * come with larger data sets), and the query log for analytics. Managed PostgreSQL services ship
 * both extensions; creating them needs the database owner.
 */
export class SearchQueries1795710000000 implements MigrationInterface {
  name = 'SearchQueries1795710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE TABLE "search_queries" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "index_name" character varying(16) NOT NULL, "query" character varying(200) NOT NULL, "filters" jsonb NOT NULL DEFAULT '{}', "result_count" integer NOT NULL, "lang" character varying(2) NOT NULL, "degraded" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_2945172d2d9a9f6b2339dd036e7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "search_queries_created_idx" ON "search_queries" ("created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."search_queries_created_idx"`);
    await q.query(`DROP TABLE "search_queries"`);
    // The extensions stay: other objects may use them by now.
  }
}
