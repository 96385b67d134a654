CREATE TABLE "pakn_notice_preferences" (
	"pakn_code" text PRIMARY KEY NOT NULL,
	"preferences" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notice_outbox" ALTER COLUMN "dossier_code" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notice_outbox" ADD COLUMN "pakn_code" text;--> statement-breakpoint
ALTER TABLE "pakn_notice_preferences" ADD CONSTRAINT "pakn_notice_preferences_pakn_code_pakn_code_fk" FOREIGN KEY ("pakn_code") REFERENCES "public"."pakn"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_outbox" ADD CONSTRAINT "notice_outbox_pakn_code_pakn_code_fk" FOREIGN KEY ("pakn_code") REFERENCES "public"."pakn"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notice_outbox_pakn_idx" ON "notice_outbox" USING btree ("pakn_code","created_at");--> statement-breakpoint
ALTER TABLE "notice_outbox" ADD CONSTRAINT "notice_outbox_subject_check" CHECK ((dossier_code IS NULL) <> (pakn_code IS NULL));