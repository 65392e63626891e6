import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Analytics without personal data (issue 8, docs/analytics.md): page views and channel use as
 * daily aggregates only, keyed by Asia/Ho_Chi_Minh calendar day. No column can hold an IP address,
 * a User-Agent, a cookie or a reader hash. Reviewed against TypeORM's generated SQL (drift test).
 */
export class Analytics1795790000000 implements MigrationInterface {
  name = 'Analytics1795790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "page_views_daily" ("day" date NOT NULL, "kind" character varying(8) NOT NULL, "item_id" uuid NOT NULL, "views" integer NOT NULL DEFAULT '0', CONSTRAINT "page_views_daily_kind_check" CHECK ("kind" IN ('project', 'policy')), CONSTRAINT "PK_82e0b4663b94506fb4b30429e47" PRIMARY KEY ("day", "kind", "item_id"))`,
    );
    await q.query(
      `CREATE TABLE "usage_daily" ("day" date NOT NULL, "channel" character varying(32) NOT NULL, "key" character varying(300) NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_5b872ed2d612d739faffefd5b57" PRIMARY KEY ("day", "channel", "key"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "usage_daily"`);
    await q.query(`DROP TABLE "page_views_daily"`);
  }
}
