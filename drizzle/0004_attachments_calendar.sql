CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"filled_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachment_blobs" (
	"sha256" text PRIMARY KEY NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachment_chunks" (
	"sha256" text NOT NULL,
	"offset" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"mime_type" text NOT NULL,
	"total_bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachment_chunks_sha256_offset_pk" PRIMARY KEY("sha256","offset")
);
--> statement-breakpoint
CREATE TABLE "dossier_attachments" (
	"dossier_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"step_id" text NOT NULL,
	"field_id" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "dossier_attachments_dossier_id_step_id_field_id_position_pk" PRIMARY KEY("dossier_id","step_id","field_id","position")
);
--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_sha256_attachment_blobs_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."attachment_blobs"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachment_chunks_created_idx" ON "attachment_chunks" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "dossier_attachments_sha256_idx" ON "dossier_attachments" USING btree ("sha256");