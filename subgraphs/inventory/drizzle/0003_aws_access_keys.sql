ALTER TABLE "inventory"."aws_accounts" ADD COLUMN "access_keys_sealed" text;--> statement-breakpoint
ALTER TABLE "inventory"."aws_accounts" ADD COLUMN "access_key_id_last4" text;