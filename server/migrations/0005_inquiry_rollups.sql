CREATE TABLE "inquiry_agent_days" (
	"shop_id" text NOT NULL,
	"day" text NOT NULL,
	"owner_id" text NOT NULL,
	"outcome" text NOT NULL,
	"loss_reason" text NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "inquiry_agent_days_shop_id_day_owner_id_outcome_loss_reason_pk" PRIMARY KEY("shop_id","day","owner_id","outcome","loss_reason")
);
--> statement-breakpoint
CREATE TABLE "inquiry_product_days" (
	"shop_id" text NOT NULL,
	"day" text NOT NULL,
	"product" text NOT NULL,
	"outcome" text NOT NULL,
	"loss_reason" text NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "inquiry_product_days_shop_id_day_product_outcome_loss_reason_pk" PRIMARY KEY("shop_id","day","product","outcome","loss_reason")
);
--> statement-breakpoint
CREATE TABLE "inquiry_rollup_zones" (
	"shop_id" text PRIMARY KEY NOT NULL,
	"zone" text NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION "inquiry_rollup_day"(shop text, at bigint) RETURNS text LANGUAGE sql STABLE AS $$
	SELECT to_char(to_timestamp(at / 1000.0) AT TIME ZONE coalesce(
		(SELECT "zone" FROM "inquiry_rollup_zones" WHERE "shop_id" = shop), 'Asia/Shanghai'), 'YYYY-MM-DD')
$$;
--> statement-breakpoint
CREATE FUNCTION "inquiry_rollups_count"(f "inquiry_facts", delta bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	d text;
BEGIN
	IF f.inquired_at IS NULL THEN
		RETURN;
	END IF;
	d := "inquiry_rollup_day"(f.shop_id, f.inquired_at);
	INSERT INTO "inquiry_agent_days" AS c VALUES
		(f.shop_id, d, coalesce(f.owner_id, ''), coalesce(f.outcome, ''), coalesce(f.loss_reason, ''), delta)
	ON CONFLICT ("shop_id", "day", "owner_id", "outcome", "loss_reason") DO UPDATE SET "n" = c."n" + EXCLUDED."n";
	INSERT INTO "inquiry_product_days" AS c VALUES
		(f.shop_id, d, f.product, coalesce(f.outcome, ''), coalesce(f.loss_reason, ''), delta)
	ON CONFLICT ("shop_id", "day", "product", "outcome", "loss_reason") DO UPDATE SET "n" = c."n" + EXCLUDED."n";
END $$;
--> statement-breakpoint
CREATE FUNCTION "inquiry_rollups_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		PERFORM "inquiry_rollups_count"(OLD, -1);
	END IF;
	IF TG_OP <> 'DELETE' THEN
		PERFORM "inquiry_rollups_count"(NEW, 1);
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "inquiry_facts_rollups" AFTER INSERT OR UPDATE OR DELETE ON "inquiry_facts"
	FOR EACH ROW EXECUTE FUNCTION "inquiry_rollups_follow"();
--> statement-breakpoint
-- A shop's counts cut again on another zone, in one statement set the caller runs in a transaction.
CREATE FUNCTION "inquiry_rollups_rebuild"(shop text, new_zone text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "inquiry_rollup_zones" VALUES (shop, new_zone)
	ON CONFLICT ("shop_id") DO UPDATE SET "zone" = EXCLUDED."zone";
	DELETE FROM "inquiry_agent_days" WHERE "shop_id" = shop;
	DELETE FROM "inquiry_product_days" WHERE "shop_id" = shop;
	INSERT INTO "inquiry_agent_days"
	SELECT shop, "inquiry_rollup_day"(shop, inquired_at), coalesce(owner_id, ''), coalesce(outcome, ''),
		coalesce(loss_reason, ''), count(*)
	FROM "inquiry_facts" WHERE "shop_id" = shop AND inquired_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
	INSERT INTO "inquiry_product_days"
	SELECT shop, "inquiry_rollup_day"(shop, inquired_at), product, coalesce(outcome, ''),
		coalesce(loss_reason, ''), count(*)
	FROM "inquiry_facts" WHERE "shop_id" = shop AND inquired_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
END $$;
--> statement-breakpoint
SELECT "inquiry_rollups_rebuild"("id", 'Asia/Shanghai') FROM "shops";
