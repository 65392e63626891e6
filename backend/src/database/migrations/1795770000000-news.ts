import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * News integration: items read from the provincial portal's RSS/Atom feeds, the fetch status of
 * each feed, editors' pin/hide decisions per project, and 'news' as a search outbox type.
 * Reviewed against TypeORM's generated SQL (the drift test compares them).
 */
export class News1795770000000 implements MigrationInterface {
  name = 'News1795770000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "news_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_key" character varying(2048) NOT NULL, "feed_url" character varying(2048) NOT NULL, "source" character varying(300) NOT NULL, "link" character varying(2048), "title" character varying(500) NOT NULL, "summary" text NOT NULL DEFAULT '', "image_url" character varying(2048), "language" character varying(2) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "folded" text NOT NULL, CONSTRAINT "news_items_language_check" CHECK ("language" IN ('vi', 'en')), CONSTRAINT "PK_4b3130d2448c08413a7687d946c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "news_items_item_key_key" ON "news_items" ("item_key")`);
    await q.query(`CREATE INDEX "news_items_published_idx" ON "news_items" ("published_at")`);
    await q.query(`CREATE INDEX "news_items_feed_idx" ON "news_items" ("feed_url")`);
    await q.query(
      `CREATE TABLE "news_feeds" ("url" character varying(2048) NOT NULL, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_success_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "item_count" integer NOT NULL DEFAULT '0', "etag" character varying(500), "last_modified" character varying(100), CONSTRAINT "PK_39cdd7ac9395a16ca4e7e2d2e1b" PRIMARY KEY ("url"))`,
    );
    await q.query(
      `CREATE TABLE "project_news" ("project_id" uuid NOT NULL, "news_id" uuid NOT NULL, "state" character varying(8) NOT NULL, "set_by" uuid, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "project_news_state_check" CHECK ("state" IN ('pinned', 'hidden')), CONSTRAINT "PK_57aa1df48039ec9a01a379032b6" PRIMARY KEY ("project_id", "news_id"))`,
    );
    await q.query(`CREATE INDEX "project_news_news_idx" ON "project_news" ("news_id")`);
    await q.query(
      `ALTER TABLE "project_news" ADD CONSTRAINT "FK_bc756e7498514ac9fcca05f8941" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_news" ADD CONSTRAINT "FK_cb9a64870a673cbc5f80520179d" FOREIGN KEY ("news_id") REFERENCES "news_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_news" ADD CONSTRAINT "FK_65d6a1ab14b41ffe778a6ca8449" FOREIGN KEY ("set_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "search_outbox" DROP CONSTRAINT "search_outbox_entity_type_check"`);
    await q.query(`ALTER TABLE "search_outbox" ADD CONSTRAINT "search_outbox_entity_type_check" CHECK ("entity_type" IN ('project', 'policy', 'news'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "search_outbox" WHERE "entity_type" = 'news'`);
    await q.query(`ALTER TABLE "search_outbox" DROP CONSTRAINT "search_outbox_entity_type_check"`);
    await q.query(`ALTER TABLE "search_outbox" ADD CONSTRAINT "search_outbox_entity_type_check" CHECK ("entity_type" IN ('project', 'policy'))`);
    await q.query(`DROP TABLE "project_news"`);
    await q.query(`DROP TABLE "news_feeds"`);
    await q.query(`DROP TABLE "news_items"`);
  }
}
