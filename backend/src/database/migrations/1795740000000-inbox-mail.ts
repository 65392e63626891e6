import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inquiry inbox (assignee, milestones, escalation, anonymisation, internal notes), the mail
 * outbox, and settings administrators change at run time.
 */
export class InboxMail1795740000000 implements MigrationInterface {
  name = 'InboxMail1795740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "inquiries" ADD "assignee_id" uuid`);
    await q.query(`ALTER TABLE "inquiries" ADD "acknowledged_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "inquiries" ADD "answered_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "inquiries" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "inquiries" ADD "escalated_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "inquiries" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "inquiries" ADD CONSTRAINT "FK_38962d3b0fbc26a2460381c9779" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`CREATE TABLE "inquiry_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "inquiry_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_inquiry_notes" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "inquiry_notes_inquiry_idx" ON "inquiry_notes" ("inquiry_id", "created_at")`);
    await q.query(`ALTER TABLE "inquiry_notes" ADD CONSTRAINT "FK_fdc46a208150a2d9102c82b8498" FOREIGN KEY ("inquiry_id") REFERENCES "inquiries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "inquiry_notes" ADD CONSTRAINT "FK_9308eb1db285cc000800d396d36" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`CREATE TABLE "mail_outbox" ("id" BIGSERIAL NOT NULL, "kind" character varying(40) NOT NULL, "to_address" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "body_text" text NOT NULL, "inquiry_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mail_outbox_status_check" CHECK ("status" IN ('pending', 'sent', 'failed')), CONSTRAINT "PK_mail_outbox" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" ("next_attempt_at") WHERE "status" = 'pending'`);
    await q.query(`CREATE INDEX "mail_outbox_to_idx" ON "mail_outbox" ("to_address")`);
    await q.query(`CREATE INDEX "mail_outbox_inquiry_idx" ON "mail_outbox" ("inquiry_id")`);
    await q.query(`CREATE TABLE "portal_settings" ("key" character varying(40) NOT NULL, "value" jsonb NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_portal_settings" PRIMARY KEY ("key"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "portal_settings"`);
    await q.query(`DROP TABLE "mail_outbox"`);
    await q.query(`DROP TABLE "inquiry_notes"`);
    await q.query(`ALTER TABLE "inquiries" DROP CONSTRAINT "FK_38962d3b0fbc26a2460381c9779"`);
    for (const c of ['anonymised_at', 'escalated_at', 'closed_at', 'answered_at', 'acknowledged_at', 'assignee_id']) {
      await q.query(`ALTER TABLE "inquiries" DROP COLUMN "${c}"`);
    }
  }
}
