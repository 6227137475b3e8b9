-- IF NOT EXISTS: the migrator creates this schema first to hold its own migrations table.
CREATE SCHEMA IF NOT EXISTS "inventory";
--> statement-breakpoint
CREATE TABLE "inventory"."aws_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"name" text NOT NULL,
	"aws_account_id" text,
	"auth_method" text NOT NULL,
	"role_arn" text,
	"regions" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory"."org_settings" (
	"org_id" text PRIMARY KEY NOT NULL,
	"external_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory"."resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"arn" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"region" text NOT NULL,
	"aws_account_id" text NOT NULL,
	"tags" jsonb,
	"data" jsonb NOT NULL,
	"first_seen_at" timestamp (3) with time zone NOT NULL,
	"last_seen_at" timestamp (3) with time zone NOT NULL,
	"last_scan_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory"."scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text NOT NULL,
	"queued_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	"heartbeat_at" timestamp (3) with time zone,
	"resource_count" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure_reason" text
);
--> statement-breakpoint
ALTER TABLE "inventory"."resources" ADD CONSTRAINT "resources_account_id_aws_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "inventory"."aws_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory"."scans" ADD CONSTRAINT "scans_account_id_aws_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "inventory"."aws_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aws_accounts_org_created_idx" ON "inventory"."aws_accounts" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "aws_accounts_org_role_arn_key" ON "inventory"."aws_accounts" USING btree ("org_id","role_arn") WHERE role_arn is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "resources_org_account_arn_key" ON "inventory"."resources" USING btree ("org_id","account_id","arn");--> statement-breakpoint
CREATE INDEX "resources_org_arn_idx" ON "inventory"."resources" USING btree ("org_id","arn","id");--> statement-breakpoint
CREATE INDEX "resources_org_last_scan_idx" ON "inventory"."resources" USING btree ("org_id","last_scan_id");--> statement-breakpoint
CREATE INDEX "scans_org_queued_idx" ON "inventory"."scans" USING btree ("org_id","queued_at","id");--> statement-breakpoint
CREATE INDEX "scans_org_account_queued_idx" ON "inventory"."scans" USING btree ("org_id","account_id","queued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "scans_one_active_per_account" ON "inventory"."scans" USING btree ("account_id") WHERE status in ('QUEUED', 'RUNNING');