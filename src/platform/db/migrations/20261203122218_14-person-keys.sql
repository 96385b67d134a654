ALTER TABLE "dossiers" ADD COLUMN "applicant_id_key" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "applicant_phone_key" text;--> statement-breakpoint
CREATE INDEX "dossiers_unit_id_key_idx" ON "dossiers" USING btree ("unit_code","applicant_id_key");--> statement-breakpoint
CREATE INDEX "dossiers_unit_phone_key_idx" ON "dossiers" USING btree ("unit_code","applicant_phone_key");