CREATE TABLE "candidates" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"identity_key" text NOT NULL,
	"sex" text NOT NULL,
	"birthdate" date NOT NULL,
	"birth_country" text NOT NULL,
	"birth_insee_code" text,
	"birth_postal_code" text,
	"birth_city" text NOT NULL,
	"external_id" text,
	"division" text,
	"pupil_id" integer,
	"email" text,
	"result_recipient_email" text,
	"extra_time_percentage" numeric(5, 2),
	"billing_mode" text,
	"prepayment_code" text,
	"user_id" integer,
	"reconciled_at" timestamp with time zone,
	"authorized_to_start" boolean DEFAULT false NOT NULL,
	"started_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certification_windows" (
	"centre_type" text NOT NULL,
	"school_year" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "certification_windows_centre_type_school_year_pk" PRIMARY KEY("centre_type","school_year")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "certification_center_type" text DEFAULT 'SCO' NOT NULL;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidates_session_identity_key" ON "candidates" USING btree ("session_id","identity_key");--> statement-breakpoint
CREATE INDEX "candidates_session_idx" ON "candidates" USING btree ("session_id");