CREATE TABLE "notifications"."audit_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"actor_id" text,
	"api_token_id" text,
	"action" text NOT NULL,
	"target" text,
	"details" jsonb NOT NULL,
	"request_id" text,
	"ip" text,
	"user_agent" text,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE INDEX "audit_outbox_due_idx" ON "notifications"."audit_outbox" USING btree ("next_attempt_at");--> statement-breakpoint
CREATE INDEX "audit_outbox_request_idx" ON "notifications"."audit_outbox" USING btree ("request_id");