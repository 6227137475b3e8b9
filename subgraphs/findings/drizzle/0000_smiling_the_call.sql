CREATE SCHEMA IF NOT EXISTS "findings";
--> statement-breakpoint
CREATE TYPE "findings"."finding_status" AS ENUM('OPEN', 'REOPENED', 'RESOLVED', 'MUTED');--> statement-breakpoint
CREATE TYPE "findings"."severity" AS ENUM('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO');--> statement-breakpoint
CREATE TABLE "findings"."finding_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"finding_id" uuid NOT NULL,
	"from_status" "findings"."finding_status",
	"to_status" "findings"."finding_status" NOT NULL,
	"scan_id" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "findings"."findings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"finding_key" text NOT NULL,
	"inventory_account_id" text NOT NULL,
	"resource_id" text NOT NULL,
	"resource_arn" text NOT NULL,
	"account_id" text NOT NULL,
	"region" text NOT NULL,
	"check_id" text NOT NULL,
	"short_id" text NOT NULL,
	"severity" "findings"."severity" NOT NULL,
	"service" text NOT NULL,
	"title" text NOT NULL,
	"message" text NOT NULL,
	"status" "findings"."finding_status" NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"status_changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "findings"."scan_evaluations" (
	"scan_id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"inventory_account_id" text NOT NULL,
	"opened" integer DEFAULT 0 NOT NULL,
	"reopened" integer DEFAULT 0 NOT NULL,
	"resolved" integer DEFAULT 0 NOT NULL,
	"unknown" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "findings"."finding_events" ADD CONSTRAINT "finding_events_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "findings"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "finding_events_org_finding_idx" ON "findings"."finding_events" USING btree ("org_id","finding_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "findings_finding_key_uq" ON "findings"."findings" USING btree ("finding_key");--> statement-breakpoint
CREATE INDEX "findings_org_sort_idx" ON "findings"."findings" USING btree ("org_id","severity","last_seen_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "findings_org_status_idx" ON "findings"."findings" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "findings_org_check_idx" ON "findings"."findings" USING btree ("org_id","check_id");--> statement-breakpoint
CREATE INDEX "findings_org_account_idx" ON "findings"."findings" USING btree ("org_id","account_id");--> statement-breakpoint
CREATE INDEX "findings_org_inventory_account_idx" ON "findings"."findings" USING btree ("org_id","inventory_account_id");--> statement-breakpoint
CREATE INDEX "findings_org_resource_idx" ON "findings"."findings" USING btree ("org_id","resource_id");--> statement-breakpoint
CREATE INDEX "scan_evaluations_org_idx" ON "findings"."scan_evaluations" USING btree ("org_id");