-- The dossier history is append-only: refuse UPDATE, DELETE and TRUNCATE of dossier_events.
-- This guards against mistakes; deliberate tampering by a database superuser is caught by
-- the per-unit hash chain instead (src/db/audit-chain.ts).
CREATE FUNCTION "dossier_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Nhật ký sự kiện hồ sơ chỉ được ghi thêm; không được sửa, xoá (thao tác %).', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "dossier_events_no_update_delete"
  BEFORE UPDATE OR DELETE ON "dossier_events"
  FOR EACH ROW EXECUTE FUNCTION "dossier_events_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "dossier_events_no_truncate"
  BEFORE TRUNCATE ON "dossier_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "dossier_events_refuse_change"();
