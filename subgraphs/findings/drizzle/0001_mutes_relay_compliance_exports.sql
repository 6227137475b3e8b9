CREATE TYPE "findings"."alert_kind" AS ENUM('OPENED', 'REOPENED');--> statement-breakpoint
CREATE TYPE "findings"."export_format" AS ENUM('CSV', 'OCSF');--> statement-breakpoint
CREATE TYPE "findings"."export_status" AS ENUM('RUNNING', 'COMPLETED', 'FAILED');--> statement-breakpoint
CREATE TABLE "findings"."exports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"format" "findings"."export_format" NOT NULL,
	"filter" jsonb NOT NULL,
	"status" "findings"."export_status" NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"byte_size" integer DEFAULT 0 NOT NULL,
	"file_name" text NOT NULL,
	"error" text,
	"requested_by_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "findings"."mute_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"reason" text NOT NULL,
	"check_ids" text[],
	"account_ids" text[],
	"regions" text[],
	"resource_pattern" text,
	"resource_like" text,
	"tags" jsonb,
	"finding_keys" text[],
	"expires_at" timestamp with time zone,
	"created_by_id" text NOT NULL,
	"created_by_email" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "findings"."scan_check_results" (
	"scan_id" text NOT NULL,
	"check_id" text NOT NULL,
	"org_id" text NOT NULL,
	"inventory_account_id" text NOT NULL,
	"passed" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"muted" integer DEFAULT 0 NOT NULL,
	"unknown" integer DEFAULT 0 NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "scan_check_results_scan_id_check_id_pk" PRIMARY KEY("scan_id","check_id")
);
--> statement-breakpoint
ALTER TABLE "findings"."finding_events" ADD COLUMN "actor_id" text;--> statement-breakpoint
ALTER TABLE "findings"."finding_events" ADD COLUMN "actor_email" text;--> statement-breakpoint
ALTER TABLE "findings"."finding_events" ADD COLUMN "mute_rule_id" uuid;--> statement-breakpoint
ALTER TABLE "findings"."finding_events" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "findings"."finding_events" ADD COLUMN "alert_kind" "findings"."alert_kind";--> statement-breakpoint
ALTER TABLE "findings"."finding_events" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "findings"."findings" ADD COLUMN "unmuted_status" "findings"."finding_status";--> statement-breakpoint
ALTER TABLE "findings"."findings" ADD COLUMN "mute_rule_id" uuid;--> statement-breakpoint
ALTER TABLE "findings"."findings" ADD COLUMN "resource_tags" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "exports_org_idx" ON "findings"."exports" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "mute_rules_org_idx" ON "findings"."mute_rules" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "mute_rules_expiry_idx" ON "findings"."mute_rules" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "scan_check_results_org_account_idx" ON "findings"."scan_check_results" USING btree ("org_id","inventory_account_id","evaluated_at");--> statement-breakpoint
CREATE INDEX "finding_events_unpublished_idx" ON "findings"."finding_events" USING btree ("org_id","at") WHERE "findings"."finding_events"."published_at" is null and "findings"."finding_events"."alert_kind" is not null;--> statement-breakpoint
CREATE INDEX "findings_org_service_idx" ON "findings"."findings" USING btree ("org_id","service");--> statement-breakpoint
CREATE INDEX "findings_org_region_idx" ON "findings"."findings" USING btree ("org_id","region");--> statement-breakpoint
CREATE INDEX "findings_org_arn_idx" ON "findings"."findings" USING btree ("org_id","resource_arn");--> statement-breakpoint
CREATE INDEX "findings_org_last_seen_idx" ON "findings"."findings" USING btree ("org_id","last_seen_at","id");--> statement-breakpoint
CREATE INDEX "findings_org_first_seen_idx" ON "findings"."findings" USING btree ("org_id","first_seen_at","id");--> statement-breakpoint
CREATE INDEX "findings_org_mute_rule_idx" ON "findings"."findings" USING btree ("org_id","mute_rule_id");--> statement-breakpoint
-- Alerts raised before the relay existed: mark their kind, and that they were published (at most once) then.
UPDATE "findings"."finding_events" SET "alert_kind" = (CASE WHEN "to_status" = 'OPEN' THEN 'OPENED' ELSE 'REOPENED' END)::"findings"."alert_kind", "published_at" = "at" WHERE "to_status" IN ('OPEN', 'REOPENED');