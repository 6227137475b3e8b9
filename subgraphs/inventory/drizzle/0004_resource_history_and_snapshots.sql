CREATE TABLE "inventory"."resource_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"resource_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"scan_id" uuid NOT NULL,
	"change_type" text NOT NULL,
	"changed_at" timestamp (3) with time zone NOT NULL,
	"kind" text NOT NULL,
	"region" text NOT NULL,
	"arn" text NOT NULL,
	"diff" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"change_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory"."account_snapshots" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"content" "bytea" NOT NULL,
	"byte_size" integer NOT NULL,
	"format_version" integer NOT NULL,
	"resource_count" integer NOT NULL,
	"uploaded_at" timestamp (3) with time zone NOT NULL,
	"uploaded_by_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory"."snapshot_exports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"scan_id" uuid NOT NULL,
	"destination" text NOT NULL,
	"status" text NOT NULL,
	"resource_count" integer DEFAULT 0 NOT NULL,
	"byte_size" integer DEFAULT 0 NOT NULL,
	"file_name" text NOT NULL,
	"location" text,
	"error" text,
	"requested_by_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"completed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "inventory"."snapshot_upload_parts" (
	"upload_id" uuid NOT NULL,
	"org_id" text NOT NULL,
	"offset" integer NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory"."snapshot_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"received_bytes" integer DEFAULT 0 NOT NULL,
	"created_by_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inventory"."aws_accounts" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "inventory"."resources" ADD COLUMN "config_hash" text;--> statement-breakpoint
ALTER TABLE "inventory"."resources" ADD COLUMN "deleted_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "inventory"."resource_changes" ADD CONSTRAINT "resource_changes_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "inventory"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory"."resource_changes" ADD CONSTRAINT "resource_changes_account_id_aws_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "inventory"."aws_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory"."resource_changes" ADD CONSTRAINT "resource_changes_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "inventory"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory"."account_snapshots" ADD CONSTRAINT "account_snapshots_account_id_aws_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "inventory"."aws_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory"."snapshot_exports" ADD CONSTRAINT "snapshot_exports_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "inventory"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory"."snapshot_upload_parts" ADD CONSTRAINT "snapshot_upload_parts_upload_id_snapshot_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "inventory"."snapshot_uploads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resource_changes_org_changed_idx" ON "inventory"."resource_changes" USING btree ("org_id","changed_at","id");--> statement-breakpoint
CREATE INDEX "resource_changes_resource_idx" ON "inventory"."resource_changes" USING btree ("org_id","resource_id","changed_at","id");--> statement-breakpoint
CREATE INDEX "resource_changes_scan_idx" ON "inventory"."resource_changes" USING btree ("org_id","scan_id");--> statement-breakpoint
CREATE INDEX "snapshot_exports_org_idx" ON "inventory"."snapshot_exports" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "snapshot_upload_parts_upload_idx" ON "inventory"."snapshot_upload_parts" USING btree ("upload_id","offset");--> statement-breakpoint
CREATE INDEX "snapshot_uploads_org_idx" ON "inventory"."snapshot_uploads" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "aws_accounts_one_demo_per_org" ON "inventory"."aws_accounts" USING btree ("org_id") WHERE demo;