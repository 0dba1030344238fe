CREATE TABLE "dossier_extensions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text NOT NULL,
	"working_days" integer NOT NULL,
	"old_date" date NOT NULL,
	"new_date" date NOT NULL,
	"officer_id" uuid
);
--> statement-breakpoint
ALTER TABLE "dossier_extensions" ADD CONSTRAINT "dossier_extensions_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_extensions" ADD CONSTRAINT "dossier_extensions_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_extensions_dossier_idx" ON "dossier_extensions" USING btree ("dossier_id","id");