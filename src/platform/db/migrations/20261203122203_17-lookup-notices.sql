CREATE TABLE "lookup_failures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "lookup_failures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code_key" text NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lookup_tokens" (
	"dossier_code" text PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lookup_tokens_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "notice_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notice_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"outbox_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text NOT NULL,
	"permanent" boolean DEFAULT false NOT NULL,
	"reason" text,
	"provider_id" text,
	CONSTRAINT "notice_attempts_outcome_check" CHECK (outcome IN ('sent', 'failed', 'parked'))
);
--> statement-breakpoint
CREATE TABLE "notice_channel_configs" (
	"unit_code" text PRIMARY KEY NOT NULL,
	"config" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"unit_code" text NOT NULL,
	"dossier_code" text NOT NULL,
	"event_version" integer NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"payload" jsonb,
	"status" text NOT NULL,
	"skip_reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"provider_id" text,
	"sent_at" timestamp with time zone,
	"last_error" text,
	"fallbacks" text[] DEFAULT '{}'::text[] NOT NULL,
	"fallback_of" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "notice_outbox_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "notice_outbox_status_check" CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'parked', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "notice_preferences" (
	"dossier_code" text PRIMARY KEY NOT NULL,
	"preferences" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_templates" (
	"unit_code" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"template" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_templates_unit_code_kind_channel_pk" PRIMARY KEY("unit_code","kind","channel")
);
--> statement-breakpoint
ALTER TABLE "lookup_tokens" ADD CONSTRAINT "lookup_tokens_dossier_code_dossiers_code_fk" FOREIGN KEY ("dossier_code") REFERENCES "public"."dossiers"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_attempts" ADD CONSTRAINT "notice_attempts_outbox_id_notice_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."notice_outbox"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_channel_configs" ADD CONSTRAINT "notice_channel_configs_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_channel_configs" ADD CONSTRAINT "notice_channel_configs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_outbox" ADD CONSTRAINT "notice_outbox_dossier_code_dossiers_code_fk" FOREIGN KEY ("dossier_code") REFERENCES "public"."dossiers"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_preferences" ADD CONSTRAINT "notice_preferences_dossier_code_dossiers_code_fk" FOREIGN KEY ("dossier_code") REFERENCES "public"."dossiers"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_templates" ADD CONSTRAINT "notice_templates_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_templates" ADD CONSTRAINT "notice_templates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lookup_failures_code_idx" ON "lookup_failures" USING btree ("code_key","failed_at");--> statement-breakpoint
CREATE INDEX "notice_attempts_outbox_idx" ON "notice_attempts" USING btree ("outbox_id","attempt");--> statement-breakpoint
CREATE INDEX "notice_outbox_due_idx" ON "notice_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notice_outbox_dossier_idx" ON "notice_outbox" USING btree ("dossier_code","created_at");