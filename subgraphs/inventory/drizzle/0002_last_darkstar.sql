ALTER TABLE "inventory"."aws_accounts" ADD COLUMN "scan_schedule" text;--> statement-breakpoint
ALTER TABLE "inventory"."scans" ADD COLUMN "progress" jsonb;--> statement-breakpoint
ALTER TABLE "inventory"."scans" ADD COLUMN "cancel_requested_at" timestamp (3) with time zone;