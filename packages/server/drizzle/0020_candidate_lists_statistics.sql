CREATE TABLE "statistics_decisions" (
	"certifier_id" uuid NOT NULL,
	"certification" text NOT NULL,
	"unit" text NOT NULL,
	"label" text NOT NULL,
	"passed" boolean NOT NULL,
	"bucket" integer NOT NULL,
	"decisions" integer NOT NULL,
	CONSTRAINT "statistics_decisions_certifier_id_certification_unit_label_passed_bucket_pk" PRIMARY KEY("certifier_id","certification","unit","label","passed","bucket")
);
--> statement-breakpoint
CREATE TABLE "statistics_documents" (
	"certifier_id" uuid NOT NULL,
	"certification" text NOT NULL,
	"year" integer NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"revoked" boolean NOT NULL,
	"documents" integer NOT NULL,
	CONSTRAINT "statistics_documents_certifier_id_certification_year_company_id_kind_revoked_pk" PRIMARY KEY("certifier_id","certification","year","company_id","kind","revoked")
);
--> statement-breakpoint
DROP INDEX "candidates_organisation_idx";--> statement-breakpoint
DROP INDEX "candidates_project_idx";--> statement-breakpoint
DROP INDEX "candidates_tutor_idx";--> statement-breakpoint
DROP INDEX "candidates_trainer_idx";--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "search_name" text GENERATED ALWAYS AS (certeval_candidate_name(birth_name, usage_name, first_names)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "candidates_status_idx" ON "candidates" USING btree ("status","search_name","id");--> statement-breakpoint
CREATE INDEX "candidates_name_idx" ON "candidates" USING btree ("search_name","id");--> statement-breakpoint
CREATE INDEX "candidates_name_trgm" ON "candidates" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "evaluations_jury_candidate_idx" ON "evaluations" USING btree ("jury_candidate_id") WHERE "evaluations"."jury_candidate_id" is not null;--> statement-breakpoint
CREATE INDEX "candidates_organisation_idx" ON "candidates" USING btree ("organisation_id","search_name","id");--> statement-breakpoint
CREATE INDEX "candidates_project_idx" ON "candidates" USING btree ("project_id","search_name","id");--> statement-breakpoint
CREATE INDEX "candidates_tutor_idx" ON "candidates" USING btree ("tutor_id","search_name","id");--> statement-breakpoint
CREATE INDEX "candidates_trainer_idx" ON "candidates" USING btree ("trainer_id","search_name","id");