ALTER TABLE "issue_reports" ADD COLUMN "resolution_effect" text;--> statement-breakpoint
ALTER TABLE "issue_reports" ADD COLUMN "resolution_challenge_id" text;--> statement-breakpoint
ALTER TABLE "issue_reports" ADD COLUMN "resolved_by" integer;--> statement-breakpoint
ALTER TABLE "issue_reports" ADD CONSTRAINT "issue_reports_effect_iff_automatic" CHECK ("issue_reports"."has_been_automatically_resolved" = ("issue_reports"."resolution_effect" is not null and "issue_reports"."resolved_at" is not null));--> statement-breakpoint
ALTER TABLE "issue_reports" ADD CONSTRAINT "issue_reports_effect_known" CHECK ("issue_reports"."resolution_effect" in ('neutralise', 'remark-ok', 'no-effect'));