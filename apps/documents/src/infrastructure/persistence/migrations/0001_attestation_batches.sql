CREATE TABLE "attestation_batch_items" (
	"batch_id" uuid NOT NULL,
	"certification_id" integer NOT NULL,
	"position" integer NOT NULL,
	"page_count" integer NOT NULL,
	"pdf" "bytea",
	"rendered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "attestation_batch_items_batch_id_certification_id_pk" PRIMARY KEY("batch_id","certification_id")
);
--> statement-breakpoint
CREATE TABLE "attestation_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"certification_center_id" integer NOT NULL,
	"division" text,
	"requested_by" integer NOT NULL,
	"status" text NOT NULL,
	"total" integer,
	"done" integer DEFAULT 0 NOT NULL,
	"file_name" text,
	"file" "bytea",
	"size_bytes" integer,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claimed_by" text,
	"heartbeat_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attestation_batch_items" ADD CONSTRAINT "attestation_batch_items_batch_id_attestation_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."attestation_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attestation_batches_pending_idx" ON "attestation_batches" USING btree ("created_at") WHERE "attestation_batches"."status" in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "attestation_batches_centre_idx" ON "attestation_batches" USING btree ("certification_center_id","session_id");