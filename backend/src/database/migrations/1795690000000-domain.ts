import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domain: users and sessions, taxonomies, projects and policies with their links, documents,
 * audit log; departments gain address and contact officials. Reviewed against TypeORM's generated SQL.
 */
export class Domain1795690000000 implements MigrationInterface {
  name = 'Domain1795690000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "actor_id" uuid, "actor_email" character varying(254), "action" character varying(40) NOT NULL, "object_type" character varying(40) NOT NULL, "object_id" uuid NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "audit_log_object_idx" ON "audit_log" ("object_type", "object_id", "created_at")`);
    await q.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" character varying(300) NOT NULL, "role" character varying(16) NOT NULL, "department_id" uuid, "disabled_at" TIMESTAMP WITH TIME ZONE, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_officer_department_check" CHECK ("role" <> 'officer' OR "department_id" IS NOT NULL), CONSTRAINT "users_role_check" CHECK ("role" IN ('officer', 'editor', 'admin')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")`);
    await q.query(`CREATE TABLE "sessions" ("id" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "csrf_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions" ("user_id")`);
    await q.query(`CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_type" character varying(16) NOT NULL, "owner_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "title" jsonb NOT NULL, "file_name" character varying(255) NOT NULL, "mime_type" character varying(120) NOT NULL, "size_bytes" integer NOT NULL, "storage_key" character varying(200) NOT NULL, "sha256" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "documents_kind_check" CHECK ("kind" IN ('document', 'image')), CONSTRAINT "documents_owner_type_check" CHECK ("owner_type" IN ('project', 'policy')), CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "documents_owner_idx" ON "documents" ("owner_type", "owner_id")`);
    await q.query(`CREATE TABLE "sectors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64) NOT NULL, "name_vi" character varying(200) NOT NULL, "name_en" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_923fdda0dc12f59add7b3a1782f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "sectors_code_key" ON "sectors" ("code")`);
    await q.query(`CREATE TABLE "investment_forms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64) NOT NULL, "name_vi" character varying(200) NOT NULL, "name_en" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6f71e07b3a1e1155b0a7c3bbe5f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "investment_forms_code_key" ON "investment_forms" ("code")`);
    await q.query(`CREATE TABLE "administrative_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64) NOT NULL, "name_vi" character varying(200) NOT NULL, "name_en" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(16) NOT NULL, "parent_id" uuid, "legacy_name" character varying(200), CONSTRAINT "administrative_units_kind_check" CHECK ("kind" IN ('province', 'ward', 'commune', 'special_zone')), CONSTRAINT "PK_97f662b9b848ae0982347d7d1d3" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "administrative_units_code_key" ON "administrative_units" ("code")`);
    await q.query(`CREATE TABLE "policies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "slug" character varying(120) NOT NULL, "department_id" uuid NOT NULL, "title" jsonb NOT NULL, "summary" jsonb NOT NULL, "body" jsonb NOT NULL, "legal_number" character varying(64) NOT NULL, "legal_issuer" jsonb NOT NULL, "legal_date" date NOT NULL, "valid_from" date, "valid_to" date, "incentive_types" character varying(32) array NOT NULL DEFAULT '{}', "status" character varying(16) NOT NULL DEFAULT 'draft', "review_comment" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "policies_status_check" CHECK ("status" IN ('draft', 'submitted', 'published', 'rejected', 'archived')), CONSTRAINT "PK_603e09f183df0108d8695c57e28" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "policies_slug_key" ON "policies" ("slug")`);
    await q.query(`CREATE UNIQUE INDEX "policies_code_key" ON "policies" ("code")`);
    await q.query(`CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "slug" character varying(120) NOT NULL, "department_id" uuid NOT NULL, "title" jsonb NOT NULL, "summary" jsonb NOT NULL, "description" jsonb NOT NULL, "land_status" jsonb, "infrastructure" jsonb, "timeline" jsonb, "objectives" jsonb, "unit_id" uuid NOT NULL, "investment_form_id" uuid, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "land_plot" jsonb, "area_ha" numeric(12,2), "capital_vnd" bigint, "contact" jsonb, "status" character varying(16) NOT NULL DEFAULT 'draft', "review_comment" text, "last_verified_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "projects_capital_check" CHECK ("capital_vnd" IS NULL OR "capital_vnd" > 0), CONSTRAINT "projects_area_check" CHECK ("area_ha" IS NULL OR "area_ha" > 0), CONSTRAINT "projects_location_check" CHECK ("lat" BETWEEN -90 AND 90 AND "lng" BETWEEN -180 AND 180), CONSTRAINT "projects_status_check" CHECK ("status" IN ('draft', 'submitted', 'published', 'rejected', 'archived', 'awarded')), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "projects_department_status_idx" ON "projects" ("department_id", "status")`);
    await q.query(`CREATE UNIQUE INDEX "projects_slug_key" ON "projects" ("slug")`);
    await q.query(`CREATE UNIQUE INDEX "projects_code_key" ON "projects" ("code")`);
    await q.query(`CREATE TABLE "policy_sectors" ("policy_id" uuid NOT NULL, "sector_id" uuid NOT NULL, CONSTRAINT "PK_7eaaaceb4c64f84fc8da4fd2b9c" PRIMARY KEY ("policy_id", "sector_id"))`);
    await q.query(`CREATE INDEX "IDX_d796848e2382dcdc639156c9a6" ON "policy_sectors" ("policy_id")`);
    await q.query(`CREATE INDEX "IDX_2454884f833f2608cb79d6f443" ON "policy_sectors" ("sector_id")`);
    await q.query(`CREATE TABLE "policy_units" ("policy_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_6d2ecca7842771967a15bca8bfb" PRIMARY KEY ("policy_id", "unit_id"))`);
    await q.query(`CREATE INDEX "IDX_275a887d20cc327b59b8f4bdb5" ON "policy_units" ("policy_id")`);
    await q.query(`CREATE INDEX "IDX_a1679dceb3b03e7fe122751c84" ON "policy_units" ("unit_id")`);
    await q.query(`CREATE TABLE "project_sectors" ("project_id" uuid NOT NULL, "sector_id" uuid NOT NULL, CONSTRAINT "PK_c428693396c0ad16f15425c2c02" PRIMARY KEY ("project_id", "sector_id"))`);
    await q.query(`CREATE INDEX "IDX_6600697f01ccd5c99906c2bd82" ON "project_sectors" ("project_id")`);
    await q.query(`CREATE INDEX "IDX_38686d46cc27caddc02ad1f512" ON "project_sectors" ("sector_id")`);
    await q.query(`CREATE TABLE "project_policies" ("project_id" uuid NOT NULL, "policy_id" uuid NOT NULL, CONSTRAINT "PK_baa6cf14c14d7deef8286ea3fb7" PRIMARY KEY ("project_id", "policy_id"))`);
    await q.query(`CREATE INDEX "IDX_fc4d68db48f1e8adea1e5d3c4c" ON "project_policies" ("project_id")`);
    await q.query(`CREATE INDEX "IDX_37b94f9c44a020aa20e0913844" ON "project_policies" ("policy_id")`);
    await q.query(`ALTER TABLE "departments" ADD "address" jsonb`);
    await q.query(`ALTER TABLE "departments" ADD "contacts" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_0921d1972cf861d568f5271cd85" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "administrative_units" ADD CONSTRAINT "FK_1d33f2501763089f6790637a923" FOREIGN KEY ("parent_id") REFERENCES "administrative_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "policies" ADD CONSTRAINT "FK_0e67496add1f8592aa0a106941a" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "projects" ADD CONSTRAINT "FK_f124be8f746d28f6414b99d2a65" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "projects" ADD CONSTRAINT "FK_05e6e8db066a4c8a68ab27acb65" FOREIGN KEY ("unit_id") REFERENCES "administrative_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "projects" ADD CONSTRAINT "FK_bd8ba42c795555f83d6a255a2c7" FOREIGN KEY ("investment_form_id") REFERENCES "investment_forms"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "policy_sectors" ADD CONSTRAINT "FK_d796848e2382dcdc639156c9a69" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await q.query(`ALTER TABLE "policy_sectors" ADD CONSTRAINT "FK_2454884f833f2608cb79d6f4433" FOREIGN KEY ("sector_id") REFERENCES "sectors"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await q.query(`ALTER TABLE "policy_units" ADD CONSTRAINT "FK_275a887d20cc327b59b8f4bdb59" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await q.query(`ALTER TABLE "policy_units" ADD CONSTRAINT "FK_a1679dceb3b03e7fe122751c843" FOREIGN KEY ("unit_id") REFERENCES "administrative_units"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await q.query(`ALTER TABLE "project_sectors" ADD CONSTRAINT "FK_6600697f01ccd5c99906c2bd825" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await q.query(`ALTER TABLE "project_sectors" ADD CONSTRAINT "FK_38686d46cc27caddc02ad1f5127" FOREIGN KEY ("sector_id") REFERENCES "sectors"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await q.query(`ALTER TABLE "project_policies" ADD CONSTRAINT "FK_fc4d68db48f1e8adea1e5d3c4ce" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await q.query(`ALTER TABLE "project_policies" ADD CONSTRAINT "FK_37b94f9c44a020aa20e0913844e" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "project_policies" DROP CONSTRAINT "FK_37b94f9c44a020aa20e0913844e"`);
    await q.query(`ALTER TABLE "project_policies" DROP CONSTRAINT "FK_fc4d68db48f1e8adea1e5d3c4ce"`);
    await q.query(`ALTER TABLE "project_sectors" DROP CONSTRAINT "FK_38686d46cc27caddc02ad1f5127"`);
    await q.query(`ALTER TABLE "project_sectors" DROP CONSTRAINT "FK_6600697f01ccd5c99906c2bd825"`);
    await q.query(`ALTER TABLE "policy_units" DROP CONSTRAINT "FK_a1679dceb3b03e7fe122751c843"`);
    await q.query(`ALTER TABLE "policy_units" DROP CONSTRAINT "FK_275a887d20cc327b59b8f4bdb59"`);
    await q.query(`ALTER TABLE "policy_sectors" DROP CONSTRAINT "FK_2454884f833f2608cb79d6f4433"`);
    await q.query(`ALTER TABLE "policy_sectors" DROP CONSTRAINT "FK_d796848e2382dcdc639156c9a69"`);
    await q.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_bd8ba42c795555f83d6a255a2c7"`);
    await q.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_05e6e8db066a4c8a68ab27acb65"`);
    await q.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_f124be8f746d28f6414b99d2a65"`);
    await q.query(`ALTER TABLE "policies" DROP CONSTRAINT "FK_0e67496add1f8592aa0a106941a"`);
    await q.query(`ALTER TABLE "administrative_units" DROP CONSTRAINT "FK_1d33f2501763089f6790637a923"`);
    await q.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_0921d1972cf861d568f5271cd85"`);
    await q.query(`ALTER TABLE "departments" DROP COLUMN "contacts"`);
    await q.query(`ALTER TABLE "departments" DROP COLUMN "address"`);
    await q.query(`DROP INDEX "public"."IDX_37b94f9c44a020aa20e0913844"`);
    await q.query(`DROP INDEX "public"."IDX_fc4d68db48f1e8adea1e5d3c4c"`);
    await q.query(`DROP TABLE "project_policies"`);
    await q.query(`DROP INDEX "public"."IDX_38686d46cc27caddc02ad1f512"`);
    await q.query(`DROP INDEX "public"."IDX_6600697f01ccd5c99906c2bd82"`);
    await q.query(`DROP TABLE "project_sectors"`);
    await q.query(`DROP INDEX "public"."IDX_a1679dceb3b03e7fe122751c84"`);
    await q.query(`DROP INDEX "public"."IDX_275a887d20cc327b59b8f4bdb5"`);
    await q.query(`DROP TABLE "policy_units"`);
    await q.query(`DROP INDEX "public"."IDX_2454884f833f2608cb79d6f443"`);
    await q.query(`DROP INDEX "public"."IDX_d796848e2382dcdc639156c9a6"`);
    await q.query(`DROP TABLE "policy_sectors"`);
    await q.query(`DROP INDEX "public"."projects_code_key"`);
    await q.query(`DROP INDEX "public"."projects_slug_key"`);
    await q.query(`DROP INDEX "public"."projects_department_status_idx"`);
    await q.query(`DROP TABLE "projects"`);
    await q.query(`DROP INDEX "public"."policies_code_key"`);
    await q.query(`DROP INDEX "public"."policies_slug_key"`);
    await q.query(`DROP TABLE "policies"`);
    await q.query(`DROP INDEX "public"."administrative_units_code_key"`);
    await q.query(`DROP TABLE "administrative_units"`);
    await q.query(`DROP INDEX "public"."investment_forms_code_key"`);
    await q.query(`DROP TABLE "investment_forms"`);
    await q.query(`DROP INDEX "public"."sectors_code_key"`);
    await q.query(`DROP TABLE "sectors"`);
    await q.query(`DROP INDEX "public"."documents_owner_idx"`);
    await q.query(`DROP TABLE "documents"`);
    await q.query(`DROP INDEX "public"."sessions_user_id_idx"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP INDEX "public"."users_email_key"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP INDEX "public"."audit_log_object_idx"`);
    await q.query(`DROP TABLE "audit_log"`);
  }
}
