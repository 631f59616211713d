-- A delivered message keeps where it went and what it was about, not its text (see
-- `Store::outbox_mark_sent`); rows delivered before that rule lose their text now. A row that is
-- not valid JSON (set aside by the sender) is left as it is.
DO $$
DECLARE
    row RECORD;
BEGIN
    FOR row IN SELECT id, payload FROM outbox WHERE sent_at IS NOT NULL LOOP
        BEGIN
            UPDATE outbox
            SET payload = ((row.payload::jsonb - 'attachment') || '{"body": "", "html": "", "mentions": []}'::jsonb)::text
            WHERE id = row.id;
        EXCEPTION WHEN others THEN
            NULL;
        END;
    END LOOP;
END $$;
