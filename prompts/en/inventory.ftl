# AI inventory: the register of the administration's AI tools.

topic-ki-bestand = AI inventory (register of AI tools)
topic-ki-bestand-details = The AI inventory lists the AI tools the administration already uses or plans. This includes those built into a specialist application. Do you use an AI tool that is missing? Then write "!ai-tool report Name: what you use it for". The promoter of your department completes the entry. "!ai-tools" shows you what you have reported.
    For the strategy team and the promoters: "!ai-tool new" adds an entry. "!ai-tool #3 classify" assesses it under the AI Act. "!ai-tool #3 reviewed" confirms the regular review; I remind you of it in good time. The assessment is an orientation, not legal advice.
help-ki-tool = report an AI tool: !ai-tool report Name: what you use it for · add (strategy team, promoters): !ai-tool new (step by step) or !ai-tool new Name | Department | Purpose [| Status] · !ai-tool #N, !ai-tool #N change <field> <value>, !ai-tool #N classify, !ai-tool #N reviewed [note], !ai-tool #N retire
help-ki-tools = show the AI inventory: !ai-tools [department | risk <class> | status <status> | due | drafts]

tool-usage = This is how it works: "!ai-tool report Name: what you use it for" reports an AI tool. "!ai-tool new" adds an entry. "!ai-tool #3" shows entry 3; after it you can write "change", "classify", "reviewed" or "retire". "!help inventory" explains more.
tool-ref-invalid = I did not recognise that as the number of an entry. Please write it with a hash, for example "!ai-tool #3". "!ai-tools" shows the numbers.
tool-not-found = There is no entry #{ $id } in the AI inventory. "!ai-tools" shows the existing entries.
tool-read-refused = You cannot view entry #{ $id }. You see the AI tools you reported yourself or are responsible for; "!ai-tools" shows them. The strategy team and the promoters see the whole AI inventory.
tool-edit-refused = Entry #{ $id } belongs to the department { $department }. The strategy team and the promoters of that department can change it. If you would like to add something, please write to them or to the strategy team.
tool-edit-refused-team = Entry #{ $id } has no department yet, so only the strategy team can change it. Please tell them what should be added.
tool-add-refused = Entries in the AI inventory are added by the strategy team and the promoters. You can report an AI tool, though: "!ai-tool report Name: what you use it for". The promoter of your department or the strategy team then completes the entry.
tool-add-other-department = You can add and change the AI tools of your department { $department }. For another department, please contact its promoter or the strategy team.
tool-department-unknown = no department

# !ki-tool neu as a dialog.
tool-dialog-name = I am glad to add an AI tool to the AI inventory. What is it called? (You can stop at any time with "!cancel".)
tool-dialog-vendor = Which provider or manufacturer is it from? If you do not know, write "-".
tool-dialog-department = In which department is it used?
tool-dialog-purpose = What is it used for? One or two sentences are enough, for example "summarises incoming applications".
tool-dialog-procedure = Is it built into a specialist application? Then please name it. Otherwise write "-".
tool-dialog-status = What is its state: planned, pilot or in use?
tool-dialog-personal-data = Does it process personal data? Write "none" or which data, for example "names and addresses of applicants".
tool-created = Thank you! The AI tool "{ $name }" is now entry #{ $id } in the AI inventory. Add further details with "!ai-tool #{ $id } change <field> <value>".
tool-created-one-line = The AI tool "{ $name }" is now entry #{ $id } in the AI inventory. You are the person responsible. Next, please assess it under the AI Act: "!ai-tool #{ $id } classify". Add further details with "!ai-tool #{ $id } change <field> <value>".
tool-one-line-usage = The short form needs three details separated by "|": "!ai-tool new Name | Department | Purpose". A status may follow ("| Pilot"). For example: "!ai-tool new Text assistant | Building office | drafts of notices". Or write just "!ai-tool new" and I will ask step by step.
tool-status-invalid = I do not know this status. The options are: planned, pilot, in use, retired. For example: "status pilot".
tool-role-invalid = I do not know this role. The options are: deployer (the administration uses the AI tool) or provider (the administration developed it or offers it under its own name). For example: "role deployer".
tool-risk-invalid = I do not know this risk class. The options are: prohibited, high, limited, minimal, unclear, not an AI system. For example: "!ai-tools risk high".

