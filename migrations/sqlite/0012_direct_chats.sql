-- Every direct chat a person has with the bot (recorded when they write in it), so that erasing
-- them finds and leaves every one of them, not only the one the bot opened itself.
CREATE TABLE direct_chats (
    user_id TEXT NOT NULL,
    room_id TEXT NOT NULL,
    PRIMARY KEY (user_id, room_id)
);
