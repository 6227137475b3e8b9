-- L2: the audit trail is append-only. A row trigger refuses UPDATE and DELETE, a statement trigger refuses
-- TRUNCATE. Plain PL/pgSQL and EXECUTE FUNCTION: works on PostgreSQL 11+ (we deploy on 15) and PGlite.
CREATE OR REPLACE FUNCTION "auth"."audit_events_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'auth.audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_events_no_update_delete" BEFORE UPDATE OR DELETE ON "auth"."audit_events"
  FOR EACH ROW EXECUTE FUNCTION "auth"."audit_events_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "auth"."audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "auth"."audit_events_refuse_change"();
