CREATE TABLE "audit_chain_heads" (
	"unit_code" text PRIMARY KEY NOT NULL,
	"last_event_id" bigint,
	"last_hash" text NOT NULL,
	"event_count" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_overrides" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendar_overrides_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_code" text,
	"date" date NOT NULL,
	"working" boolean NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_overrides_unit_date_key" UNIQUE NULLS NOT DISTINCT("unit_code","date")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"unit_code" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "departments_unit_code_code_pk" PRIMARY KEY("unit_code","code"),
	CONSTRAINT "departments_kind_check" CHECK (kind IN ('department', 'vertical_agency'))
);
--> statement-breakpoint
CREATE TABLE "dossier_code_sequences" (
	"unit_code" text NOT NULL,
	"day" date NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "dossier_code_sequences_unit_code_day_pk" PRIMARY KEY("unit_code","day")
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_code" text NOT NULL,
	"seq" integer NOT NULL,
	"unit_code" text NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"actor_role" text,
	"source" text NOT NULL,
	"external_id" text,
	"payload" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "dossier_events_dossier_seq_key" UNIQUE("dossier_code","seq"),
	CONSTRAINT "dossier_events_source_external_id_key" UNIQUE("source","external_id"),
	CONSTRAINT "dossier_events_seq_check" CHECK (seq >= 1)
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"code" text PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"procedure_code" text NOT NULL,
	"field" text NOT NULL,
	"status" smallint NOT NULL,
	"channel" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text,
	"received_at" timestamp with time zone,
	"legal_due_at" timestamp with time zone,
	"appointment_due_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"end_kind" text,
	"department_code" text,
	"assignee_id" text,
	"source" text NOT NULL,
	"version" integer NOT NULL,
	"state" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_status_check" CHECK (status BETWEEN 1 AND 10),
	CONSTRAINT "dossiers_channel_check" CHECK (channel IN ('in_person', 'online', 'post')),
	CONSTRAINT "dossiers_end_kind_check" CHECK (end_kind IS NULL OR end_kind IN ('processed', 'returned', 'stopped', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "fee_lines" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "fee_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"dossier_code" text NOT NULL,
	"code" text NOT NULL,
	"description" text NOT NULL,
	"amount" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fee_lines_amount_check" CHECK (amount >= 0)
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"content_type" text NOT NULL,
	"original_name" text NOT NULL,
	"dossier_code" text NOT NULL,
	"component_code" text,
	"kind" text NOT NULL,
	"digitized" boolean DEFAULT false NOT NULL,
	"reused" boolean DEFAULT false NOT NULL,
	"electronic" boolean DEFAULT false NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_kind_check" CHECK (kind IN ('component', 'result')),
	CONSTRAINT "files_sha256_check" CHECK (sha256 ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "files_size_check" CHECK (size >= 0)
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text NOT NULL,
	"user_id" uuid NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" smallint NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"dossier_code" text NOT NULL,
	"fee_line_id" integer,
	"amount" bigint NOT NULL,
	"method" text NOT NULL,
	"reference" text,
	"paid_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_amount_check" CHECK (amount >= 0),
	CONSTRAINT "payments_method_check" CHECK (method IN ('cash', 'transfer', 'online'))
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"code" text NOT NULL,
	"version_id" text NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"catalog_version" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "procedures_code_version_id_pk" PRIMARY KEY("code","version_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_procedures" (
	"unit_code" text NOT NULL,
	"procedure_code" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "unit_procedures_unit_code_procedure_code_pk" PRIMARY KEY("unit_code","procedure_code")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_code" text,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_kind_check" CHECK (kind IN ('ward', 'commune', 'city'))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"unit_code" text NOT NULL,
	"department_code" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK (role IN ('counter_officer', 'specialist', 'department_head', 'center_leader', 'chairman', 'city_supervisor', 'administrator'))
);
--> statement-breakpoint
ALTER TABLE "audit_chain_heads" ADD CONSTRAINT "audit_chain_heads_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_overrides" ADD CONSTRAINT "calendar_overrides_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_overrides" ADD CONSTRAINT "calendar_overrides_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_code_sequences" ADD CONSTRAINT "dossier_code_sequences_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_code_dossiers_code_fk" FOREIGN KEY ("dossier_code") REFERENCES "public"."dossiers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_lines" ADD CONSTRAINT "fee_lines_dossier_code_dossiers_code_fk" FOREIGN KEY ("dossier_code") REFERENCES "public"."dossiers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_dossier_code_dossiers_code_fk" FOREIGN KEY ("dossier_code") REFERENCES "public"."dossiers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_dossier_code_dossiers_code_fk" FOREIGN KEY ("dossier_code") REFERENCES "public"."dossiers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_fee_line_id_fee_lines_id_fk" FOREIGN KEY ("fee_line_id") REFERENCES "public"."fee_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_procedures" ADD CONSTRAINT "unit_procedures_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_code_units_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_events_unit_id_idx" ON "dossier_events" USING btree ("unit_code","id");--> statement-breakpoint
CREATE INDEX "dossiers_unit_status_received_idx" ON "dossiers" USING btree ("unit_code","status","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_unit_legal_due_idx" ON "dossiers" USING btree ("unit_code","legal_due_at");--> statement-breakpoint
CREATE INDEX "dossiers_code_pattern_idx" ON "dossiers" USING btree ("code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "fee_lines_dossier_code_idx" ON "fee_lines" USING btree ("dossier_code");--> statement-breakpoint
CREATE INDEX "files_dossier_code_idx" ON "files" USING btree ("dossier_code");--> statement-breakpoint
CREATE INDEX "files_sha256_idx" ON "files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "payments_dossier_code_idx" ON "payments" USING btree ("dossier_code");--> statement-breakpoint
CREATE INDEX "procedures_code_effective_idx" ON "procedures" USING btree ("code","effective_from");--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "units_parent_code_idx" ON "units" USING btree ("parent_code");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_lower_idx" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "users_unit_code_idx" ON "users" USING btree ("unit_code");