# !ki-tool melden.
tool-report-usage = Please name the AI tool: "!ai-tool report Name: what you use it for". For example: "!ai-tool report DeepL: translating letters to citizens".
tool-reported = Thank you for reporting it! "{ $name }" is now draft #{ $id } in the AI inventory. { $told ->
    [promoter] The promoter of your department has been told and will complete the entry.
    [team] The strategy team has been told and will complete the entry.
   *[nobody] I could not tell anyone: no promoter is registered for your department, and I cannot reach the strategy team. Please let the strategy team know yourself.
} You can see its state with "!ai-tool #{ $id }".
tool-reported-promoter = An AI tool was reported in the department { $department }: draft #{ $id }. Please complete the entry. "!ai-tool #{ $id }" shows it and what is missing. "!ai-tool #{ $id } change owner @anna:city.example" sets the person responsible. "!ai-tool #{ $id } classify" assesses it under the AI Act.
tool-reported-team = An AI tool was reported: draft #{ $id }. { $known ->
    [yes] No promoter is registered for the department { $department }.
   *[no] The person who reported it has not given a department.
} Please complete the entry; "!ai-tool #{ $id }" shows it.
tool-report-completed = The AI tool you reported, "{ $name }" (#{ $id }), is now fully recorded in the AI inventory. Thank you for letting us know!
tool-draft-completed = Draft #{ $id } is now complete and a regular entry of the AI inventory.
tool-draft-missing = For a complete entry, this is still missing: { $list }.

# !ki-tool #N.
tool-heading = AI tool #{ $id }: { $name }{ $draft ->
    [yes] {" "}(draft)
   *[no] {""}
}
tool-line = { $label }: { $value }
tool-personal-data-none = none
tool-not-triaged = not assessed yet
tool-class-line = Risk class: { $class } (assessed on { $date }), based on these answers:
tool-class-none = Risk class: not assessed yet. "!ai-tool #{ $id } classify" takes you through the questions.
tool-duties-open = Still open:
tool-review-overdue = The review is due. Confirm it with "!ai-tool #{ $id } reviewed [note]".
tool-reviews-head = { $count ->
    [one] One review so far:
   *[other] { $count } reviews so far, the latest:
}

# Fields as display, "ändern" and the export name them.
tool-field-name = Name
tool-field-vendor = Provider
tool-field-product = Product
tool-field-version = Version
tool-field-department = Department
tool-field-purpose = Purpose
tool-field-procedure = Specialist application
tool-field-status = Status
tool-field-role = Role of the administration
tool-field-personal-data = Personal data
tool-field-legal-basis = Legal basis
tool-field-affected = Groups of people affected
tool-field-oversight = Human oversight
tool-field-staff-informed = Staff informed on
tool-field-council-informed = Staff council informed on
tool-field-logs = Log retention
tool-field-notice = Transparency notice
tool-field-fria = Fundamental-rights impact assessment
tool-field-dpia = Data-protection impact assessment on
tool-field-registration = Registration in the EU database
tool-field-owner = Person responsible
tool-field-idea = Use case (idea)
tool-field-next-review = Next review
tool-field-risk-class = Risk class

tool-status-geplant = planned
tool-status-pilot = pilot
tool-status-im-betrieb = in use
tool-status-abgeschaltet = retired
tool-role-betreiber = deployer
tool-role-anbieter = provider

