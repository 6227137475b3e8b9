ALTER TABLE "auth"."api_tokens" ADD COLUMN "mfa" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "auth"."refresh_tokens" ADD COLUMN "amr" text[] DEFAULT '{}'::text[] NOT NULL;