ALTER TABLE "certificates" ADD COLUMN "suspension_list_id" uuid;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "suspension_index" integer;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "suspension_reason" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "time_zone" text;