# !ki-tool #N ändern.
tool-change-usage = What should I change? Write "!ai-tool #3 change <field> <value>", for example "!ai-tool #3 change oversight Ms Meyer, head of unit". Possible fields: { $fields }. A "-" as the value clears a field.
tool-field-unknown = I do not know a field "{ $field }". The options are: { $fields }. For example: "!ai-tool #3 change purpose summarises applications".
tool-value-missing = The new value for "{ $field }" is missing. Please write it after the field name, for example "!ai-tool #3 change purpose summarises applications". A "-" clears the field.
tool-field-required = Every entry needs "{ $field }". You can change it, but not clear it.
tool-field-restricted = "{ $field }" of entry #{ $id } is changed by the strategy team and the promoters of the department. Please contact them.
tool-date-invalid = "{ $field }" needs a date like 12.03.2027 or "today". A "-" clears the field.
tool-fria-invalid = For the fundamental-rights impact assessment, write the date and a short summary. For example: "change fria 12.03.2027 no significant risks, objection procedure explained".
tool-person-invalid = I do not know whom you mean. Please type @ and the name and pick the person from the list. Or write out their Matrix ID, for example "@anna.meyer:city.example". A "-" removes the person.
tool-idea-invalid = Please name the idea with a hash, for example "change idea #12". A "-" removes the link.
tool-idea-not-found = There is no idea #{ $idea }. "!ideas" shows the existing ideas.
tool-changed = Done: "{ $field }" of entry #{ $id } is changed.
tool-retriage-asked = The purpose, data or specialist application has changed, so please assess the entry again: "!ai-tool #{ $id } classify". Its review is now due; confirm it afterwards with "!ai-tool #{ $id } reviewed [note]".

# !ki-tool #N geprüft and abschalten.
tool-reviewed = Thank you, the review of entry #{ $id } is recorded. The next one is due on { $date }; I will remind you in good time.
tool-reviewed-retriage-open = The new assessment is still outstanding: "!ai-tool #{ $id } classify".
tool-retired = Entry #{ $id } is recorded as retired. It stays in the AI inventory, but I will not remind anyone of reviews for it any more.
tool-retired-already = Entry #{ $id } is already retired. If the AI tool is used again, write "!ai-tool #{ $id } change status in use".

# !ki-tools.
tools-heading = { $count ->
    [one] One AI tool in the AI inventory:
   *[other] { $count } AI tools in the AI inventory:
}
tools-heading-due = { $count ->
    [one] One AI tool is due for review or soon due:
   *[other] { $count } AI tools are due for review or soon due:
}
tools-heading-reported = { $count ->
    [one] One AI tool you reported or are responsible for:
   *[other] { $count } AI tools you reported or are responsible for:
}
tools-item = #{ $id } { $name }{ $draft ->
    [yes] {" "}(draft)
   *[no] {""}
} · { $department } · { $status } · { $class }{ $review }
tools-item-review = { $overdue ->
    [yes] {" "}· review due since { $date }
   *[no] {" "}· next review { $date }
}
tools-item-retriage = {" "}· new assessment requested
tools-more = { $count ->
    [one] … and one more. Narrow the list down, for example with "!ai-tools due" or "!ai-tools risk high".
   *[other] … and { $count } more. Narrow the list down, for example with "!ai-tools due" or "!ai-tools risk high".
}
tools-none = There is no AI tool in the AI inventory yet. "!ai-tool new" adds the first.
tools-none-matching = No AI tool in the AI inventory matches. "!ai-tools" shows all.
tools-none-reported = You have not reported an AI tool yet. Do you use one that may be missing from the AI inventory? Then write "!ai-tool report Name: what you use it for".

