CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"title" text,
	"rncp" text,
	"rs" text,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certifications_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "referential_nodes" (
	"version_id" uuid NOT NULL,
	"code" text NOT NULL,
	"type" text NOT NULL,
	"parent_code" text,
	"kind" text,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "referential_nodes_version_id_code_pk" PRIMARY KEY("version_id","code")
);
--> statement-breakpoint
CREATE TABLE "referential_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certification_id" uuid NOT NULL,
	"key" text NOT NULL,
	"status" text NOT NULL,
	"document" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referential_nodes" ADD CONSTRAINT "referential_nodes_version_id_referential_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."referential_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referential_versions" ADD CONSTRAINT "referential_versions_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referential_nodes_type" ON "referential_nodes" USING btree ("version_id","type");--> statement-breakpoint
CREATE UNIQUE INDEX "referential_versions_key" ON "referential_versions" USING btree ("certification_id","key");