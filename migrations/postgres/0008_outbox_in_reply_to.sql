-- The event a reply answers, kept beside the payload and indexed, so that a redaction finds the
-- replies to the redacted message without reading the whole outbox.
ALTER TABLE outbox ADD COLUMN in_reply_to TEXT;
UPDATE outbox SET in_reply_to = CAST(payload AS JSON) ->> 'in_reply_to';
CREATE INDEX outbox_in_reply_to ON outbox (in_reply_to) WHERE in_reply_to IS NOT NULL;
