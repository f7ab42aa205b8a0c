CREATE TABLE "certification_answers" (
	"course_id" integer NOT NULL,
	"question_number" integer NOT NULL,
	"challenge_id" text NOT NULL,
	"value" jsonb NOT NULL,
	"status" text NOT NULL,
	"focused_out" boolean NOT NULL,
	"timed_out" boolean NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "certification_answers_pkey" PRIMARY KEY("course_id","question_number"),
	CONSTRAINT "certification_answers_status_check" CHECK ("certification_answers"."status" in ('ok', 'ko', 'partially', 'aband', 'timedout', 'focusedOut'))
);
--> statement-breakpoint
CREATE TABLE "certification_challenges" (
	"course_id" integer NOT NULL,
	"number" integer NOT NULL,
	"challenge_id" text NOT NULL,
	"competence" text NOT NULL,
	"skill" text NOT NULL,
	"tube" text NOT NULL,
	"level" integer NOT NULL,
	CONSTRAINT "certification_challenges_pkey" PRIMARY KEY("course_id","number")
);
--> statement-breakpoint
CREATE TABLE "certification_courses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "certification_courses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"state" text NOT NULL,
	"verification_code" text NOT NULL,
	"profile_date" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" integer,
	CONSTRAINT "certification_courses_candidate_id_key" UNIQUE("candidate_id"),
	CONSTRAINT "certification_courses_verification_code_key" UNIQUE("verification_code"),
	CONSTRAINT "certification_courses_state_check" CHECK ("certification_courses"."state" in ('started', 'completed', 'ended_by_invigilator'))
);
--> statement-breakpoint
ALTER TABLE "certification_answers" ADD CONSTRAINT "certification_answers_course_id_certification_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."certification_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_challenges" ADD CONSTRAINT "certification_challenges_course_id_certification_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."certification_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certification_answers_course_challenge_key" ON "certification_answers" USING btree ("course_id","challenge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certification_challenges_course_challenge_key" ON "certification_challenges" USING btree ("course_id","challenge_id");--> statement-breakpoint
CREATE INDEX "certification_courses_session_id_idx" ON "certification_courses" USING btree ("session_id");