# Texts of the trainings module.

topic-schulungen = Trainings (AI literacy)
topic-schulungen-details = "!trainings" lists the upcoming trainings and their free seats. "!signup #3" signs you up for training 3. If it is full, you join the waiting list. When a seat frees, you move up automatically and I will message you. "!signoff #3" gives your seat back. "!my-trainings" shows your sign-ups and the trainings you have completed. I remind you before every date.
    For the strategy team: "!training new" plans a training, "!attendance #3 all" records who attended, and "!literacy" shows the state per department. This is the evidence of AI literacy under Art. 4 of the AI Act.
help-schulung = plan a training (strategy team): !training new (step by step), !training #N, !training #N change place …, !training #N cancel [reason]
help-schulungen = upcoming trainings with free seats: !trainings
help-anmelden = sign up for a training: !signup #N (if it is full, you join the waiting list)
help-abmelden = sign off a training: !signoff #N
help-meine-schulungen = your sign-ups, your places on waiting lists and your completed trainings: !my-trainings
help-teilnahme = record attendance (strategy team): !attendance #N @anna:city.example … or !attendance #N all
help-kompetenz = AI literacy per department (strategy team): !literacy or !literacy <department>

training-level-grundlagen = Basics
training-level-vertiefung = Advanced (sensitive data, high risk)
training-level-entwickeln = Role: developing
training-level-betreiben = Role: operating
training-level-nutzen = Role: using

training-usage = This is how the strategy team plans a training: "!training new" asks for everything step by step. Or in one line: !training new Title | level | 12.03.2027 14:00 | 90 min | place or link | seats | departments.
    Show a training: !training #3. Change it: !training #3 change date 13.03.2027 10:00 (likewise place, seats, title, duration, level, departments). Cancel it: !training #3 cancel [reason].
training-oneline-usage = Nothing has been saved yet: the short form needs six or seven parts separated by "|". For example: !training new AI at the service desk | basics | 12.03.2027 14:00 | 90 min | Room 1.23 | 12 | Citizen services. You can leave out the departments at the end or write "-". Or write just !training new and I will ask one question at a time.
training-ref-invalid = That is not a valid number. Trainings have numbers like #3. You can see them with !trainings.
training-not-found = There is no training #{ $id }. !trainings lists the upcoming ones.

training-dialog-title = A new training – great! What is its title? (You can stop at any time with !cancel.)
training-dialog-level = Which level is it? Answer with the number or a keyword:
    1 Basics (for everyone)
    2 Advanced (sensitive data, high risk)
    3 Role: developing
    4 Role: operating
    5 Role: using
training-dialog-date = When does it start? Please give date and time, e.g. 12.03.2027 14:00
training-dialog-duration = How long is it? For example 90 min or 1.5 h.
training-dialog-place = Where does it take place? Room, address or video-conference link.
training-dialog-capacity = How many seats are there? Please give a number, e.g. 12.
training-dialog-departments = Last question: which departments is it meant for? Separate several with commas. If it is for everyone, write "-".

training-level-invalid = I do not know that level. Please answer with a number from 1 to 5 or a keyword: basics, advanced, develop, operate, use.
training-date-invalid = I did not understand the date. Please write date and time like this: 12.03.2027 14:00
training-date-skipped = That time does not exist on that day, because the clocks change that night. Please choose another time, e.g. 10:00.
training-date-range = The date must lie in the future, at most five years ahead. Please give another date, e.g. 12.03.2027 14:00.
training-duration-invalid = I did not understand the duration. Please write e.g. "90 min", "90" or "1.5 h". It can be 5 minutes to 24 hours.
training-capacity-invalid = I did not recognise that as a number of seats. Please write a whole number from 1 to { $max }, e.g. 12.

training-created = 🎓 Training #{ $id } is planned. Anyone who wants to take part signs up with !signup #{ $id }. I remind everyone signed up before the date.
training-summary = #{ $id } { $title }
    Level: { $level } · { $when } ({ $duration }) · { $place } · { $capacity ->
        [one] 1 seat
       *[other] { $capacity } seats
    }
