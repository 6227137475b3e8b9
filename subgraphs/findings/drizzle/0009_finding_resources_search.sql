-- The trigram index of the text search moves from every finding's ARN to one row per resource (finding_resources):
-- a resource has several findings, and each one's ARN trigrams cost every insert. Filled from the findings before
-- its index is built (one pass), then the findings' index goes.
CREATE TABLE "findings"."finding_resources" (
	"org_id" text NOT NULL,
	"resource_id" text NOT NULL,
	"inventory_account_id" text NOT NULL,
	"resource_arn" text NOT NULL,
	CONSTRAINT "finding_resources_org_id_resource_id_pk" PRIMARY KEY("org_id","resource_id")
);
--> statement-breakpoint
INSERT INTO "findings"."finding_resources" ("org_id", "resource_id", "inventory_account_id", "resource_arn")
SELECT DISTINCT ON ("org_id", "resource_id") "org_id", "resource_id", "inventory_account_id", "resource_arn"
FROM "findings"."findings" ORDER BY "org_id", "resource_id", "last_seen_at" DESC;--> statement-breakpoint
CREATE INDEX "finding_resources_arn_trgm_idx" ON "findings"."finding_resources" USING gin ("resource_arn" gin_trgm_ops);--> statement-breakpoint
DROP INDEX "findings"."findings_search_trgm_idx";
