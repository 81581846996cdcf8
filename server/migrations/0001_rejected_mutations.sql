CREATE TABLE "rejected_mutations" (
	"client_id" text NOT NULL,
	"mutation_id" bigint NOT NULL,
	"table_name" text NOT NULL,
	"row_id" text NOT NULL,
	"code" text NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rejected_mutations_client_id_mutation_id_pk" PRIMARY KEY("client_id","mutation_id")
);
--> statement-breakpoint
ALTER TABLE "rejected_mutations" ADD CONSTRAINT "rejected_mutations_client_id_clients_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("client_id") ON DELETE no action ON UPDATE no action;