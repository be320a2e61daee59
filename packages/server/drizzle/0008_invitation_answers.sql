CREATE TYPE "public"."invitation_status" AS ENUM('open', 'accepted', 'declined', 'cancelled');--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "status" "invitation_status" DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "closed_by" uuid;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invitations_email_idx" ON "invitations" USING btree (lower("email"));--> statement-breakpoint
-- The invitations accepted before answers were recorded: accepted by the account of their address.
UPDATE "invitations" AS i SET "status" = 'accepted', "closed_at" = i."accepted_at", "closed_by" = (SELECT u."id" FROM "users" u WHERE lower(u."email") = lower(i."email")) WHERE i."accepted_at" IS NOT NULL;
