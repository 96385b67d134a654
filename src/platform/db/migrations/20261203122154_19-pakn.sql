CREATE TABLE "pakn" (
	"code" text PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"status" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"pakn_class" text,
	"outcome" text,
	"sender_name" text DEFAULT '' NOT NULL,
	"title" text,
	"received_at" timestamp with time zone NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_kind" text,
	"resolved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"paused" boolean DEFAULT false NOT NULL,
	"handler_id" text,
	"department_code" text,
	"dossier_code" text,
	"source" text NOT NULL,
	"external_code" text,
	"version" integer NOT NULL,
	"state" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pakn_code_sequences" (
	"unit_code" text NOT NULL,
	"day" date NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "pakn_code_sequences_unit_code_day_pk" PRIMARY KEY("unit_code","day")
);
--> statement-breakpoint
CREATE TABLE "pakn_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"pakn_code" text NOT NULL,
	"seq" integer NOT NULL,
	"unit_code" text NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"source" text NOT NULL,
	"event" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pakn_events_code_seq_key" UNIQUE("pakn_code","seq")
);
--> statement-breakpoint
ALTER TABLE "pakn" ADD CONSTRAINT "pakn_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pakn_code_sequences" ADD CONSTRAINT "pakn_code_sequences_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pakn_events" ADD CONSTRAINT "pakn_events_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pakn_unit_received_idx" ON "pakn" USING btree ("unit_code","received_at");--> statement-breakpoint
CREATE INDEX "pakn_published_idx" ON "pakn" USING btree ("published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pakn_source_external_code_idx" ON "pakn" USING btree ("source","external_code");--> statement-breakpoint
CREATE INDEX "pakn_events_unit_at_idx" ON "pakn_events" USING btree ("unit_code","at");