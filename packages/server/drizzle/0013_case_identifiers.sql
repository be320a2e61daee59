CREATE TABLE "case_identifiers" (
	"version_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"identifier" text NOT NULL,
	CONSTRAINT "case_identifiers_version_id_kind_identifier_pk" PRIMARY KEY("version_id","kind","identifier")
);
--> statement-breakpoint
ALTER TABLE "case_identifiers" ADD CONSTRAINT "case_identifiers_version_id_referential_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."referential_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_identifiers_identifier" ON "case_identifiers" USING btree ("identifier","kind");