-- The trigram index keeps only the resource ARN: title, check id and short id are matched through the check catalogue
-- (one value per check), and their trigrams cost a third of every insert.
DROP INDEX "findings"."findings_search_trgm_idx";--> statement-breakpoint
CREATE INDEX "findings_search_trgm_idx" ON "findings"."findings" USING gin ("resource_arn" gin_trgm_ops);