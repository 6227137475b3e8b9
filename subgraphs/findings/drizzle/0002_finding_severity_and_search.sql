-- The severity each check had when the scan was evaluated. Existing rows stay NULL: severities live in the check
-- catalogue (code), not in SQL, so they cannot be backfilled here; readers use the current catalogue severity for them.
ALTER TABLE "findings"."scan_check_results" ADD COLUMN "severity" "findings"."severity";--> statement-breakpoint
-- Trigram indexes for the findings text search (ILIKE '%text%'). pg_trgm is a trusted extension (PostgreSQL 13+):
-- the database owner running the migrations may create it; PGlite loads its bundle in server-kit.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "findings_search_trgm_idx" ON "findings"."findings" USING gin ("title" gin_trgm_ops,"resource_arn" gin_trgm_ops,"check_id" gin_trgm_ops,"short_id" gin_trgm_ops);