training-summary-departments = For: { $departments }
training-summary-cancelled = ❌ This training has been cancelled.
training-show-participants = Signed up ({ $count } of { $capacity }): { $names }
training-show-waiting = Waiting list ({ $count }): { $names }
training-show-hint = Change: !training #{ $id } change place … · Cancel: !training #{ $id } cancel · Record attendance: !attendance #{ $id } all

training-change-usage = What should change? For example: !training #{ $id } change date 13.03.2027 10:00. You can change place, seats, title, duration, level or departments the same way.
training-is-cancelled = Training #{ $id } has been cancelled. !trainings lists the upcoming ones.
training-capacity-below = That is too few seats: { $confirmed ->
        [one] one person is
       *[other] { $confirmed } people are
    } already signed up for training #{ $id }, so { $capacity ->
        [one] one seat is
       *[other] { $capacity } seats are
    } not enough. Please choose at least { $confirmed ->
        [one] one seat
       *[other] { $confirmed } seats
    }, e.g. !training #{ $id } change seats { $confirmed }. Or cancel the training and plan a new one.
training-changed = ✏️ Training #{ $id } has been changed.
training-changed-promoted = Moved up from the waiting list ({ $count }): { $names }. I have let them know.
training-moved-dm = 📅 Training #{ $id } "{ $title }" has a new date: { $when }, { $place }. If the date no longer suits you, please write !signoff #{ $id } so someone else can move up.
training-place-changed-dm = 📍 Training #{ $id } "{ $title }" on { $when } now takes place here: { $place }
training-cancel-started = Training #{ $id } has already begun, so it can no longer be cancelled. Record who attended with !attendance #{ $id } all.
training-cancelled = Training #{ $id } "{ $title }" is cancelled. { $count ->
        [0] Nobody was signed up.
        [one] I have told the one person who was signed up or waiting.
       *[other] I have told all { $count } people signed up or waiting.
    }
training-cancelled-dm = ❌ Training #{ $id } "{ $title }" on { $when } has been cancelled, sorry. !trainings lists the upcoming ones.
training-cancelled-dm-reason = ❌ Training #{ $id } "{ $title }" on { $when } has been cancelled, sorry. Reason: { $reason }. !trainings lists the upcoming ones.
training-promoted-dm = 🎉 Good news: a seat has become free. You are now signed up for training #{ $id } "{ $title }": { $when }, { $place }. If you cannot make it after all, please write !signoff #{ $id }.

trainings-none = No trainings are planned at the moment. As soon as the strategy team plans one, you will find it here with !trainings.
trainings-heading = Upcoming trainings ({ $count }):
trainings-line = #{ $id } { $title } – { $level } – { $when }, { $place } – { $seats }
trainings-line-departments = { " " }(for: { $departments })
trainings-seats-free = { $capacity ->
        [one] 1 seat, still free
       *[other] { $free } of { $capacity } seats free
    }
trainings-seats-full = { $waiting ->
        [0] fully booked, waiting list still empty
        [one] fully booked, 1 person on the waiting list
       *[other] fully booked, { $waiting } people on the waiting list
    }
trainings-hint = Sign up: !signup #N · Your trainings: !my-trainings

