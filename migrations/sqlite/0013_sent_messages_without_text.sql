-- A delivered message keeps where it went and what it was about, not its text (see
-- `Store::outbox_mark_sent`); rows delivered before that rule lose their text now.
UPDATE outbox SET payload = json_remove(json_set(payload, '$.body', '', '$.html', '', '$.mentions', json('[]')), '$.attachment')
WHERE sent_at IS NOT NULL AND json_valid(payload);
