CREATE TABLE "certification_reports" (
	"candidate_id" integer PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"examiner_comment" text,
	"abort_reason" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "certification_reports_abort_reason_check" CHECK ("certification_reports"."abort_reason" in ('candidate', 'technical'))
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "finalized_by" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "finalization" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "examiner_global_comment" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "has_incident" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "has_joining_issue" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "certification_reports" ADD CONSTRAINT "certification_reports_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_reports" ADD CONSTRAINT "certification_reports_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certification_reports_session_idx" ON "certification_reports" USING btree ("session_id");