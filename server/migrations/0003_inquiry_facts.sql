CREATE TABLE "inquiry_facts" (
	"shop_id" text NOT NULL,
	"id" text NOT NULL,
	"owner_id" text,
	"inquired_at" bigint,
	"product" text NOT NULL,
	"outcome" text,
	"loss_reason" text,
	"customer_id" text,
	CONSTRAINT "inquiry_facts_shop_id_id_pk" PRIMARY KEY("shop_id","id")
);
--> statement-breakpoint
DROP INDEX "rows_inquiries_at";--> statement-breakpoint
DROP INDEX "rows_inquiries_customer";--> statement-breakpoint
CREATE INDEX "inquiry_facts_at" ON "inquiry_facts" USING btree ("shop_id","inquired_at");--> statement-breakpoint
CREATE INDEX "inquiry_facts_customer" ON "inquiry_facts" USING btree ("shop_id","customer_id","inquired_at");--> statement-breakpoint
CREATE FUNCTION "inquiry_facts_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- A live inquiry is (re)written whole; a tombstoned or removed one leaves the facts.
	IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
		INSERT INTO "inquiry_facts" ("shop_id", "id", "owner_id", "inquired_at", "product", "outcome", "loss_reason", "customer_id")
		VALUES (NEW.shop_id, NEW.id, NEW.owner_id, (NEW.data->>'inquired_at')::bigint,
			left(btrim(coalesce(NEW.data->>'product', '')), 200), NEW.data->>'outcome', NEW.data->>'loss_reason',
			nullif(NEW.data->>'customer_id', ''))
		ON CONFLICT ("shop_id", "id") DO UPDATE SET
			"owner_id" = EXCLUDED."owner_id", "inquired_at" = EXCLUDED."inquired_at", "product" = EXCLUDED."product",
			"outcome" = EXCLUDED."outcome", "loss_reason" = EXCLUDED."loss_reason", "customer_id" = EXCLUDED."customer_id";
	ELSE
		DELETE FROM "inquiry_facts" WHERE "shop_id" = OLD.shop_id AND "id" = OLD.id;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "rows_inquiry_facts_insert" AFTER INSERT ON "rows" FOR EACH ROW
	WHEN (NEW.table_name = 'inquiries') EXECUTE FUNCTION "inquiry_facts_follow"();
--> statement-breakpoint
CREATE TRIGGER "rows_inquiry_facts_change" AFTER UPDATE OR DELETE ON "rows" FOR EACH ROW
	WHEN (OLD.table_name = 'inquiries') EXECUTE FUNCTION "inquiry_facts_follow"();
--> statement-breakpoint
INSERT INTO "inquiry_facts" ("shop_id", "id", "owner_id", "inquired_at", "product", "outcome", "loss_reason", "customer_id")
SELECT shop_id, id, owner_id, (data->>'inquired_at')::bigint, left(btrim(coalesce(data->>'product', '')), 200),
	data->>'outcome', data->>'loss_reason', nullif(data->>'customer_id', '')
FROM "rows" WHERE table_name = 'inquiries' AND deleted_at IS NULL;
