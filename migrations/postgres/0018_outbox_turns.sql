-- Turns for the sender: whom a waiting message goes to (a room, or a person's direct chat), the
-- conversation whose order it keeps (a room's thread or timeline, or the direct chat), and whether
-- it answers the person whose message caused it (answers go before bulk messages). Both names
-- are cleared once the message is sent ('').
ALTER TABLE outbox ADD COLUMN recipient TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN conversation TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN answer BIGINT NOT NULL DEFAULT 0;
-- Messages queued before this migration keep their order among themselves: one conversation.
UPDATE outbox SET recipient = 'queued before turns', conversation = 'queued before turns' WHERE sent_at IS NULL;
CREATE INDEX outbox_unsent_by_conversation ON outbox (conversation, id) WHERE sent_at IS NULL;
