-- Attendance of people who were erased, as counts per Fachbereich ('' when none was set) and
-- level: the AI-literacy evidence (EU AI Act Art. 4) keeps its numbers without naming anyone.
CREATE TABLE training_attendance_erased (
    department TEXT NOT NULL,
    level TEXT NOT NULL,
    attendees INTEGER NOT NULL,
    PRIMARY KEY (department, level)
);
