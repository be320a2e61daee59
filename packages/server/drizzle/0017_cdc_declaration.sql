CREATE TABLE "cdc_export_entries" (
	"export_id" uuid NOT NULL,
	"certificate_id" uuid NOT NULL,
	"action" text NOT NULL,
	"passages" text,
	CONSTRAINT "cdc_export_entries_export_id_certificate_id_pk" PRIMARY KEY("export_id","certificate_id")
);
--> statement-breakpoint
CREATE TABLE "cdc_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"period_from" text NOT NULL,
	"period_to" text NOT NULL,
	"certification" text,
	"exported_by" uuid,
	"exported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cdc_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"id_client" text NOT NULL,
	"id_contrat" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "sex" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "birth_insee_code" text;--> statement-breakpoint
ALTER TABLE "cdc_export_entries" ADD CONSTRAINT "cdc_export_entries_export_id_cdc_exports_id_fk" FOREIGN KEY ("export_id") REFERENCES "public"."cdc_exports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cdc_export_entries" ADD CONSTRAINT "cdc_export_entries_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cdc_exports" ADD CONSTRAINT "cdc_exports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cdc_exports" ADD CONSTRAINT "cdc_exports_exported_by_users_id_fk" FOREIGN KEY ("exported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cdc_settings" ADD CONSTRAINT "cdc_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cdc_settings" ADD CONSTRAINT "cdc_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cdc_export_entries_certificate_idx" ON "cdc_export_entries" USING btree ("certificate_id");--> statement-breakpoint
CREATE INDEX "cdc_exports_organisation_idx" ON "cdc_exports" USING btree ("organisation_id","exported_at");