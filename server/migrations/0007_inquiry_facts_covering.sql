DROP INDEX "inquiry_facts_at";--> statement-breakpoint
CREATE INDEX "inquiry_facts_at" ON "inquiry_facts" USING btree ("shop_id","inquired_at","customer_id","outcome");