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
