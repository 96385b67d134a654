CREATE TABLE "instance_flags" (
	"name" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_throttles" (
	"username_key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"last_attempt_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "login_throttles_last_attempt_at_idx" ON "login_throttles" USING btree ("last_attempt_at");--> statement-breakpoint
-- A database that took the demo before demo data was marked: its demo city's accounts are there.
INSERT INTO "instance_flags" ("name", "value")
SELECT 'demo', 'true'::jsonb
WHERE (SELECT count(*) FROM "users" WHERE "username" IN ('haiphong.quantri', 'haiphong.giamsat', 'giavien.tiepnhan1')) = 3;
