CREATE TABLE "admin_audit" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"actor_agent_id" text NOT NULL,
	"action" text NOT NULL,
	"target" text NOT NULL,
	"detail" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "console_sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"agent_id" text NOT NULL,
	"token_id" text NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "admin_audit" ADD CONSTRAINT "admin_audit_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_audit" ADD CONSTRAINT "admin_audit_actor_agent_id_agents_id_fk" FOREIGN KEY ("actor_agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "console_sessions" ADD CONSTRAINT "console_sessions_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "console_sessions" ADD CONSTRAINT "console_sessions_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "console_sessions" ADD CONSTRAINT "console_sessions_token_id_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_audit_shop_at" ON "admin_audit" USING btree ("shop_id","at");--> statement-breakpoint
CREATE INDEX "console_sessions_token" ON "console_sessions" USING btree ("token_id");--> statement-breakpoint
CREATE INDEX "console_sessions_expires" ON "console_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "rows_inquiries_at" ON "rows" USING btree ("shop_id",(("data"->>'inquired_at')::bigint)) WHERE "rows"."table_name" = 'inquiries' and "rows"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "rows_phrase_usages_at" ON "rows" USING btree ("shop_id",(("data"->>'used_at')::bigint)) WHERE "rows"."table_name" = 'phrase_usages' and "rows"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "rows_phrase_usages_phrase" ON "rows" USING btree ("shop_id",("data"->>'phrase_id'),(("data"->>'used_at')::bigint)) WHERE "rows"."table_name" = 'phrase_usages' and "rows"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "rows_inquiries_customer" ON "rows" USING btree ("shop_id",("data"->>'customer_id'),(("data"->>'inquired_at')::bigint)) WHERE "rows"."table_name" = 'inquiries' and "rows"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "rows_orders_customer" ON "rows" USING btree ("shop_id",("data"->>'customer_id'),(("data"->>'paid_at')::bigint)) WHERE "rows"."table_name" = 'orders' and "rows"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "rows_return_cases_at" ON "rows" USING btree ("shop_id",(("data"->>'registered_at')::bigint)) WHERE "rows"."table_name" = 'return_cases' and "rows"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "rows_orders_paid_at" ON "rows" USING btree ("shop_id",(("data"->>'paid_at')::bigint)) WHERE "rows"."table_name" = 'orders' and "rows"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "rows_daily_logs_day" ON "rows" USING btree ("shop_id",("data"->>'day')) WHERE "rows"."table_name" = 'daily_logs' and "rows"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "rows_checklist_days_day" ON "rows" USING btree ("shop_id",("data"->>'day')) WHERE "rows"."table_name" = 'checklist_days' and "rows"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "rows_checklist_items_day" ON "rows" USING btree ("shop_id",("data"->>'day_id')) WHERE "rows"."table_name" = 'checklist_items' and "rows"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "rows_open_tasks" ON "rows" USING btree ("shop_id","owner_id") WHERE "rows"."table_name" = 'tasks' and "rows"."deleted_at" is null and "rows"."data"->>'status' = 'open';