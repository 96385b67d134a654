CREATE TABLE "queue_counter_sessions" (
	"unit_code" text NOT NULL,
	"counter" smallint NOT NULL,
	"officer_id" uuid NOT NULL,
	"groups" text[] NOT NULL,
	"takes_other_groups" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queue_counter_sessions_unit_code_counter_pk" PRIMARY KEY("unit_code","counter")
);
--> statement-breakpoint
CREATE TABLE "queue_day_counters" (
	"unit_code" text NOT NULL,
	"day" integer NOT NULL,
	"scope" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "queue_day_counters_unit_code_day_scope_pk" PRIMARY KEY("unit_code","day","scope")
);
--> statement-breakpoint
CREATE TABLE "queue_ticket_events" (
	"ticket_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"event" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queue_ticket_events_ticket_id_seq_pk" PRIMARY KEY("ticket_id","seq")
);
--> statement-breakpoint
CREATE TABLE "queue_tickets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"day" integer NOT NULL,
	"number" integer NOT NULL,
	"label" text NOT NULL,
	"issued_group" text NOT NULL,
	"service_group" text NOT NULL,
	"priority_rank" smallint NOT NULL,
	"position" integer NOT NULL,
	"status" text NOT NULL,
	"target_counter" smallint,
	"counter" smallint,
	"officer_id" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"last_called_at" timestamp with time zone,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "queue_tickets_status_check" CHECK (status IN ('waiting', 'called', 'serving', 'served', 'missed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"ticket_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"counter" smallint NOT NULL,
	"officer_id" uuid,
	"department_code" text,
	"dossier_codes" text[] NOT NULL,
	"sentiment" text NOT NULL,
	"rating" jsonb NOT NULL,
	CONSTRAINT "ratings_ticket_id_unique" UNIQUE("ticket_id"),
	CONSTRAINT "ratings_sentiment_check" CHECK (sentiment IN ('satisfied', 'neutral', 'dissatisfied'))
);
--> statement-breakpoint
ALTER TABLE "queue_counter_sessions" ADD CONSTRAINT "queue_counter_sessions_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_counter_sessions" ADD CONSTRAINT "queue_counter_sessions_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_day_counters" ADD CONSTRAINT "queue_day_counters_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_ticket_events" ADD CONSTRAINT "queue_ticket_events_ticket_id_queue_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."queue_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_ticket_id_queue_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."queue_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "queue_counter_sessions_officer_idx" ON "queue_counter_sessions" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "queue_tickets_call_idx" ON "queue_tickets" USING btree ("unit_code","day","status","priority_rank" DESC NULLS LAST,"position");--> statement-breakpoint
CREATE UNIQUE INDEX "queue_tickets_unit_day_label_idx" ON "queue_tickets" USING btree ("unit_code","day","label");--> statement-breakpoint
CREATE INDEX "queue_tickets_unit_called_idx" ON "queue_tickets" USING btree ("unit_code","last_called_at");--> statement-breakpoint
CREATE INDEX "ratings_unit_at_idx" ON "ratings" USING btree ("unit_code","at");