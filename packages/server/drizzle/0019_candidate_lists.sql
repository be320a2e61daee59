DROP INDEX "candidates_organisation_idx";--> statement-breakpoint
DROP INDEX "candidates_project_idx";--> statement-breakpoint
DROP INDEX "candidates_tutor_idx";--> statement-breakpoint
DROP INDEX "candidates_trainer_idx";--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "search_name" text GENERATED ALWAYS AS (certeval_candidate_name(birth_name, usage_name, first_names)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "candidates_status_idx" ON "candidates" USING btree ("status","search_name","id");--> statement-breakpoint
CREATE INDEX "candidates_name_idx" ON "candidates" USING btree ("search_name","id");--> statement-breakpoint
CREATE INDEX "candidates_name_trgm" ON "candidates" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "candidates_organisation_idx" ON "candidates" USING btree ("organisation_id","search_name","id");--> statement-breakpoint
CREATE INDEX "candidates_project_idx" ON "candidates" USING btree ("project_id","search_name","id");--> statement-breakpoint
CREATE INDEX "candidates_tutor_idx" ON "candidates" USING btree ("tutor_id","search_name","id");--> statement-breakpoint
CREATE INDEX "candidates_trainer_idx" ON "candidates" USING btree ("trainer_id","search_name","id");