CREATE TABLE "practice_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"case_id" text NOT NULL,
	"created_by" uuid NOT NULL,
	"access_point_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_seats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exercise_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"token_hash" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"steps_total" integer,
	"steps_alone" integer,
	"outcomes" jsonb
);
--> statement-breakpoint
ALTER TABLE "practice_exercises" ADD CONSTRAINT "practice_exercises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_exercises" ADD CONSTRAINT "practice_exercises_access_point_id_access_points_id_fk" FOREIGN KEY ("access_point_id") REFERENCES "public"."access_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_seats" ADD CONSTRAINT "practice_seats_exercise_id_practice_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."practice_exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practice_exercises_code_idx" ON "practice_exercises" USING btree ("code");--> statement-breakpoint
CREATE INDEX "practice_exercises_expires_at_index" ON "practice_exercises" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_seats_number_idx" ON "practice_seats" USING btree ("exercise_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_seats_token_idx" ON "practice_seats" USING btree ("token_hash");