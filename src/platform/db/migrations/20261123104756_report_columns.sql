ALTER TABLE "dossiers" ADD COLUMN "procedure_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "received_by" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "refused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "paused" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "pause_ranges" "tstzmultirange" DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "supplement_ranges" "tstzmultirange" DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "fee_amount" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "paid_online" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "has_component_file" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "has_reused_component" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "has_result_file" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "result_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "payments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "last_payment_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "dossiers_unit_closed_idx" ON "dossiers" USING btree ("unit_code","closed_at","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_unit_last_payment_idx" ON "dossiers" USING btree ("unit_code","last_payment_at");--> statement-breakpoint
CREATE INDEX "dossiers_closed_idx" ON "dossiers" USING btree ("closed_at");--> statement-breakpoint
-- Backfill of rows written before this migration, from the folded state (LocalMinute m → instant
-- to_timestamp((m - 420) * 60)); the same projection as src/db/dossier-read-model.ts.
UPDATE "dossiers" d SET
  "procedure_name" = coalesce(d."state" ->> 'procedureName', ''),
  "received_by" = d."state" ->> 'receivedBy',
  "refused_at" = to_timestamp(((d."state" ->> 'refusedAt')::bigint - 420) * 60),
  "closed_at" = CASE WHEN d."state" ? 'endedAt' AND d."state" ? 'endKind' THEN to_timestamp(((d."state" ->> 'endedAt')::bigint - 420) * 60) END,
  "paused" = coalesce((d."state" ->> 'paused')::boolean, false),
  "pause_ranges" = coalesce((SELECT range_agg(tstzrange(to_timestamp(((p ->> 'from')::bigint - 420) * 60), to_timestamp(((p ->> 'to')::bigint - 420) * 60), '(]'))
      FROM jsonb_array_elements(coalesce(d."state" -> 'pauses', '[]')) p
      WHERE NOT p ? 'to' OR (p ->> 'to')::bigint > (p ->> 'from')::bigint), '{}'),
  "supplement_ranges" = coalesce((SELECT range_agg(tstzrange(to_timestamp(((r ->> 'at')::bigint - 420) * 60), to_timestamp(((r ->> 'at')::bigint - 420) * 60), '[]'))
      FROM jsonb_array_elements(coalesce(d."state" -> 'supplementRequests', '[]')) r), '{}'),
  "fee_amount" = coalesce((d."state" ->> 'feeAmount')::bigint, 0),
  "paid_online" = coalesce((d."state" ->> 'paidOnline')::boolean, false),
  "has_component_file" = coalesce((d."state" ->> 'hasComponentFile')::boolean, false),
  "has_reused_component" = coalesce((d."state" ->> 'hasReusedComponent')::boolean, false),
  "has_result_file" = coalesce((d."state" ->> 'hasResultFile')::boolean, false),
  "result_required" = coalesce((d."state" ->> 'resultRequired')::boolean, false),
  "payments" = coalesce(d."state" -> 'payments', '[]'),
  "last_payment_at" = (SELECT to_timestamp((max((p ->> 'at')::bigint) - 420) * 60) FROM jsonb_array_elements(coalesce(d."state" -> 'payments', '[]')) p)
WHERE jsonb_typeof(d."state") = 'object' AND d."state" ? 'supplementRequests';
