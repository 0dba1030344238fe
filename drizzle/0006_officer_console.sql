CREATE TABLE "dossier_apologies" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text NOT NULL,
	"old_date" date NOT NULL,
	"new_date" date NOT NULL,
	"officer_id" uuid
);
--> statement-breakpoint
CREATE TABLE "dossier_assignments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"from_user_id" uuid,
	"to_user_id" uuid,
	"by_user_id" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "dossier_supplement_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"reasons" jsonb NOT NULL,
	"other_reason" text,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" uuid,
	"fulfilled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "dossier_events" ADD COLUMN "action" text;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD COLUMN "actor_user_id" uuid;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "ward_code" text DEFAULT '00004' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "original_due_date" date;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "result_delivery" jsonb;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossier_apologies" ADD CONSTRAINT "dossier_apologies_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_apologies" ADD CONSTRAINT "dossier_apologies_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_assignments" ADD CONSTRAINT "dossier_assignments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_assignments" ADD CONSTRAINT "dossier_assignments_from_user_id_users_id_fk" FOREIGN KEY ("from_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_assignments" ADD CONSTRAINT "dossier_assignments_to_user_id_users_id_fk" FOREIGN KEY ("to_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_assignments" ADD CONSTRAINT "dossier_assignments_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_supplement_requests" ADD CONSTRAINT "dossier_supplement_requests_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_supplement_requests" ADD CONSTRAINT "dossier_supplement_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_apologies_dossier_idx" ON "dossier_apologies" USING btree ("dossier_id","id");--> statement-breakpoint
CREATE INDEX "dossier_assignments_dossier_idx" ON "dossier_assignments" USING btree ("dossier_id","id");--> statement-breakpoint
CREATE INDEX "dossier_supplement_requests_dossier_idx" ON "dossier_supplement_requests" USING btree ("dossier_id","id");--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossiers_ward_due_idx" ON "dossiers" USING btree ("ward_code","status","due_date");