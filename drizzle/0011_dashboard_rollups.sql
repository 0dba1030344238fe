CREATE TABLE "dashboard_coaching" (
	"day" date NOT NULL,
	"practice" boolean NOT NULL,
	"sessions" integer NOT NULL,
	"steps_total" integer NOT NULL,
	"steps_alone" integer NOT NULL,
	"steps_after_help" integer NOT NULL,
	"steps_volunteer" integer NOT NULL,
	CONSTRAINT "dashboard_coaching_day_practice_pk" PRIMARY KEY("day","practice")
);
--> statement-breakpoint
CREATE TABLE "dashboard_dossier_results" (
	"day" date PRIMARY KEY NOT NULL,
	"decided" integer NOT NULL,
	"on_time" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_dossiers_received" (
	"day" date NOT NULL,
	"procedure_id" text NOT NULL,
	"channel" text NOT NULL,
	"dossiers" integer NOT NULL,
	CONSTRAINT "dashboard_dossiers_received_day_procedure_id_channel_pk" PRIMARY KEY("day","procedure_id","channel")
);
--> statement-breakpoint
CREATE TABLE "dashboard_dossiers_waiting" (
	"due_date" date PRIMARY KEY NOT NULL,
	"dossiers" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_rating_criteria" (
	"day" date NOT NULL,
	"criterion" text NOT NULL,
	"answers" integer NOT NULL,
	"points" integer NOT NULL,
	CONSTRAINT "dashboard_rating_criteria_day_criterion_pk" PRIMARY KEY("day","criterion")
);
--> statement-breakpoint
CREATE TABLE "dashboard_ratings" (
	"day" date NOT NULL,
	"overall" text NOT NULL,
	"ratings" integer NOT NULL,
	CONSTRAINT "dashboard_ratings_day_overall_pk" PRIMARY KEY("day","overall")
);