# Assessment under the AI Act (Regulation (EU) 2024/1689).
triage-intro = Assessment of entry #{ $id } under the AI Act. I will ask up to five questions. Answer with the number or the word. "Don't know" is always possible; the strategy team then takes a closer look. The result is an orientation, not legal advice.
triage-question = Question { $number } of { $total }: { $question }
triage-answer-invalid = I could not match this answer. Please answer with a number from 1 to { $count } or one of the words, for example "1" or "don't know".
triage-answer-yes = yes
triage-answer-no = no
triage-answer-unknown = don't know
triage-answer-none-of-these = none of these
triage-answer-general-as-supplied = yes, as the provider supplies it
triage-answer-own-system = yes, but adapted or trained by us or offered under our own name – or developed entirely by us
triage-answer-specialised = no, a specialised tool, for example part of a specialist application
triage-q-ai-system = Is it an AI system? This means software that infers from data how to produce results – such as texts, predictions, recommendations or decisions – rather than only following fixed rules (Art. 3(1) AI Act). A spreadsheet or a plain form is not one; a chatbot or automatic text recognition is.
triage-q-prohibited = Is it used for something the AI Act prohibits (Art. 5)? For example: rating people by their behaviour or personality and treating them worse for it ("social scoring"), recognising the emotions of employees, sorting people by origin, religion, political opinion or sexual orientation from biometric data, recognising faces in public spaces in real time, influencing people without their noticing or exploiting their weaknesses in a way that threatens them with significant harm, collecting facial images from the internet untargeted.
triage-q-annex = Is it used in one of these areas, where the AI Act assumes a high risk (Annex III) – because it influences decisions about people there or keeps a facility safe?
triage-q-transparency = Does it talk to people directly (for example as a chatbot for citizens) or generate texts, images or sounds that are published (Art. 50)?
triage-q-general-purpose = Is it a general-purpose AI model (for example a chat assistant), and how do you use it?
triage-area-employment = Staff: applications, promotion, performance assessment, allocation of tasks
triage-area-services = Public services and emergency calls: for example deciding on, reducing or withdrawing social benefits or housing benefit, classifying emergency calls or prioritising dispatches
triage-area-education = Education: admission, examinations, assessing learners
triage-area-migration = Migration and asylum, for example in the immigration office
triage-area-infrastructure = Critical infrastructure: as a safety component in digital infrastructure, road traffic or the supply of water, gas, heating or electricity
triage-short-ai-system = AI system
triage-short-prohibited = prohibited practice
triage-short-annex = high-risk area
triage-short-transparency = talks to people or generates content
triage-short-general-purpose = general-purpose model
triage-result = Result for entry #{ $id }: risk class "{ $class }".
triage-result-answers = Your answers:
triage-result-duties = What follows from them:
triage-disclaimer = This is an orientation, not legal advice. If in doubt, the data-protection officer and the legal office can advise.
triage-flag-team = Please look at this: entry #{ $id } ("{ $name }") is assessed as "{ $class }". "!ai-tool #{ $id }" shows the answers.

risk-verboten = prohibited
risk-hoch = high
risk-begrenzt = limited (transparency duty)
risk-minimal = minimal
risk-unklar = unclear
risk-kein-ki-system = not an AI system

duty-stop-use = Do not use it: this practice is prohibited under Art. 5. Please clarify with the strategy team at once.
duty-high-risk = Deployer duties (Art. 26): use according to the instructions, human oversight by trained people, monitor its operation, inform staff and the staff council before using it at the workplace, and tell the people it helps decide about.
duty-fria = Fundamental-rights impact assessment before first use (Art. 27).
duty-registration = Register the use in the EU database before using it (Art. 49); unregistered, the administration must not use it (Art. 26(8)).
duty-logs = Keep the automatic logs for at least six months (Art. 26(6)).
duty-transparency = Tell people that they are dealing with AI, and mark generated content as such; published texts may go unmarked only if a person has reviewed them and takes editorial responsibility (Art. 50).
duty-provider-check = Because the administration adapted, trained or developed it or offers it under its own name, check whether it counts as the provider – with the provider's further duties (Art. 25).
duty-literacy = AI literacy of those who use it (Art. 4): trainings under "!trainings".
duty-clarify = Clarify the open answers: the strategy team looks at the entry and then assesses it again.

