import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Investors' inquiries and the replies they receive. Personal data lives only here; the
 * tracking token is stored as its sha256, references come from a sequence (no gaps to guess from
 * timestamps, no race on "max + 1").
 */
export class Inquiries1795730000000 implements MigrationInterface {
  name = 'Inquiries1795730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE "inquiry_reference_seq"`);
    await q.query(`CREATE TABLE "inquiries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(20) NOT NULL, "tracking_hash" character(64) NOT NULL, "project_id" uuid, "policy_id" uuid, "department_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "organisation" character varying(200), "country" character(2) NOT NULL, "email" character varying(254) NOT NULL, "phone" character varying(40), "preferred_lang" character varying(2) NOT NULL, "message" text NOT NULL, "consent_version" character varying(32) NOT NULL, "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'new', "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rating" smallint, "rating_comment" text, "rated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "inquiries_rating_check" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5), CONSTRAINT "inquiries_subject_check" CHECK ("project_id" IS NULL OR "policy_id" IS NULL), CONSTRAINT "inquiries_status_check" CHECK ("status" IN ('new', 'acknowledged', 'answered', 'closed', 'spam')), CONSTRAINT "PK_inquiries" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "inquiries_reference_key" ON "inquiries" ("reference")`);
    await q.query(`CREATE UNIQUE INDEX "inquiries_tracking_key" ON "inquiries" ("tracking_hash")`);
    await q.query(`CREATE INDEX "inquiries_department_status_idx" ON "inquiries" ("department_id", "status")`);
    await q.query(`CREATE INDEX "inquiries_email_idx" ON "inquiries" ("email")`);
    await q.query(`CREATE TABLE "inquiry_replies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "inquiry_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_inquiry_replies" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "inquiry_replies_inquiry_idx" ON "inquiry_replies" ("inquiry_id", "created_at")`);
    await q.query(`ALTER TABLE "inquiries" ADD CONSTRAINT "FK_f10489bed4fb4481c575841a536" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "inquiries" ADD CONSTRAINT "FK_21ecc6eafdb8d3fe91f7fe35be6" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "inquiries" ADD CONSTRAINT "FK_88e29ecfd435044ea4c93265b40" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "inquiry_replies" ADD CONSTRAINT "FK_bddb8deb3711634c546b7b35419" FOREIGN KEY ("inquiry_id") REFERENCES "inquiries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "inquiry_replies" ADD CONSTRAINT "FK_a445c4f307203aa8b1240a25264" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "inquiry_replies"`);
    await q.query(`DROP TABLE "inquiries"`);
    await q.query(`DROP SEQUENCE "inquiry_reference_seq"`);
  }
}