signup-usage = Which training would you like to sign up for? Add its number, e.g. !signup #3. !trainings shows the numbers.
signoff-usage = Which training would you like to sign off? Add its number, e.g. !signoff #3. !my-trainings shows your sign-ups.
training-signup-closed = Sign-up for training #{ $id } is closed, because it began on { $when }. !trainings lists the upcoming ones.
training-already-signed-up = You are already signed up for training #{ $id }. !my-trainings shows your sign-ups.
training-already-waiting = You are already on the waiting list for training #{ $id }, in place { $position }. When a seat frees, I will message you.
training-signed-up = ✅ You are signed up: training #{ $id } "{ $title }", { $when }, { $place }. I will remind you beforehand. Sign off: !signoff #{ $id }
training-waiting = Training #{ $id } "{ $title }" is fully booked. You are on the waiting list in place { $position }. When a seat frees, you move up automatically and I will message you.
training-not-signed-up = You are not signed up for training #{ $id }. !my-trainings shows your sign-ups.
training-signoff-started = Training #{ $id } has already begun, so signing off is no longer possible. If you cannot attend, please let the strategy team know.
training-left-waiting = You are no longer on the waiting list for training #{ $id }.
training-signed-off = You have signed off training #{ $id } "{ $title }". Your seat is free again.
training-signed-off-seat-passed = You have signed off training #{ $id } "{ $title }". Your seat goes to the next person on the waiting list. I have let them know.

my-trainings-none = You are not signed up for any training and have not completed one yet. !trainings lists the upcoming ones.
my-trainings-upcoming = Your sign-ups:
my-trainings-line-confirmed = – #{ $id } { $title }, { $when }, { $place } (signed up)
my-trainings-line-waiting = – #{ $id } { $title }, { $when } (waiting list, place { $position })
my-trainings-completed = Completed trainings:
my-trainings-line-done = – #{ $id } { $title } ({ $level }) on { $date }
my-trainings-line-done-refresher = – #{ $id } { $title } ({ $level }) on { $date } – refresher due from { $due }
my-trainings-line-done-refresher-due = – #{ $id } { $title } ({ $level }) on { $date } – refresher due since { $due }

training-reminder-day = ⏰ Reminder: your training #{ $id } "{ $title }" is on { $when }, { $place }. Cannot make it? Please write !signoff #{ $id } so someone can move up.
training-reminder-hour = ⏰ Starting soon: your training #{ $id } "{ $title }" begins on { $when }, { $place }.
training-low-signups = 📉 Training #{ $id } "{ $title }" on { $when } is less than half full: { $confirmed } of { $capacity ->
        [one] one seat
       *[other] { $capacity } seats
    } taken. Perhaps promote it in the departments again. Or move it with !training #{ $id } change date …
training-refresher-due = 🔁 Your last training of level { $level } was on { $date }. A refresher is due now. !trainings lists the upcoming ones.

attendance-usage = To record who attended: !attendance #3 @anna:city.example @ben:city.example. Or !attendance #3 all for everyone signed up.
attendance-too-early = Training #{ $id } has not begun yet. Record who attended once it has begun.
attendance-too-many = That is too many people at once. I record at most { $max ->
        [one] one person
       *[other] { $max } people
    } per message. Please split the list over several !attendance messages.
attendance-nobody = Nobody is signed up for training #{ $id }, so please name the participants one by one, e.g. !attendance #{ $id } @anna:city.example
attendance-invalid-only = I did not recognise anyone ({ $names }). Please type @ and the name and pick the person from the list. Or write out the Matrix ID, e.g. @anna:city.example.
attendance-recorded = 🎓 Attendance of training #{ $id } recorded ({ $count }): { $names }. Refresher due from { $due }.
attendance-already = Already recorded: { $names }
attendance-unclear = Nothing is recorded yet: I cannot match { $names } to anyone in this room. Please type @ and the name and pick the person from the list, or write out the Matrix ID, and separate several people with commas. For example: !attendance #{ $id } Anna Schmidt, @ben:city.example

literacy-no-department = no department
literacy-none = No attendance has been recorded yet. After a training, record it e.g. with !attendance #3 all.
literacy-heading = AI literacy per department (evidence under Art. 4 AI Act), as of { $date }:
literacy-department-line = { $department }: { $people ->
        [one] 1 person
       *[other] { $people } people
    } trained – { $levels } · refreshers due: { $due }
