# Tiekartta — English.

## Model errors
model-invalid-date = “{ $text }” is not a date. Write, for example, 2030, 9/2018 or 16.5.2017.
model-end-before-start = The end { $end } is before the start { $start }.

## Severity and subjects
severity-error = Error
severity-warning = Warning
problem-subject = { $entity } “{ $name }” ({ $id })
entity-strategy = Strategy
entity-starting-point = Starting point
entity-value = Value
entity-bullet = Point of a value
entity-theme = Theme
entity-goal = Goal
entity-success-factor = Success factor
entity-foundation = Part of the foundation
entity-action = Action
entity-status-change = Status change
entity-owner = Owner
entity-document = Plan or programme
entity-phase = Phase
entity-milestone = Milestone
entity-indicator = Indicator
entity-event = Event
entity-topic = Topic

## Check problems
problem-empty-name = the name is missing. Give it a name.
problem-text-too-long = { $field } is { $len } characters long; at most { $max } are allowed. Shorten the text.
problem-end-before-start = the end { $end } is before the start { $start }. Correct the dates.
problem-outside-period = the date { $date } is outside the strategy period { $period }.
problem-dangling-reference = { $field } refers to “{ $target }”, which does not exist.
problem-duplicate-id = the id “{ $id }” is used more than once.
problem-malformed-id = the id “{ $id }” is not allowed (letters, digits, . _ - and at most 64 characters).
problem-bullet-too-deep = points nest at most two levels deep.
problem-invalid-color = the colour “{ $color }” is not of the form #rrggbb.
problem-duplicate-actual = two actuals are dated { $date }.
problem-too-many = { $count } items; at most { $max } are allowed.

## Status
status-not-started = Not started
status-on-track = On track
status-at-risk = At risk
status-late = Late
status-done = Done

## JSON
json-not-json = The file is not valid JSON (line { $line }, column { $column }).
json-not-tiekartta = The file is JSON, but not a Tiekartta strategy. Export the strategy from Tiekartta or check the file.
json-newer-version = The file was made by a newer Tiekartta (format version { $found }); this version reads up to { $supported }. Update Tiekartta.
json-wrong-shape = The strategy does not have the expected shape (line { $line }, column { $column }): { $detail }
json-too-large = The file is too large ({ $size } bytes; at most { $max }).

## Files
io-not-found = The file { $path } was not found.
io-permission-denied = No permission to the file { $path }.
io-other = Handling the file { $path } failed: { $detail }
