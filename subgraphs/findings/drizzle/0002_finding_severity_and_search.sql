-- The severity each check had when the scan was evaluated. Existing rows stay NULL: severities live in the check
-- catalogue (code), not in SQL, so they cannot be backfilled here; readers use the current catalogue severity for them.
ALTER TABLE "findings"."scan_check_results" ADD COLUMN "severity" "findings"."severity";