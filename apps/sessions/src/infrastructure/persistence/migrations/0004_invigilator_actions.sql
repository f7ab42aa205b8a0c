CREATE TABLE "invigilator_actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"action" text NOT NULL,
	"invigilator_user_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "invigilator_actions" ADD CONSTRAINT "invigilator_actions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invigilator_actions_session_idx" ON "invigilator_actions" USING btree ("session_id","at");