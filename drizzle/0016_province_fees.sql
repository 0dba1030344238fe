CREATE TABLE "province_fees" (
	"province_code" text NOT NULL,
	"procedure_id" text NOT NULL,
	"amount_vnd" integer NOT NULL,
	"per" text NOT NULL,
	"label" text,
	"note" text,
	"decision" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "province_fees_province_code_procedure_id_pk" PRIMARY KEY("province_code","procedure_id"),
	CONSTRAINT "province_fees_amount_check" CHECK ("province_fees"."amount_vnd" >= 0)
);
--> statement-breakpoint
ALTER TABLE "province_fees" ADD CONSTRAINT "province_fees_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;