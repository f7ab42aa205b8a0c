CREATE TABLE "candidate_alerts" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"course_id" integer NOT NULL,
	"question_number" smallint NOT NULL,
	"challenge_id" text NOT NULL,
	"status" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" integer,
	"subcategory" text,
	"issue_report_id" integer
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"fraud_report_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fraud_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"invigilator_name" text NOT NULL,
	"recorded_by" integer NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"issue_report_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issue_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"category" text NOT NULL,
	"subcategory" text,
	"description" text,
	"question_number" smallint,
	"source" text NOT NULL,
	"recorded_by" integer NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"has_been_automatically_resolved" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "candidate_alerts" ADD CONSTRAINT "candidate_alerts_issue_report_id_issue_reports_id_fk" FOREIGN KEY ("issue_report_id") REFERENCES "public"."issue_reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_fraud_report_id_fraud_reports_id_fk" FOREIGN KEY ("fraud_report_id") REFERENCES "public"."fraud_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_reports" ADD CONSTRAINT "fraud_reports_issue_report_id_issue_reports_id_fk" FOREIGN KEY ("issue_report_id") REFERENCES "public"."issue_reports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_alerts_session_idx" ON "candidate_alerts" USING btree ("session_id","raised_at");--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_alerts_one_ongoing_idx" ON "candidate_alerts" USING btree ("session_id","candidate_id") WHERE "candidate_alerts"."status" = 'ongoing';--> statement-breakpoint
CREATE INDEX "evidence_files_fraud_report_idx" ON "evidence_files" USING btree ("fraud_report_id");--> statement-breakpoint
CREATE INDEX "fraud_reports_session_idx" ON "fraud_reports" USING btree ("session_id","recorded_at");--> statement-breakpoint
CREATE INDEX "issue_reports_session_idx" ON "issue_reports" USING btree ("session_id","recorded_at");