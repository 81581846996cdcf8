CREATE TABLE "console_marks" (
	"shop_id" text NOT NULL,
	"day" text NOT NULL,
	"note" text NOT NULL,
	"marked_by" text NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "console_marks_shop_id_day_pk" PRIMARY KEY("shop_id","day")
);
--> statement-breakpoint
ALTER TABLE "console_marks" ADD CONSTRAINT "console_marks_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "console_marks" ADD CONSTRAINT "console_marks_marked_by_agents_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;