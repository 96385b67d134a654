CREATE TABLE "alert_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"alert_key" text NOT NULL,
	"unit_code" text NOT NULL,
	"subject" text NOT NULL,
	"subject_code" text NOT NULL,
	"step_code" text,
	"rung_id" text NOT NULL,
	"trigger" text NOT NULL,
	"text" text,
	"addressee_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"addressee_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"due_at" timestamp with time zone,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_events_kind_check" CHECK (kind IN ('raised', 'acknowledged')),
	CONSTRAINT "alert_events_subject_check" CHECK (subject IN ('dossier', 'pakn'))
);
--> statement-breakpoint
ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alert_events_raised_key" ON "alert_events" USING btree ("alert_key") WHERE kind = 'raised';--> statement-breakpoint
CREATE UNIQUE INDEX "alert_events_acknowledged_key" ON "alert_events" USING btree ("alert_key") WHERE kind = 'acknowledged';--> statement-breakpoint
CREATE INDEX "alert_events_subject_idx" ON "alert_events" USING btree ("subject_code","at");--> statement-breakpoint
CREATE INDEX "alert_events_unit_idx" ON "alert_events" USING btree ("unit_code","kind");--> statement-breakpoint
CREATE INDEX "alert_events_addressees_idx" ON "alert_events" USING gin ("addressee_ids");