ALTER TABLE "dossiers" ADD COLUMN "access_point_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "coaching_record_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "channel" text DEFAULT 'home' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "result_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_access_point_id_access_points_id_fk" FOREIGN KEY ("access_point_id") REFERENCES "public"."access_points"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossiers_ward_received_idx" ON "dossiers" USING btree ("ward_code","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_point_received_idx" ON "dossiers" USING btree ("access_point_id","received_at");