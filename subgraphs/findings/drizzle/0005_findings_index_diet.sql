DROP INDEX "findings"."findings_org_sort_idx";--> statement-breakpoint
DROP INDEX "findings"."findings_org_status_idx";--> statement-breakpoint
DROP INDEX "findings"."findings_org_service_idx";--> statement-breakpoint
DROP INDEX "findings"."findings_org_region_idx";--> statement-breakpoint
DROP INDEX "findings"."findings_org_arn_idx";--> statement-breakpoint
DROP INDEX "findings"."findings_org_last_seen_idx";--> statement-breakpoint
DROP INDEX "findings"."findings_org_mute_rule_idx";--> statement-breakpoint
CREATE INDEX "findings_org_severity_idx" ON "findings"."findings" USING btree ("org_id","severity");--> statement-breakpoint
CREATE INDEX "findings_org_mute_rule_idx" ON "findings"."findings" USING btree ("org_id","mute_rule_id") WHERE "findings"."findings"."mute_rule_id" is not null;--> statement-breakpoint
-- Raw SQL (drizzle cannot declare storage parameters): pages keep half their space free so that the rescan's
-- UPDATE of last_seen_at (no index holds it) puts each new row version on the same page, a HOT update that
-- touches no index. Applies to pages written from now on.
ALTER TABLE "findings"."findings" SET (fillfactor = 50);
