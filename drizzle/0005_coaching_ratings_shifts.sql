CREATE TABLE "coaching_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"access_point_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"procedure_id" text NOT NULL,
	"procedure_version" integer NOT NULL,
	"practice" boolean NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"steps" jsonb NOT NULL,
	"steps_total" integer NOT NULL,
	"steps_alone" integer NOT NULL,
	"steps_hint" integer NOT NULL,
	"steps_explain" integer NOT NULL,
	"steps_demonstrate" integer NOT NULL,
	"steps_volunteer" integer NOT NULL,
	"skill_card" text,
	"client_id" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"access_point_id" uuid NOT NULL,
	"procedure_id" text,
	"coaching_record_id" uuid,
	"overall" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"client_id" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"access_point_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "coaching_records" ADD CONSTRAINT "coaching_records_access_point_id_access_points_id_fk" FOREIGN KEY ("access_point_id") REFERENCES "public"."access_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_records" ADD CONSTRAINT "coaching_records_volunteer_id_users_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_access_point_id_access_points_id_fk" FOREIGN KEY ("access_point_id") REFERENCES "public"."access_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_access_point_id_access_points_id_fk" FOREIGN KEY ("access_point_id") REFERENCES "public"."access_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_volunteer_id_users_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_records_point_idx" ON "coaching_records" USING btree ("access_point_id","started_at");--> statement-breakpoint
CREATE INDEX "coaching_records_volunteer_idx" ON "coaching_records" USING btree ("volunteer_id","started_at");--> statement-breakpoint
CREATE INDEX "coaching_records_skill_card_idx" ON "coaching_records" USING btree ("skill_card","started_at");--> statement-breakpoint
CREATE INDEX "ratings_point_idx" ON "ratings" USING btree ("access_point_id","at");--> statement-breakpoint
CREATE INDEX "shifts_point_idx" ON "shifts" USING btree ("access_point_id","starts_at");