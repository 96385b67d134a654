DROP INDEX "dossiers_closed_idx";--> statement-breakpoint
CREATE INDEX "dossiers_closed_received_idx" ON "dossiers" USING btree ("closed_at","received_at");