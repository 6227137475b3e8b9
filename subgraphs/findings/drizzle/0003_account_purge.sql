CREATE TABLE "findings"."deleted_accounts" (
	"org_id" text NOT NULL,
	"inventory_account_id" text NOT NULL,
	"deleted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deleted_accounts_org_id_inventory_account_id_pk" PRIMARY KEY("org_id","inventory_account_id")
);
