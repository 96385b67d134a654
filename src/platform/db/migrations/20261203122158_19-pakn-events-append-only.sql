-- The PAKN history is append-only, like the dossiers': refuse UPDATE, DELETE and TRUNCATE of pakn_events.
CREATE FUNCTION "pakn_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Nhật ký phản ánh, kiến nghị chỉ được ghi thêm; không được sửa, xoá (thao tác %).', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "pakn_events_no_update_delete"
  BEFORE UPDATE OR DELETE ON "pakn_events"
  FOR EACH ROW EXECUTE FUNCTION "pakn_events_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "pakn_events_no_truncate"
  BEFORE TRUNCATE ON "pakn_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "pakn_events_refuse_change"();