# Review reminders.
reminder-tool-review-upcoming = On { $date } the review of the AI tool "{ $name }" (#{ $id }) is due: are its purpose, data and assessment still right? Then confirm it with "!ai-tool #{ $id } reviewed [note]".
reminder-tool-review-due = Today the review of the AI tool "{ $name }" (#{ $id }) is due. "!ai-tool #{ $id }" shows the entry, "!ai-tool #{ $id } reviewed [note]" confirms the review.
reminder-tool-review-overdue = The review of the AI tool "{ $name }" (#{ $id }) has been due since { $date }. Please catch up on it and confirm it with "!ai-tool #{ $id } reviewed [note]".

# Use case → AI inventory.
tool-linked-created = Draft #{ $id } has been added to the AI inventory and linked to idea #{ $idea }. { $owner ->
    [yes] The person responsible has been told and will complete it.
   *[no] The idea has no person responsible yet; please complete the draft yourself.
}
tool-linked-existing = Entry #{ $id } in the AI inventory belongs to idea #{ $idea }{ $changed ->
    [yes] {" "}and has taken over its status.
   *[no] .
}
tool-linked-owner = The use case #{ $idea } you are responsible for is going into pilot or operation. The AI inventory now has draft #{ $id } for it. Please complete it: "!ai-tool #{ $id }" shows what is missing, "!ai-tool #{ $id } classify" assesses it under the AI Act.
idea-tool-link = In the AI inventory: #{ $id } { $name } ({ $status })

# !meine-daten and erasure.
my-data-inventory = AI inventory: { $reported ->
    [one] one tool reported
   *[other] { $reported } tools reported
}, responsible for { $owned ->
    [one] one entry
   *[other] { $owned } entries
}, { $created ->
    [one] one entry added
   *[other] { $created } entries added
}, { $reviews ->
    [one] one review recorded
   *[other] { $reviews } reviews recorded
} (!ai-tools shows them)
erase-tools-reported = { $count ->
    [one] one report of an AI tool: the entry stays in the AI inventory, but without your name.
   *[other] { $count } reports of AI tools: the entries stay in the AI inventory, but without your name.
}
erase-tools-owned = { $count ->
    [one] one entry in the AI inventory you are responsible for: it stays as the administration's record, without you as the person responsible; the strategy team sees that a new one is needed.
   *[other] { $count } entries in the AI inventory you are responsible for: they stay as the administration's record, without you as the person responsible; the strategy team sees that new ones are needed.
}
erase-tools-kept = { $count ->
    [one] one entry or review you recorded in the AI inventory: stays as the administration's record
   *[other] { $count } entries and reviews you recorded in the AI inventory: stay as the administration's record
}

# !bericht and !export: the section "AI inventory".
report-inventory-heading = AI inventory (as of today)
report-inventory-total = { $count ->
    [one] One tool
   *[other] { $count } tools
} planned, in pilot or in use, of which { $drafts ->
    [one] one draft
   *[other] { $drafts } drafts
}; { $added ->
    [one] one
   *[other] { $added }
} newly recorded in the period
report-inventory-classes = By risk class: { $list }
report-inventory-statuses = By status: { $list }
report-inventory-overdue = { $count ->
    [0] No review is overdue.
    [one] One review is due or a new assessment requested.
   *[other] { $count } reviews are due or new assessments requested.
}
report-inventory-high-risk-open = { $count ->
    [0] Every high-risk tool has a fundamental-rights impact assessment and a registration.
    [one] One high-risk tool lacks its fundamental-rights impact assessment or registration: { $list }
   *[other] { $count } high-risk tools lack their fundamental-rights impact assessment or registration: { $list }
}
report-inventory-fig-active = AI tools planned, in pilot or in use
report-inventory-fig-drafts = AI tools as drafts
report-inventory-fig-added = AI tools newly recorded in the period
report-inventory-fig-class = AI tools by risk class
report-inventory-fig-status = AI tools by status
report-inventory-fig-overdue = AI tools with a review due
report-inventory-fig-high-risk-open = High-risk tools without impact assessment or registration
export-inventory-sheet = AI inventory
export-tool-id = No.
export-tool-unit = Organisational unit
export-tool-triage = Answers of the assessment
export-tool-triaged-at = Assessed on
export-tool-fria-at = Fundamental-rights impact assessment on
export-tool-fria-summary = Result of the fundamental-rights impact assessment
export-tool-draft = Draft
export-tool-last-review = Last review
export-tool-created = Recorded on
