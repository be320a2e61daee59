ALTER TABLE "instruments" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "instruments" ADD COLUMN "derived_from" text;--> statement-breakpoint
ALTER TABLE "instruments" ADD CONSTRAINT "instruments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;