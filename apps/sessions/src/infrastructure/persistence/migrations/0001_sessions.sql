CREATE TABLE "sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"certification_center_id" integer NOT NULL,
	"certification_center_name" text NOT NULL,
	"address" text NOT NULL,
	"room" text NOT NULL,
	"date" date NOT NULL,
	"time" text NOT NULL,
	"examiner" text NOT NULL,
	"description" text,
	"access_code" text NOT NULL,
	"invigilator_password" text NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"finalized_at" timestamp with time zone,
	"assigned_certification_officer_id" integer,
	"published_at" timestamp with time zone,
	"version" smallint DEFAULT 2 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sessions_certification_center_id_idx" ON "sessions" USING btree ("certification_center_id","date");