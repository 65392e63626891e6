import type { MigrationInterface, QueryRunner } from 'typeorm';

/** First table: the units that supply information. Reviewed against TypeORM's generated SQL. */
export class Departments1795680000000 implements MigrationInterface {
  name = 'Departments1795680000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "departments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" character varying(32) NOT NULL,
        "name_vi" character varying(300) NOT NULL,
        "name_en" character varying(300),
        "kind" character varying(32) NOT NULL,
        "office_lat" double precision,
        "office_lng" double precision,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_91fddbe23e927e1e525c152baa3" UNIQUE ("code"),
        CONSTRAINT "departments_kind_check" CHECK ("kind" IN ('department', 'industrial_zone_board', 'commune', 'other')),
        CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "departments"`);
  }
}