literacy-hint = The people of one department: !literacy <department>. Everyone sets their own department with !department.
literacy-department-unknown = No attendance is recorded for the department "{ $department }". !literacy lists the departments with attendance.
literacy-department-heading = AI literacy in the department { $department }:
literacy-person-line = – { $user }: { $level } on { $date }, refresher from { $due }
literacy-person-line-due = – { $user }: { $level } on { $date }, refresher due since { $due }

# This area's part of !my-data.
my-data-trainings = Trainings:
my-data-trainings-none = Trainings: no sign-ups and no completed trainings
literacy-erased-line = { $department }: also { $count ->
    [one] one record
   *[other] { $count } records
} of the level { $level } from erased people (without name or date)

# Erasing a person: what happens to sign-ups and attendance.
erase-training-seats = { $count ->
    [one] one training sign-up: the seat is freed and the next person waiting moves up.
   *[other] { $count } training sign-ups: the seats are freed and those waiting move up.
}
erase-training-waiting = { $count ->
    [one] one place on a waiting list
   *[other] { $count } places on waiting lists
}
erase-attendance-counted = { $count ->
    [one] one attended training: it still counts as evidence of AI literacy (Art. 4 AI Act), but only as a number per department and level, without the person.
   *[other] { $count } attended trainings: they still count as evidence of AI literacy (Art. 4 AI Act), but only as a number per department and level, without the person.
}
erase-trainings-kept = { $count ->
    [one] one entry with which a training was planned or attendance recorded under this name
   *[other] { $count } entries with which trainings were planned or attendance recorded under this name
}
erase-training-past-signups = { $count ->
    [one] one sign-up for a training that is over or cancelled
   *[other] { $count } sign-ups for trainings that are over or cancelled
}

# !report and !export: the "Trainings and AI literacy" section.
report-trainings-heading = Trainings and AI literacy (Art. 4 AI Act)
report-trainings-signups = { $trainings ->
    [0] No training
    [one] One training
   *[other] { $trainings } trainings
} in the period: { $confirmed } signed up, { $waiting } on the waiting list
report-trainings-attendance = Attendance at the trainings that have begun: { $attended } of { $signups ->
    [one] one person signed up
   *[other] { $signups_text } people signed up
} ({ $rate })
report-trainings-attendance-none = Attendance: no training with sign-ups has begun in the period yet.
report-trainings-coverage = Valid basics, by department (as of today): { $list }
report-trainings-coverage-item = { $department } { $valid } of { $known } ({ $share })
report-trainings-coverage-none = Valid basics, by department: nobody has given a department yet. That is done with !department.
report-trainings-refreshers = Refreshers due (as of today): { $count }
report-trainings-fig-trainings = Trainings in the period (not cancelled)
report-trainings-fig-confirmed = Sign-ups
report-trainings-fig-waiting = On the waiting list
report-trainings-fig-held-signups = Sign-ups for trainings that have begun
report-trainings-fig-attended = Of which attended
report-trainings-fig-rate = Attendance rate
report-trainings-fig-coverage = Share with valid basics
report-trainings-fig-refreshers = Refreshers due
report-trainings-chart-title = AI basics by department
report-trainings-chart-alt = Chart “AI basics by department”, share of known people with a valid basics training: { $list }.
export-trainings-sheet = Trainings
export-trainings-id = Training no.
export-trainings-title = Title
export-trainings-level = Level
export-trainings-starts = Starts
export-trainings-minutes = Duration (minutes)
export-trainings-place = Place
export-trainings-capacity = Seats
export-trainings-status = Status
export-trainings-planned = planned
export-trainings-cancelled = cancelled
export-trainings-person = Person
export-trainings-state = Sign-up
export-trainings-confirmed = signed up
export-trainings-waiting = waiting list
export-trainings-signed-up = Signed up on
export-trainings-attended = Attended
export-literacy-sheet = AI literacy
export-literacy-person = Person
export-literacy-department = Department
export-literacy-level = Level
export-literacy-attended = Attended on
export-literacy-refresher = Refresher due on
export-literacy-valid = Valid
export-literacy-people = People
export-literacy-erased = erased people
