CREATE TABLE "auth"."spent_mfa_tokens" (
	"jti" text PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth"."throttle_counters" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"locked_until" timestamp (3) with time zone,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "auth"."spent_mfa_tokens" ADD CONSTRAINT "spent_mfa_tokens_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "auth"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "spent_mfa_tokens_expires_idx" ON "auth"."spent_mfa_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "throttle_counters_expires_idx" ON "auth"."throttle_counters" USING btree ("expires_at");