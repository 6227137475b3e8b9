-- IF NOT EXISTS: the migrator creates the schema first to hold its own journal table.
CREATE SCHEMA IF NOT EXISTS "notifications";
--> statement-breakpoint
CREATE TABLE "notifications"."email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"alert_id" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp (3) with time zone,
	CONSTRAINT "email_outbox_alert_recipient_key" UNIQUE("alert_id","recipient"),
	CONSTRAINT "email_outbox_status_check" CHECK ("notifications"."email_outbox"."status" in ('PENDING', 'SENT', 'FAILED'))
);
--> statement-breakpoint
CREATE TABLE "notifications"."notification_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"min_severity" text NOT NULL,
	"recipients" text[] NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_rules_min_severity_check" CHECK ("notifications"."notification_rules"."min_severity" in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'))
);
--> statement-breakpoint
CREATE INDEX "email_outbox_org_created_idx" ON "notifications"."email_outbox" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "notifications"."email_outbox" USING btree ("next_attempt_at") WHERE "notifications"."email_outbox"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "notification_rules_org_created_idx" ON "notifications"."notification_rules" USING btree ("org_id","created_at","id");