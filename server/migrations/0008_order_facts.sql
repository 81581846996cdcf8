CREATE TABLE "order_facts" (
	"shop_id" text NOT NULL,
	"id" text NOT NULL,
	"customer_id" text,
	"paid_at" bigint,
	"paid_fen" bigint NOT NULL,
	CONSTRAINT "order_facts_shop_id_id_pk" PRIMARY KEY("shop_id","id")
);
--> statement-breakpoint
DROP INDEX "rows_orders_customer";--> statement-breakpoint
DROP INDEX "rows_orders_paid_at";--> statement-breakpoint
CREATE INDEX "order_facts_paid" ON "order_facts" USING btree ("shop_id","paid_at","paid_fen");--> statement-breakpoint
CREATE INDEX "order_facts_customer" ON "order_facts" USING btree ("shop_id","customer_id","paid_at");--> statement-breakpoint
CREATE FUNCTION "order_facts_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- A live order is (re)written whole; a tombstoned or removed one leaves the facts.
	IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
		INSERT INTO "order_facts" ("shop_id", "id", "customer_id", "paid_at", "paid_fen")
		VALUES (NEW.shop_id, NEW.id, nullif(NEW.data->>'customer_id', ''), (NEW.data->>'paid_at')::bigint,
			coalesce((NEW.data->>'paid_fen')::bigint, 0))
		ON CONFLICT ("shop_id", "id") DO UPDATE SET
			"customer_id" = EXCLUDED."customer_id", "paid_at" = EXCLUDED."paid_at", "paid_fen" = EXCLUDED."paid_fen";
	ELSE
		DELETE FROM "order_facts" WHERE "shop_id" = OLD.shop_id AND "id" = OLD.id;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "rows_order_facts_insert" AFTER INSERT ON "rows" FOR EACH ROW
	WHEN (NEW.table_name = 'orders') EXECUTE FUNCTION "order_facts_follow"();
--> statement-breakpoint
CREATE TRIGGER "rows_order_facts_change" AFTER UPDATE OR DELETE ON "rows" FOR EACH ROW
	WHEN (OLD.table_name = 'orders') EXECUTE FUNCTION "order_facts_follow"();
--> statement-breakpoint
INSERT INTO "order_facts" ("shop_id", "id", "customer_id", "paid_at", "paid_fen")
SELECT shop_id, id, nullif(data->>'customer_id', ''), (data->>'paid_at')::bigint, coalesce((data->>'paid_fen')::bigint, 0)
FROM "rows" WHERE table_name = 'orders' AND deleted_at IS NULL;
