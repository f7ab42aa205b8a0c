CREATE TABLE "knowledge_elements" (
	"user_id" integer NOT NULL,
	"competence" text NOT NULL,
	"skill" text NOT NULL,
	"status" text NOT NULL,
	"challenge_id" text,
	"earned_pix" double precision NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "knowledge_elements_pkey" PRIMARY KEY("user_id","skill","created_at"),
	CONSTRAINT "knowledge_elements_status_check" CHECK ("knowledge_elements"."status" in ('validated', 'invalidated')),
	CONSTRAINT "knowledge_elements_earned_pix_check" CHECK ("knowledge_elements"."earned_pix" >= 0)
);
--> statement-breakpoint
CREATE INDEX "knowledge_elements_user_id_created_at_idx" ON "knowledge_elements" USING btree ("user_id","created_at");