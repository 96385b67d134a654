-- The configuration change log is append-only, like the dossier history: refuse UPDATE,
-- DELETE and TRUNCATE of admin_changes.
CREATE FUNCTION "admin_changes_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Nhật ký thay đổi cấu hình chỉ được ghi thêm; không được sửa, xoá (thao tác %).', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "admin_changes_no_update_delete"
  BEFORE UPDATE OR DELETE ON "admin_changes"
  FOR EACH ROW EXECUTE FUNCTION "admin_changes_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "admin_changes_no_truncate"
  BEFORE TRUNCATE ON "admin_changes"
  FOR EACH STATEMENT EXECUTE FUNCTION "admin_changes_refuse_change"();
