-- Trainings (Schulungen): planned trainings, sign-ups with a waiting list (ordered by id), and
-- attendance, the per-person evidence of AI literacy (EU AI Act Art. 4).
CREATE TABLE trainings (
    id BIGSERIAL PRIMARY KEY,
    title TEXT NOT NULL,
    level TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    duration_minutes BIGINT NOT NULL,
    place TEXT NOT NULL,
    capacity BIGINT NOT NULL CHECK (capacity >= 1),
    departments TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'geplant',
    created_by TEXT NOT NULL,
    room_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX trainings_upcoming ON trainings (status, starts_at);

CREATE TABLE training_participants (
    id BIGSERIAL PRIMARY KEY,
    training_id BIGINT NOT NULL REFERENCES trainings (id),
    user_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('angemeldet', 'warteliste')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (training_id, user_id)
);
CREATE INDEX training_participants_user ON training_participants (user_id);

CREATE TABLE training_attendance (
    training_id BIGINT NOT NULL REFERENCES trainings (id),
    user_id TEXT NOT NULL,
    level TEXT NOT NULL,
    attended_at BIGINT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (training_id, user_id)
);
CREATE INDEX training_attendance_user ON training_attendance (user_id, level);
