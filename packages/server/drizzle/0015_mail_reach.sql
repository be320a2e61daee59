ALTER TABLE "invitations" ADD COLUMN "candidate_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "muted_notifications" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_messages_subject_idx" ON "mail_messages" USING btree ("template","subject_key" text_pattern_ops);