ALTER TABLE "dossiers" ADD COLUMN "work_kind" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "work_role" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "work_department" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "work_assignee" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "work_step" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "work_folded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "dossiers_unit_work_idx" ON "dossiers" USING btree ("unit_code","work_kind","work_role");--> statement-breakpoint
CREATE INDEX "dossiers_work_assignee_idx" ON "dossiers" USING btree ("work_assignee");