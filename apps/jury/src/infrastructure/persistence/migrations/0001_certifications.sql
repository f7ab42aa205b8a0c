CREATE TABLE "certification_challenges" (
	"certification_id" integer NOT NULL,
	"number" smallint NOT NULL,
	"challenge_id" text NOT NULL,
	"competence" text NOT NULL,
	"type" text NOT NULL,
	"flags" jsonb NOT NULL,
	"answer_status" text,
	"neutralized_by" text,
	"auto_skipped" boolean DEFAULT false NOT NULL,
	"remarked_ok" boolean DEFAULT false NOT NULL,
	CONSTRAINT "certification_challenges_certification_id_challenge_id_pk" PRIMARY KEY("certification_id","challenge_id")
);
--> statement-breakpoint
CREATE TABLE "certification_results" (
	"id" serial PRIMARY KEY NOT NULL,
	"certification_id" integer NOT NULL,
	"status" text NOT NULL,
	"pix_score" integer NOT NULL,
	"reproducibility_rate" smallint,
	"competence_marks" jsonb NOT NULL,
	"comment_key" text,
	"emitter" text NOT NULL,
	"jury_user_id" integer,
	"error_message" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" integer PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"sex" text NOT NULL,
	"birthdate" date NOT NULL,
	"birth_city" text NOT NULL,
	"birth_country" text NOT NULL,
	"birth_insee_code" text,
	"birth_postal_code" text,
	"external_id" text,
	"division" text,
	"examiner_comment" text,
	"abort_reason" text,
	"course_state" text NOT NULL,
	"verification_code" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"profile_date" timestamp with time zone NOT NULL,
	"max_reachable_level" smallint NOT NULL,
	"competences" jsonb NOT NULL,
	"is_cancelled" boolean DEFAULT false NOT NULL,
	"is_rejected_for_fraud" boolean DEFAULT false NOT NULL,
	"comment_for_candidate" text,
	"comment_for_organization" text,
	"comment_by_jury" text
);
--> statement-breakpoint
CREATE TABLE "jury_audit" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"certification_id" integer,
	"action" text NOT NULL,
	"user_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "jury_sessions" (
	"session_id" integer PRIMARY KEY NOT NULL,
	"finalization" integer NOT NULL,
	"certification_center_id" integer NOT NULL,
	"certification_center_name" text NOT NULL,
	"certification_center_type" text NOT NULL,
	"address" text NOT NULL,
	"room" text NOT NULL,
	"date" date NOT NULL,
	"time" text NOT NULL,
	"examiner" text NOT NULL,
	"finalized_at" timestamp with time zone NOT NULL,
	"finalized_by" integer NOT NULL,
	"examiner_global_comment" text,
	"has_incident" boolean NOT NULL,
	"has_joining_issue" boolean NOT NULL,
	"unfinalized_at" timestamp with time zone,
	"auto_jury_done_at" timestamp with time zone,
	"unresolved_impactful_report_count" integer DEFAULT 0 NOT NULL,
	"assigned_to_user_id" integer,
	"assigned_to_name" text,
	"jury_comment" text,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "certification_challenges" ADD CONSTRAINT "certification_challenges_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_results" ADD CONSTRAINT "certification_results_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_session_id_jury_sessions_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."jury_sessions"("session_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certification_results_latest_idx" ON "certification_results" USING btree ("certification_id","id");--> statement-breakpoint
CREATE INDEX "certifications_session_idx" ON "certifications" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "certifications_user_idx" ON "certifications" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certifications_verification_code_key" ON "certifications" USING btree ("verification_code");--> statement-breakpoint
CREATE INDEX "jury_audit_session_idx" ON "jury_audit" USING btree ("session_id","id");--> statement-breakpoint
CREATE INDEX "jury_sessions_lists_idx" ON "jury_sessions" USING btree ("published_at","finalized_at");