-- Escalation alerts are history, like the dossiers' and the PAKN's: refuse UPDATE, DELETE and TRUNCATE of alert_events.
CREATE FUNCTION "alert_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Nhật ký cảnh báo chỉ được ghi thêm; không được sửa, xoá (thao tác %).', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "alert_events_no_update_delete"
  BEFORE UPDATE OR DELETE ON "alert_events"
  FOR EACH ROW EXECUTE FUNCTION "alert_events_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "alert_events_no_truncate"
  BEFORE TRUNCATE ON "alert_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "alert_events_refuse_change"();
