-- The audit trail is append-only (issue 30, finding 7): a deleted tail of the archive chain must not vanish with its
-- audit line. Like the archive's own triggers (V7), this holds for the application's database user too; a deployment
-- with a separate schema owner (docs/deployment.md) also keeps that user from disabling the triggers.
CREATE FUNCTION audit_alleen_aanvullen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'De audittrail kan alleen worden aangevuld: % op % geweigerd', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_regel_onveranderlijk BEFORE UPDATE OR DELETE ON audit_regel
    FOR EACH ROW EXECUTE FUNCTION audit_alleen_aanvullen();
CREATE TRIGGER audit_regel_niet_legen BEFORE TRUNCATE ON audit_regel
    FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_aanvullen();
