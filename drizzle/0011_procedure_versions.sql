CREATE TABLE "procedure_versions" (
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"slug" text NOT NULL,
	"status" text NOT NULL,
	"document" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"effective_from" date,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedure_versions_id_version_pk" PRIMARY KEY("id","version")
);
--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "procedure_versions_status_index" ON "procedure_versions" USING btree ("status");