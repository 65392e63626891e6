import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Several Meilisearch nodes (ADR 017): each outbox row records the transaction that wrote it, and
 * every further node keeps its own cursor over (txid, id). Reviewed against TypeORM's generated SQL.
 */
export class SearchNodes1795800000000 implements MigrationInterface {
  name = 'SearchNodes1795800000000';

  async up(q: QueryRunner): Promise<void> {
    // A function, so the column default has no casts (TypeORM strips casts when it compares schemas).
    await q.query(`CREATE FUNCTION "search_outbox_txid"() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT pg_current_xact_id()::text::bigint $$`);
    // Existing rows get this migration's transaction id: they are older than any cursor can be.
    await q.query(`ALTER TABLE "search_outbox" ADD "txid" bigint NOT NULL DEFAULT search_outbox_txid()`);
    await q.query(`CREATE INDEX "search_outbox_cursor_idx" ON "search_outbox" ("txid", "id") `);
    await q.query(
      `CREATE TABLE "search_node_cursors" ("node" character varying(300) NOT NULL, "txid" bigint NOT NULL DEFAULT '0', "outbox_id" bigint NOT NULL DEFAULT '0', "filled_at" TIMESTAMP WITH TIME ZONE, "failures" integer NOT NULL DEFAULT '0', "last_error" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "search_node_cursors_pkey" PRIMARY KEY ("node"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "search_node_cursors"`);
    await q.query(`DROP INDEX "public"."search_outbox_cursor_idx"`);
    await q.query(`ALTER TABLE "search_outbox" DROP COLUMN "txid"`);
    await q.query(`DROP FUNCTION "search_outbox_txid"()`);
  }
}
