CREATE TABLE "rncp_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"started_by" uuid NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"bytes_total" bigint NOT NULL,
	"bytes_read" bigint NOT NULL,
	"fiches" integer NOT NULL,
	"report" jsonb,
	"error" jsonb,
	"started_at" timestamp with time zone NOT NULL,
	"heartbeat_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "rncp_imports" ADD CONSTRAINT "rncp_imports_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rncp_imports_status_idx" ON "rncp_imports" USING btree ("status");