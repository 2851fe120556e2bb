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
problem-too-many = { $count ->
    [one] { $count } item
   *[other] { $count } items
}; at most { $max } are allowed.

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
json-wrong-shape = The strategy does not have the expected shape ({ $count ->
    [one] 1 problem
   *[other] { $count } problems
  }):
    { $problems }
json-shape-in = { $entity }: { $problem }
json-shape-in-named = { $entity } “{ $name }”: { $problem }
json-shape-unknown-field = unknown field { $field } (a misspelling?)
json-shape-missing-field = the field { $field } is missing
json-shape-not-a-date = “{ $text }” in { $field } is not a date (write e.g. 2030, 9/2018, 16.5.2017 or 2026-05-16)
json-shape-unknown-value = the value “{ $value }” of { $field } is not known
json-shape-wrong-type = { $field } should be { $expected }
json-shape-other = { $field }: { $detail }
json-kind-text = text
json-kind-list = a list
json-kind-number = a number
json-kind-bool = true or false
json-kind-object = an object with fields
json-too-large = The file is too large ({ $size } bytes; at most { $max }).

## Files
io-not-found = The file { $path } was not found.
io-permission-denied = No permission to the file { $path }.
io-other = Handling the file { $path } failed: { $detail }

## Command line
cli-about = Tiekartta: plan and follow up a town's strategy from the command line.
cli-usage = Usage:
cli-options = Options
cli-commands = Commands
cli-arguments = Arguments
cli-command = COMMAND
cli-file = FILE
cli-date = DATE
cli-name = NAME
cli-arg-help = Show help
cli-arg-lang = Language: fi (Finnish), sv (Swedish) or en (English)
cli-arg-author = Who makes the edits, for the history (default: TIEKARTTA_AUTHOR or the user name)
cli-arg-force = Replace an existing file (the previous one is kept as a .bak backup)
cli-usage-error = The command is not right. See the help: tiekartta --help
cli-exists = The file { $file } already exists. Choose another name or use --force.
cli-check-about = Check a project file (.tiekartta) or a JSON file
cli-check-file = The .tiekartta or .json file to check
cli-check-valid = { $file } is valid{ $warnings ->
    [0] .
    [one] ; one warning.
   *[other] ; { $warnings } warnings.
}
cli-check-invalid = { $file }: { $errors ->
    [one] one error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}.
cli-export-about = Export the strategy as JSON
cli-export-file = The .tiekartta or .json file to export
cli-export-output = The JSON file to write
cli-export-done = Wrote { $file }.
cli-import-about = Make a project file from a JSON file
cli-import-file = The JSON file to read
cli-import-output = The .tiekartta file to make
cli-import-invalid = { $file } was not imported because it has errors.
cli-import-done = Made { $file }.
cli-info-about = Show a summary of the strategy
cli-info-file = A .tiekartta or .json file
cli-info-title = { $town }: { $name }
cli-info-period = Strategy period: { $period }
cli-info-counts = Values: { $values }, themes: { $themes }, goals: { $goals }, actions: { $actions }, indicators: { $indicators }, plans: { $plans }, reports: { $reports }, programmes: { $programmes }, phases: { $phases }, milestones: { $milestones }.
cli-info-upcoming = Next deadlines:
cli-info-no-upcoming = No upcoming deadlines.
cli-update-about = Bring the changes of an edited JSON file into the project file as edits
cli-update-file = The .tiekartta file to update
cli-update-from = The edited JSON file
cli-update-invalid = The changes were not brought in because { $file } has errors.
cli-update-done = Updated { $file }: { $added } added, { $changed } changed, { $deleted } deleted.

## UI (the app)
app-new = New
app-open = Open…
app-import = Import JSON…
app-save = Save
app-save-as = Save as…
app-close = Close
app-close-dialog = Close
app-cancel = Cancel
app-discard = Discard changes
app-dismiss = OK
app-settings = Settings
app-language = Language
app-lang-fi = Suomi
app-lang-sv = Svenska
app-lang-en = English
app-author = Your name (recorded in the history)
app-author-hint = The name shows when copies are merged.
app-untitled = Untitled
app-open-title = Open a strategy
app-import-title = Import a strategy from JSON
app-save-title = Save the strategy
app-no-document = No strategy is open.
app-no-recovery = No work to recover was found.
app-not-recent = The file is not in the recent list. Open it with Open.
app-internal = Internal error.
app-view-roadmap = Roadmap
app-view-strategy = Strategy
app-view-followup = Follow-up
app-view-print = Print
app-view-merge = Merge a copy…
app-problem-count = { $errors } errors, { $warnings } warnings
app-recent = Recent files
app-no-recent = No files opened yet.
app-new-from-sample = New strategy from a sample
app-recovery-found = Unsaved work was found: “{ $name }” ({ $time }). Recover it?
app-recover = Recover
app-unsaved-question = “{ $name }” has unsaved changes. Save them?
app-saved = Saved: { $name }
app-saved-merged = Saved: { $name }. Meanwhile { $count ->
    [one] one edit had
   *[other] { $count } edits had
} been saved to the file; { $count ->
    [one] it is
   *[other] they are
} now included.
app-edit-field = Edit: { $field }
app-edit-meaning = Edit a value's meaning
app-edit-delete = Delete “{ $name }”
app-edit-status = Change status
app-edit-actual = Enter an actual
app-edit-move = Move “{ $name }”
app-edit-resize = Resize “{ $name }”
app-edit-create = New action
app-new-action = New action
app-basics = Basics
app-town = Town
app-name = Name
app-vision = Vision
app-mission = Mission
app-slogan = Slogan
app-values = Values
app-meaning = Meaning
app-meaning-points = Meaning as points
app-add-point = Add a point
app-add-sub-point = Add a sub-point
app-remove = Remove
app-add-value = Add a value
app-new-value = New value
app-themes = Themes
app-theme = Theme
app-tagline = Tagline
app-goals = Goals
app-success-factors = Where we must succeed
app-actions = Actions
app-action = Action
app-owners = Owners
app-documents = Plans, reports and programmes
app-doc-plan = plan
app-doc-report = report
app-doc-programme = programme
app-phases = Phases
app-milestones = Milestones
app-indicators = Indicators
app-baseline = Baseline
app-target = Target
app-date = Date
app-value = Value
app-add-actual = Enter actual
app-action-status = Status of the actions
app-start = Starts
app-due = Due
app-status = Status
app-history = History
app-late = late
app-description = Description
app-delete = Delete
app-bad-date = Write the date as 2030, 9/2026 or 22.11.2026.
app-zoom = Zoom
app-zoom-year = Year
app-zoom-quarter = Quarter
app-zoom-month = Month
app-zoom-week = Week
app-all-themes = All themes
app-all-owners = All owners
app-all-statuses = All statuses
app-roadmap-waiting = The roadmap layout is not available in this build yet.
app-roadmap-hint = Drag a bar to move it, its end to resize; drag on an empty lane to create one.
app-pdf-title = Save the PDF
app-handout = Handout
app-handout-roadmap = Roadmap
app-handout-onePage = Strategy on a page
app-handout-actions = Action plan
app-handout-progress = Progress report
app-paper = Paper
app-landscape = Landscape
app-range = Years
app-from-year = from
app-to-year = to
app-save-pdf = Save PDF…
app-pdf-saved = PDF saved: { $name }
app-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
app-truncated = { $count ->
    [one] { $count } text shortened
   *[other] { $count } texts shortened
}
app-merge-hint = Pick a copy someone else edited. The edits of both are kept.
app-merge-incoming = What came in from each copy
app-merge-nothing-new = No new edits.
app-merge-conflicts = Conflicts ({ $count })
app-merge-conflict-on = “{ $name }”: { $field }
app-merge-deleted = (deleted)
app-merge-unknown-author = unknown
app-merge-take = Take this
app-merge-no-conflicts = No conflicts.
app-merge-needs-project = Save the strategy as a Tiekartta file first; only copies of one file can be merged.
app-edit-came-in = Edits saved to the file
app-edit-merge = Merge a copy
app-edit-resolve = Resolve a conflict
app-history-empty = No history yet (it starts when the strategy is saved).
app-add-indicator = Add an indicator
app-new-indicator = New indicator
app-unit = Unit
app-dates-from-phase = The dates come from the phase; dragging gives the action dates of its own.
app-role = Role
app-end = Ends
app-print-title = Print a handout
app-merge-title = Merge a copy
app-merge-waiting = Merging copies is not available in this build yet.
app-shortcuts = Keyboard shortcuts
key-undo = Undo
key-redo = Redo
key-save = Save
key-save-as = Save as
key-open = Open
key-new = New (start view)
key-zoom = Zoom the roadmap in / out
key-select = Select the neighbouring action
key-edit = Edit the selected one
key-delete = Delete the selected one (undoable)
key-help = This help
key-escape = Close the dialog or clear the selection

## Handouts
handout-roadmap = Roadmap
handout-onepage = Strategy on a page
handout-actions = Action plan
handout-progress = Progress report
handout-printed = Printed { $date }
handout-page = Page { $page } / { $pages }
handout-today = Today { $date }
handout-continued = continued
handout-phases = Phases
handout-milestones = Milestones
handout-quarter = Quarter { $q }
handout-quarter-short = Q{ $q }
handout-week = wk { $week }
handout-month-1 = January
handout-month-2 = February
handout-month-3 = March
handout-month-4 = April
handout-month-5 = May
handout-month-6 = June
handout-month-7 = July
handout-month-8 = August
handout-month-9 = September
handout-month-10 = October
handout-month-11 = November
handout-month-12 = December
handout-month-short-1 = Jan
handout-month-short-2 = Feb
handout-month-short-3 = Mar
handout-month-short-4 = Apr
handout-month-short-5 = May
handout-month-short-6 = Jun
handout-month-short-7 = Jul
handout-month-short-8 = Aug
handout-month-short-9 = Sep
handout-month-short-10 = Oct
handout-month-short-11 = Nov
handout-month-short-12 = Dec
handout-legend-kick-off = Kick-off
handout-legend-council = Council
handout-legend-board = Board
handout-legend-evaluation = Evaluation
handout-legend-milestone = Milestone
handout-legend-surfaced = { $theme } on the surface
handout-legend-event = Event
handout-legend-today = Today
handout-vision = Vision
handout-mission = Mission
handout-slogan = Slogan
handout-values = Values
handout-goals = Goals
handout-foundation = Foundation
handout-actions-heading = Actions
handout-col-action = Action
handout-col-owners = Owners
handout-col-start = Starts
handout-col-due = Due
handout-col-status = Status
handout-no-actions = No actions.
handout-status-counts = Status of actions
handout-total = Total { $count }
handout-late-actions = Late
handout-no-late = No late actions.
handout-indicators = Indicators
handout-col-indicator = Indicator
handout-col-baseline = Baseline
handout-col-latest = Latest
handout-col-target = Target
handout-no-indicators = No indicators recorded yet.
handout-deadlines = Upcoming deadlines
handout-deadlines-late = Late and upcoming deadlines
handout-no-deadlines = No upcoming deadlines.
handout-next-evaluation = Next evaluation
handout-no-evaluation = The next evaluation is not scheduled.
handout-due-on = due { $date }
handout-resource-unreadable = The built-in resource { $name } could not be read. Reinstall Tiekartta.
handout-empty-range = The range { $from }–{ $to } ends before it starts. Correct the years.
handout-page-too-small = A page of { $width } × { $height } pt is too small for a handout. Choose bigger paper or a wider view.
handout-pdf-font = The font { $name } could not be embedded in the PDF.
handout-pdf-no-pages = The handout has no pages.
handout-pdf-write = Writing the PDF failed: { $detail }
cli-pdf-about = Print the roadmap, the strategy on a page, the action plan or the progress report as PDF
cli-svg-about = Draw a handout as SVG (for the screen and PowerPoint)
cli-handout-file = Strategy file (.tiekartta or .json)
cli-handout-output = The file to write
cli-arg-kind = Handout: roadmap, onepage (strategy on a page), actions (action plan) or progress (progress report)
cli-arg-paper = Paper size: a3 or a4
cli-arg-portrait = Portrait
cli-arg-landscape = Landscape
cli-arg-from = The first year shown
cli-arg-to = The last year shown
cli-arg-zoom = The roadmap's time unit: year, quarter, month or week; by default chosen from the range
cli-arg-today = The day taken as today: 22.11.2026, 11/2026 or 2026 (a month or a year means its first day); default is today
cli-arg-width = Draw the screen roadmap this many pixels wide instead of paper
cli-handout-written = Wrote { $path } ({ $pages } p.).
cli-handout-truncated = Shortened because it did not fit: “{ $text }”

## Project file, history and merging (store, merge)
store-empty = The file { $path } is empty. It is not a Tiekartta project; open the backup (.bak) if there is one.
store-not-a-project = The file { $path } is not a Tiekartta project file.
store-looks-like-json = The file { $path } is JSON text, not a project file. Import it with: tiekartta import { $path } -o NEW.tiekartta
store-looks-like-image = The file { $path } is an image, not a Tiekartta project file.
store-looks-like-archive = The file { $path } is a zip archive, not a Tiekartta project file. Unpack it first.
store-looks-like-pdf = The file { $path } is a PDF document, not a Tiekartta project file.
store-other-database = The file { $path } is a SQLite database of another application, not a Tiekartta project.
store-truncated = The file { $path } is truncated (shorter than its own header says). Copy or download it again, or open the backup (.bak).
store-corrupt = The file { $path } is damaged: { $detail }. Open the backup (.bak) if there is one.
store-unexpected-part = The file { $path } contains a part a project file never has ({ $what }). It is not opened, for safety.
store-newer-format = The file { $path } was made by a newer Tiekartta (format version { $found }; this version reads up to { $supported }). Update Tiekartta.
store-unknown-format = The format version { $found } of the file { $path } is not known.
store-history = The edit history in the file { $path } cannot be read: { $detail }. Open the backup (.bak) if there is one.
store-content = The strategy in the history does not have the expected shape: { $detail }
store-too-large = The file { $path } is too large ({ $size } bytes; at most { $max }).
store-duplicate-id = The id “{ $id }” is used twice in the list { $list }. Ids must be unique so that copies can be merged.
store-io = Handling the file { $path } failed: { $detail }
store-read-only = The file { $path } is read-only, so it is not replaced. Save under another name or change the file's permissions.
store-replaced-unreadable = Since it was opened, the file { $path } has been replaced by a file that cannot be read ({ $detail }). Nothing was written over it; save your changes under another name.
store-replaced-by-other = Since it was opened, the file { $path } has been replaced by another strategy. Nothing was written over it; save your changes under another name.
store-repaired-snapshot = The stored summary in the file { $path } did not match its edit history. The strategy was read from the history; the next save repairs the file.
cli-save-merged = { $count ->
    [one] One edit had
   *[other] { $count } edits had
} been saved to { $file } since it was opened; { $count ->
    [one] it was
   *[other] they were
} merged in before saving.
cli-save-merged-conflicts = { $count ->
    [one] { $count } conflict remains
   *[other] { $count } conflicts remain
}: see tiekartta conflicts { $file }
store-unknown-author = (unknown)
history-create = { $time } { $author } created the strategy (copy { $copy })
history-edit = { $time } { $author } edited (copy { $copy })
history-resolve = { $time } { $author } resolved a conflict (copy { $copy })
history-more = { $count ->
    [one] …and { $count } more
   *[other] …and { $count } more
}
history-added = { $entity } “{ $name }”: added
history-changed = { $entity } “{ $name }”: changed { $fields }
history-deleted = { $entity } “{ $name }”: deleted
history-resolved = { $entity } “{ $name }”: chose { $fields }
merge-no-common-origin = The files { $a } and { $b } have no common origin: they are not copies of one project, so they cannot be merged. Import the other strategy as a project of its own (tiekartta import).
merge-too-few-copies = Merging needs at least two copies.
merge-unknown-conflict = There is no conflict “{ $id }”. List the conflicts with: tiekartta conflicts FILE
merge-unknown-value = The conflict “{ $id }” has no value “{ $value }”.
merge-write = Writing the merge into the history failed: { $detail }

## Merging on the command line (merge, conflicts, resolve, log)
cli-merge-about = Merge copies of one project file into one
cli-merge-copies = The copies to merge (.tiekartta), at least two
cli-merge-output = The merged file to make (.tiekartta); the copies are not touched
cli-merge-output-is-input = The output { $file } is one of the copies to merge. Give a new name: the copies are never changed.
cli-merge-from = From the copy { $file }: { $count ->
    [0] no new edits
    [one] one edit
   *[other] { $count } edits
}
cli-merge-done = Merged into { $file }. No conflicts.
cli-merge-done-conflicts = Merged into { $file }. { $count ->
    [one] One conflict awaits your choice
   *[other] { $count } conflicts await your choice
}: tiekartta conflicts { $file }
cli-conflicts-about = Show the conflicts a merge left
cli-conflicts-file = The project file (.tiekartta)
cli-conflicts-none = No conflicts.
cli-conflicts-how = Choose a value with: tiekartta resolve FILE CONFLICT --take VALUE
cli-conflict-field = Conflict { $id }: { $entity } “{ $name }”, the field { $field } was set to different values:
cli-conflict-moved = Conflict { $id }: { $entity } “{ $name }” was moved to different themes:
cli-conflict-edit-delete = Conflict { $id }: { $entity } “{ $name }” was edited in one copy and deleted in another:
cli-conflict-both-added = Conflict { $id }: { $entity } “{ $name }” was added in two copies with different content:
cli-conflict-value = { "[" }{ $value }] { $text } ({ $authors }) { $default }
cli-conflict-default = — shown until you choose
cli-conflict-keep = keep, with the edits
cli-conflict-delete = delete
cli-conflict-nothing = (no value)
cli-resolve-about = Resolve a conflict by choosing one of its values
cli-resolve-file = The project file (.tiekartta)
cli-resolve-conflict = The conflict's id (tiekartta conflicts shows it)
cli-resolve-take = The id of the value to take: 1, 2… or keep / delete
cli-resolve-done = Conflict { $id } resolved: took { $value }.
cli-resolve-left = { $count ->
    [one] One conflict is still unresolved
   *[other] { $count } conflicts are still unresolved
}: tiekartta conflicts { $file }
cli-copies-about = Find the conflict copies a sync client (OneDrive, Dropbox, Nextcloud, Syncthing) left beside the file, and merge them
cli-copies-file = Project file (.tiekartta)
cli-copies-merge = Merge the copies into the file, then set them aside (as NAME.merged)
cli-copies-trash = Move merged copies to the trash instead of renaming them
cli-copies-none = There are no conflict copies beside { $file }.
cli-copies-found = Beside { $file } there { $count ->
    [one] is one conflict copy
   *[other] are { $count } conflict copies
}:
cli-copies-hint = Merge them with: tiekartta copies { $file } --merge
cli-copies-renamed = The copy { $file } was merged and renamed: { $to }
cli-copies-trashed = The copy { $file } was merged and moved to the trash.
cli-log-about = Show the history of edits: who changed what, and when
cli-log-file = The project file (.tiekartta)

## Field names
field-id = id
field-town = town
field-name = name
field-period = period
field-vision = vision
field-mission = mission
field-slogan = slogan
field-description = description
field-themeLabel = name of the themes
field-valuesLabel = name of the values
field-startingPoints = starting points
field-values = values
field-themes = themes
field-foundation = foundation
field-changeBy = change by
field-governance = governance
field-actions = actions
field-owners = owners
field-documents = plans and programmes
field-phases = phases
field-milestones = milestones
field-indicators = indicators
field-events = events
field-tagline = tagline
field-meaning = meaning
field-points = points
field-text = text
field-children = sub-points
field-code = code
field-color = colour
field-goals = goals
field-successFactors = success factors
field-changeShows = how the change shows
field-theme = theme
field-goal = goal
field-start = start
field-due = due
field-end = end
field-status = status
field-statusHistory = status history
field-kind = kind
field-role = role
field-organisation = organisation
field-cadence = cadence
field-parent = part of
field-surfaced = on the surface
field-date = date
field-phase = phase
field-unit = unit
field-direction = direction
field-baseline = baseline
field-target = target
field-actuals = actuals
field-occurrences = deadline status
field-value = value
field-note = note
field-source = source
field-place = place
field-topics = topics
field-participants = participants
field-preparation = preparation
field-singular = singular
field-plural = plural

## UI: editing the strategy (goals, success factors, documents, status changes, values)
app-add-goal = Add goal
app-add-success-factor = Add success factor
app-move-up = Move up
app-move-down = Move down
app-edit-add-item = Add: { $field }
app-edit-remove-item = Remove: { $field } “{ $name }”
app-edit-reorder = Reorder: { $field }
app-kind = Kind
app-cadence = Cadence
app-unknown = unknown
app-cadence-once = once
app-cadence-yearly = yearly
app-cadence-councilTerm = every council term
app-cadence-quarterly = quarterly
app-cadence-monthly = monthly
app-period-start = Period starts
app-period-end = Period ends
app-period = Period
app-status-note = Note on the change

## merge: text conflicts (store/merge helper)
cli-conflict-text = Conflict { $id }: { $entity } “{ $name }”, the text { $field } was edited at overlapping places in different copies:
app-values-label = What the values are called

## follow-up
followup-hint = A new status is recorded in the status history with today's date. Open a row (▸) to add a note to the change or to correct the history.
followup-latest = Latest change
followup-toggle = Status history: { $name }
followup-history-label = Status changes of “{ $name }”
followup-no-changes = No status changes recorded yet. When you pick a new status, the change is recorded here.
followup-change-date = Date of the change
followup-change-note = Note
followup-note-placeholder = Why did the status change? (optional)
followup-remove-change = Remove the status change of { $date }
followup-edit-note = Edit the note of a status change
followup-edit-date = Redate a status change
followup-edit-remove = Remove a status change
followup-keys = Enter: back to the status · Esc: close the row

## roadmap documents
handout-documents-lane = Plans and reports
handout-legend-document-due = Plan or report due
handout-legend-document-period = Programme or plan period
handout-phase-period = (phase) { $period }

## Command line errors
cli-error-unknown-option = Unknown option: { $option }.
cli-error-unknown-command = Unknown command: { $command }.
cli-error-did-you-mean = Did you mean { $command }?
cli-error-invalid-value = The value { $value } does not fit { $option }; possible values: { $valid }.
cli-error-missing = Missing: { $missing }.
cli-error-conflict = The option { $option } cannot be used with { $other }.
cli-error-values = Wrong number of values for { $option }.
cli-error-other = The command line has an error: { $detail }

## Roadmap phases and milestones
app-surfaced-themes = Themes brought to the surface
app-add-item = Add { $what }
app-new-item = New { $what }
app-owner-kind-person = Person
app-owner-kind-unit = Unit
app-owner-kind-board = Board
app-owner-kind-organisation = Organisation
app-owner-kind-group = Group
app-date-placeholder = e.g. 9/2026
app-date-formats = A day, a month or a year: 22.11.2026, 9/2026 or 2026

## Sync server
sync-bad-url = { $url } is not a sync server address. Give one that starts with wss:// (or ws:// on the same machine), such as wss://sync.town.fi
sync-credentials = The address of { $url } contains a user name or password. Tiekartta never stores a password: give the address without it; the document id is the key.
sync-bad-document-id = { $id } is not a document id. Copy the id that tiekartta share printed.
sync-not-shared = { $path } is not shared to a sync server. Share it first with: tiekartta share { $path } --server wss://…
sync-unreachable = The sync server { $url } cannot be reached. The file still works offline; sync again when the server is up.
sync-timeout = The sync server { $url } did not answer within { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}. Nothing was lost; sync again later.
sync-not-found = The sync server { $url } has no document { $id }. Check the id, and that it was shared to this server.
sync-other-strategy = The document { $id } on { $url } is another strategy, not a copy of this one.
sync-internal = The sync could not run: { $detail }
cli-share-about = Share the strategy to a sync server; prints the document id and keeps it in the file
cli-share-file = Project file (.tiekartta)
cli-share-server = The sync server's address (wss://…)
cli-shared = { $file } is shared on { $server }. Document id: { $id }
cli-shared-hint = Open it elsewhere with: tiekartta open-shared { $server } { $id } -o FILE
cli-sync-about = Sync the file once with its sync server: send the edits made here, merge in the others', save
cli-sync-file = Project file (.tiekartta), shared with tiekartta share
cli-synced = { $file } is in step with { $server }: { $sent } { $sent ->
    [one] change
   *[other] changes
} sent, { $count } { $count ->
    [one] edit
   *[other] edits
} came in.
cli-open-shared-about = Open a strategy shared on a sync server and save it as a project file
cli-open-shared-server = The sync server's address (wss://…)
cli-open-shared-id = The document id
cli-open-shared-output = The project file to write
cli-opened-shared = { $file } was written from { $server } ({ $count } { $count ->
    [one] edit
   *[other] edits
} in its history).

## Live on a shared folder (src/session/shared.rs, the app's banner)
app-not-a-copy = The file is not a conflict copy of the open strategy.
app-edit-merge-copies = Merge conflict copies
app-came-in-summary = { $author } changed { $what ->
    [action] { $count ->
        [one] one action
       *[other] { $count } actions
    }
   *[other] { $count ->
        [one] one item
       *[other] { $count } items
    }
}
app-came-in-notice = Changes were saved to { $name } elsewhere; they are now included.
app-copies-found = { $count ->
    [one] The folder holds a conflict copy of this strategy: { $names }
   *[other] The folder holds { $count } conflict copies of this strategy: { $names }
}
app-copies-merge = Merge
app-copies-dismiss = Dismiss
app-copies-after = The copies after merging
app-copies-after-rename = Rename (.merged)
app-copies-after-trash = Move to trash
app-copies-after-keep = Keep in place
app-copies-merged = Conflict copies merged and the strategy saved.
app-copies-not-saved = The copies were merged but saving failed; the copies were kept.

## PowerPoint
handout-pptx-write = Writing the PowerPoint file failed: { $detail }
cli-pptx-about = Save the roadmap, the strategy on a page, the action plan or the progress report as a PowerPoint presentation of editable shapes
cli-arg-ratio = Slide shape: 16:9 or 4:3
cli-png-about = Save the handout's pages as PNG pictures
cli-arg-dpi = Resolution in dots per inch (e.g. 150 or 300)
pptx-notes-page = { $title }, page { $page } of { $pages }
pptx-notes-strategy = Strategy: { $list }
pptx-notes-theme = Themes: { $list }
pptx-notes-goal = Goals: { $list }
pptx-notes-value = Values: { $list }
pptx-notes-action = Actions: { $list }
pptx-notes-milestone = Milestones: { $list }
pptx-notes-phase = Phases: { $list }
pptx-notes-indicator = Indicators: { $list }
pptx-notes-document = Plans and reports: { $list }
pptx-notes-event = Events: { $list }
pptx-notes-font = Font: Noto Sans, as on screen and in the PDF. Where it is not installed the presentation program puts another sans-serif font in its place, and lines may come out slightly wider or narrower.
handout-png-too-large = The picture would be too large ({ $width } × { $height } pixels). Choose a lower resolution.
handout-png-draw = Drawing the picture failed: { $detail }
## Follow-up round (round)
round-write = The workbook could not be written: { $detail }
round-not-workbook = { $file } is not an Excel workbook (.xlsx). Save it in Excel as Excel Workbook (.xlsx) and bring it in again.
round-too-large = { $file } is too large (over { $max } MB). A returned workbook cannot be this large.
round-unreadable = The file { $file } could not be read: { $detail }
round-not-round = { $file } is not a workbook of a follow-up round: the round's data is missing. Ask the owner to fill in the workbook that was sent.
round-other-strategy = { $file } comes from a round of another strategy and was not brought in.
round-place-file = { $file }
round-place-sheet = { $file }, sheet { $sheet }
round-place-row = { $file }, sheet { $sheet }, row { $row }
round-place-cell = { $file }, sheet { $sheet }, row { $row }, column { $column }
round-sheet-instructions = Instructions
round-sheet-actions = Actions
round-sheet-indicators = Indicators
round-col-id = Id
round-col-path = Theme › goal
round-col-action = Action
round-col-owners = Owners
round-col-start = Starts
round-col-due = Due
round-col-status-now = Status now
round-col-note-now = Latest note
round-col-status-new = New status
round-col-note-new = Note
round-col-percent = % done
round-col-indicator = Indicator
round-col-unit = Unit
round-col-baseline = Baseline
round-col-target = Target
round-col-actuals = Previous actuals
round-instructions-title = { $round }
round-instructions-for = This workbook was sent to { $owner } for the follow-up of the strategy { $strategy }.
round-instructions-actions = On the sheet { $sheet }: pick each action's new status from the list, type a short note and estimate how many per cent is done. Leave it empty if nothing changed.
round-instructions-indicators = On the sheet { $sheet }: type each indicator's actual as a number in the column of the period asked.
round-instructions-keep = Do not delete rows or sheets. You may sort, filter and widen columns freely.
round-instructions-return = Save the workbook and send it back by { $deadline }: { $reply }
round-validation-status-title = Status from the list
round-validation-status = Pick a status from the list.
round-validation-percent = Type a number 0–100.
round-problem-too-many-rows = The sheet has too many rows (at most { $max }); the rest was not read.
round-problem-sheet-missing = The sheet is missing or was renamed; its answers could not be read.
round-problem-too-long = The cell holds over { $max } characters; it was not taken.
round-problem-formula = The cell holds a formula; formulas are not calculated. Type the value itself.
round-problem-unknown-row = The row is not part of this round (id { $id }); it was not taken.
round-problem-row-missing = The row is missing (id { $id }): it was deleted; there is no answer for it.
round-problem-bad-status = “{ $value }” is not a status from the list; the status was not taken.
round-problem-percent = The per cent done must be a number 0–100; it was not taken.
round-problem-not-number = “{ $value }” is not a number; it was not taken.
round-problem-gone = The { $entity } { $id } is no longer in the strategy; its answer was not taken.
cli-round-about = Follow-up round: workbooks out to the owners and their answers back
cli-round-out-about = Write the round's workbook for each owner
cli-round-out-name = The round's name, such as “Autumn 2026 follow-up”
cli-round-out-owner = An owner's id (may repeat); by default every owner of an action or an indicator
cli-round-out-period = A period whose actuals are asked, such as 2026 (may repeat); by default the current year
cli-round-out-deadline = When the answers are due, such as 14.10.2026
cli-round-out-reply = Whom to send the answer back to
cli-round-out-dir = The folder the workbooks are written into
cli-round-out-done = Wrote { $file }: { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
}, { $indicators ->
    [one] { $indicators } indicator
   *[other] { $indicators } indicators
}.
cli-round-in-about = Bring returned workbooks into the project as the owners' edits
cli-round-in-answers = Returned workbooks (.xlsx)
round-said-status = { $kind } “{ $name }”: { $old } » { $new }
round-said-status-note = { $kind } “{ $name }”: { $old } » { $new }, “{ $note }”
round-said-note = { $kind } “{ $name }”: { $new }, “{ $note }”
round-said-actual = { $kind } “{ $name }” { $period }: { $old } » { $new }{ $unit }
round-said-actual-new = { $kind } “{ $name }” { $period }: { $new }{ $unit }
cli-round-in-taken = { $owner } ({ $file }):
cli-round-in-nothing = The answers held nothing new.
cli-round-in-conflict = Conflict: { $owner } answered “{ $answer }” for { $name } ({ $field }), but the project's value changed after the round went out, “{ $sent }” → “{ $project }”. The project's value was kept.
cli-round-in-done = Brought into { $file }.
cli-xlsx-about = Write the whole action plan and the indicators as an Excel workbook
cli-xlsx-output = The workbook to write (.xlsx)
ics-action-due = Due: { $name }
ics-document-due = To be ready: { $name }
ics-owners = Owners: { $owners }
ics-month-last = The date is known to the month ({ $date }); placed on the month's last day.
ics-month-first = The date is known to the month ({ $date }); placed on the month's first day.
ics-year-last = The date is known to the year ({ $date }); placed on the year's last day.
ics-year-first = The date is known to the year ({ $date }); placed on the year's first day.
cli-ics-about = Write the deadlines and milestones as a calendar file (.ics)
cli-ics-owner = Only this owner's deadlines (id)
cli-ics-output = The calendar file to write (.ics)
cli-round-out-unknown-owner = The strategy has no owner { $id }; no workbooks were written.

## Edits
edit-not-found = { $kind } ({ $id }) is no longer in the strategy: it may have been removed. The view is refreshed.
edit-no-such-list = There is no list { $list } here.
edit-invalid = { $kind } “{ $name }”: the value cannot be saved ({ $detail }).
edit-theme-has-actions = “{ $name }” cannot be removed: { $count ->
    [one] one action belongs
   *[other] { $count } actions belong
} to it. Move or remove them first.
edit-duplicate = { $kind } with the id { $id } already exists.

## Rounds in the project
entity-round = Follow-up round
cli-round-status-about = Show who has answered a round, and a reminder for those who have not
cli-round-status-round = The round's name; by default the one sent last
cli-round-out-recorded = The round “{ $name }” was recorded in the project { $file }.
cli-round-in-choose = { $count ->
    [one] One value waits for a choice
   *[other] { $count } values wait for a choice
}: see them with tiekartta conflicts { $file } and choose with tiekartta resolve.
round-status-round = Round “{ $name }”, sent { $sent }: { $answered }/{ $asked } answered.
round-status-deadline = Answers due { $deadline }.
round-status-answered = { $owner }: sent { $sent }, answered { $received }, { $changed ->
    [0] no values changed
    [one] one value changed
   *[other] { $changed } values changed
}.
round-status-waiting = { $owner }: sent { $sent }, has not answered yet.
round-status-choices = { $count ->
    [one] one value waits for a choice (tiekartta conflicts)
   *[other] { $count } values wait for a choice (tiekartta conflicts)
}
round-status-reminder = Reminder to { $owner } (copy into an e-mail):
round-status-unknown = The project has no round “{ $name }”. Rounds: { $names }
round-status-none = The project has no follow-up rounds yet. Send one with tiekartta round out.
round-reminder-greeting = Hello { $owner },
round-reminder-asked = on { $sent } I sent you the workbook of the follow-up round “{ $round }” of the strategy “{ $strategy }”, asking how { $actions ->
    [one] one action is
   *[other] { $actions } actions are
} doing and the figures of { $indicators ->
    [one] one indicator
   *[other] { $indicators } indicators
}. Your answer has not come yet.
round-reminder-body = Please fill in the workbook and send it back by { $deadline }.
round-reminder-body-soon = Please fill in the workbook and send it back as soon as you can.
round-reminder-reply = Send it to: { $reply }
round-reminder-reply-sender = Reply to this message.
round-reminder-thanks = Thank you!
## Draft and new strategy
draft-too-large = { $file } is too large (over { $max } MB) for a draft.
draft-not-docx = { $file } is not a Word document (.docx). Save it in Word as a Word Document (.docx), or paste the text into a .txt file.
draft-unreadable = { $file } could not be read for a draft: { $detail }
cli-draft-about = Draft a strategy from text, Markdown or a Word document
cli-draft-file = The .txt, .md or .docx file to read
cli-draft-output = The JSON draft to write (- = standard output)
cli-draft-not-understood = Line { $line }: not understood: { $text }
cli-draft-summary = Draft { $file }: { $placed } { $placed ->
        [one] line
        *[other] lines
    } placed, { $missed } { $missed ->
        [one] line
        *[other] lines
    } not understood. Correct the draft before you import it.
cli-new-about = Make a blank strategy for a council term
cli-new-town = The name of the town or municipality
cli-new-years = The years of the council term, e.g. 2025-2029
cli-new-theme-word = What themes are called (e.g. helmi, aalto, kärki)
cli-new-output = The .tiekartta file to make
cli-new-bad-years = The years { $years } could not be read. Write the first and the last year, e.g. 2025-2029.
cli-new-name = { $town }: strategy { $years }
cli-new-done = Made a blank strategy { $file }.
## Desktop: menu bar, context menus, dropped files
menu-file = File
menu-new = New
menu-open = Open…
menu-recent = Recent
menu-recent-none = No recent files
menu-save = Save
menu-save-as = Save as…
menu-export-pdf = Export PDF…
menu-close = Close
menu-quit = Quit
menu-edit = Edit
menu-undo = Undo
menu-redo = Redo
menu-delete = Delete
menu-view = View
menu-text-bigger = Larger text
menu-text-smaller = Smaller text
menu-text-plain = Default size
menu-help = Help
menu-shortcuts = Keyboard shortcuts
menu-about = About
ctx-edit = Edit
ctx-done = Mark as done
ctx-delete = Delete
ctx-new-action = New action here
ctx-label = Actions: { $name }
app-edit-done = Marked as done: { $name }
app-drop-copy-question = { $name } is a copy of the open strategy. Merge its changes in, or open it as it is?
app-drop-merge = Merge
app-drop-open = Open
app-quit-question = Quit Tiekartta?
app-about-text = Tiekartta { $version }: the town's strategy and its roadmap, for planning and follow-up.
app-text-scale = Text size { $percent } %
key-text = Larger / smaller roadmap text, default size
key-menu = Action menu of the selection
key-quit = Quit

## New blank strategy in the app
app-new-blank = New strategy
app-new-blank-years = Years (e.g. 2025–2029)
app-new-blank-theme-word = What the themes are called (optional)
app-new-blank-create = Create a blank strategy

## Follow-up round in the app
app-view-rounds = Follow-up round
app-round-needs-project = Save the strategy as a Tiekartta file first: the follow-up round is recorded in it.
app-edit-round-answer = Follow-up round answer
app-round-conflict-kept = { $owner }: “{ $name }” had been changed in the project too; the project's value stays.
app-round-folder-title = Folder for the round's workbooks
app-round-answers-title = Returned workbooks
app-round-new = New round
app-round-name = Name of the round
app-round-name-placeholder = e.g. Autumn 2026 follow-up
app-round-deadline = Answers due by
app-round-reply-to = Answers go to
app-round-periods = Indicator periods asked
app-round-periods-hint = e.g. 2026; several separated by commas
app-round-lang = Language of the workbooks
app-round-owners = Who is asked
app-round-owner-asks = { $actions ->
    [one] 1 action
   *[other] { $actions } actions
  }, { $indicators ->
    [one] 1 indicator
   *[other] { $indicators } indicators
  }{ $reports ->
    [0] {""}
    [one] {" "}· 1 report
   *[other] {" "}· { $reports } reports
  }
app-round-send = Write the workbooks into a folder…
app-round-sent = { $count ->
    [one] 1 workbook was written
   *[other] { $count } workbooks were written
  } into { $folder }, and the round was saved in the file.
app-round-take = Bring in returned workbooks…
app-round-drop-hint = Returned workbooks can also be dropped on the window.
app-round-taken-heading = Answers taken in
app-round-taken = { $owner } ({ $file }): { $count ->
    [one] 1 change
   *[other] { $count } changes
  }
app-round-nothing = The answers held nothing new.
app-round-problems = These could not be taken in
app-round-waiting = { $count ->
    [one] 1 value waits for a choice, as it had been changed in the project too.
   *[other] { $count } values wait for a choice, as they had been changed in the project too.
  }
app-round-choose = Choose in the Merge view
app-round-list = Rounds sent
app-round-none = No round has been sent yet.
app-round-summary = Sent { $sent } · answered { $answered }/{ $owners }
app-round-summary-deadline = Sent { $sent } · answers due { $deadline } · answered { $answered }/{ $owners }
app-round-col-owner = Owner
app-round-col-asked = Asked
app-round-col-answered = Answered
app-round-col-changed = Changes
app-round-col-waiting = Waiting for a choice
app-round-col-remind = Reminder
app-round-not-answered = not yet
app-round-remind = Show reminder
app-round-remind-text = Reminder to { $owner }
app-round-copy = Copy
app-round-copied = Copied to the clipboard.
app-drop-answer-question = Take { $name } in as an answer to the follow-up round?
app-drop-take-answer = Take in
field-answers = answers
field-choices = choices

## Sync server in the app
app-sync-needs-project = Save the strategy as a Tiekartta file first: the file's history is what is shared to the server.
app-edit-synced = Edits from the server
app-sync-open-title = Save the server's strategy as a file
app-sync-title = Sync server
app-sync-hint = Once the strategy is shared to a server, everyone's open copies sync every few seconds, and the file keeps working without a connection.
app-sync-server = Server address
app-sync-share = Share to the server
app-sync-shared = Shared to the server { $server }.
app-sync-document = Document id
app-sync-document-hint = Give the id only to those who may edit the strategy: whoever has it can open it.
app-sync-now = Sync now
app-sync-done = Synced: nothing new from the server.
app-sync-came = Edits came from the server: { $summary }
app-sync-failing = Syncing does not work: { $message } The edits stay in the file and go when the connection is back.
app-sync-back = The connection to the server is back.
app-sync-open = Open from a server…
app-sync-open-id = Document id

## Draft in the app
app-draft-start = Bring in a strategy from text…
app-draft-title = Bring in a strategy from text
app-draft-hint = Paste the strategy from Word, PowerPoint or a PDF, or open a .txt, .md or .docx file. Each line is shown beside what it was read as; correct the text until the draft is right, then take it as the strategy.
app-draft-open = Open a file…
app-draft-open-title = The strategy as text or a Word file
app-draft-text = The strategy's text
app-draft-lines = What the lines became
app-draft-summary = { $placed ->
    [one] 1 line was read
   *[other] { $placed } lines were read
  }, { $missed ->
    [0] everything was understood.
    [one] 1 line was not understood.
   *[other] { $missed } lines were not understood.
  }
app-draft-counts = { $themeWord }: { $themes } · goals: { $goals } · values: { $values } · actions: { $actions } · owners: { $owners }
app-draft-not-understood = not understood
app-draft-heading = Heading
app-draft-accept = Take the draft as the strategy
app-draft-cancel = Cancel
app-draft-empty = Paste or open a text, and the draft shows here.
## Late and recurring (issue 13, items 2–4): one rule of late, every occurrence.
handout-at-risk-actions = At risk
handout-legend-late = Late
handout-legend-at-risk = At risk
cli-info-late = Late:
cli-info-at-risk = At risk:
field-occurrence = occurrence
followup-occurrences = Deadlines and evaluations
followup-occurrence-status = { $name } { $date }: status
followup-not-recorded = – not recorded –
followup-no-actions = There are no actions yet: add them in the Strategy view under a theme, or by dragging on a roadmap lane.
followup-no-indicators = There are no indicators yet: add one in the Strategy view, and enter its actuals here.
followup-to-strategy = Open Strategy
handout-success-factors = Success factors
handout-milestones = Milestones
problem-future-actual = the actual is dated in the future ({ $date }): check the year.
handout-occurrences = Recurs: { $dates }
handout-next-deadlines = Deadlines: { $list }
## Council snapshots, changes since the last meeting, the council deck
entity-snapshot = Snapshot
store-snapshot-unknown = There is no snapshot { $id } in this file. See the recorded ones: tiekartta snapshot FILE --list
store-snapshot-ambiguous = Several snapshots' ids start with { $id }. Give a longer id.
store-no-snapshots = No snapshots have been recorded in the file yet. Record one first: tiekartta snapshot FILE --meeting "City council 14.12.2026, § 87"
store-snapshot-heads = The snapshot's point in the history cannot be found: { $detail }
handout-snapshot = Snapshot { $id } · { $meeting }
cli-snapshot-about = Record in the file a snapshot for a meeting (what was shown, and where in the history)
cli-snapshot-file = Project file (.tiekartta)
cli-snapshot-meeting-name = MEETING
cli-arg-meeting = The meeting: "City council 14.12.2026, § 87"
cli-arg-snapshot-date = The meeting's date (default today)
cli-arg-handouts = The handouts made for the meeting, separated by commas
cli-arg-snapshot-list = List the recorded snapshots
cli-arg-snapshot = Print a recorded snapshot (its id or latest); the footer carries the snapshot's id
cli-arg-ghost = Draw the snapshot's dates as faint bars beside the actions whose dates moved
cli-snapshot-none = No snapshots have been recorded.
cli-snapshot-no-meeting = Say the meeting: --meeting "City council 14.12.2026, § 87"
cli-snapshot-recorded = Snapshot { $id } recorded: { $meeting }
cli-snapshot-line = { $id }  { $date }  { $meeting }  { $handouts }
cli-changes-about = Show the changes since the last meeting: what changed from a snapshot to now (or to another snapshot)
cli-changes-file = Project file (.tiekartta)
cli-changes-output = Write the handout here (.pdf, .pptx, .svg or .png); without it, as text
cli-arg-since = The snapshot to compare from (its id or latest)
cli-arg-until = The snapshot to compare to (default now)
cli-changes-extension = { $path }: the extension says the format: .pdf, .pptx, .svg or .png.
changes-title = Changes since the last meeting
changes-point = { $meeting } (snapshot { $id }, { $date })
changes-now = now
changes-range = { $since } → { $until }
changes-none = No changes.
changes-added = New actions
changes-removed = Removed actions
changes-moved = Actions moved to another theme
changes-rescheduled = Rescheduled
changes-statuses = Status changed
changes-actuals = New indicator actuals
changes-reworded = Reworded
changes-action = { $name } ({ $theme })
changes-change = { $name }: { $old } → { $new }
changes-actual = { $name }: { $date } { $value } { $unit }
changes-text-value = Value: { $name }
changes-text-goal = Goal: { $name }
changes-no-dates = no dates
changes-old = Before
changes-new = Now
changes-now-done = { $count ->
    [one] 1 action completed
   *[other] { $count } actions completed
}
changes-now-late = { $count ->
    [one] 1 now late
   *[other] { $count } now late
}
changes-now-at-risk = { $count ->
    [one] 1 now at risk
   *[other] { $count } now at risk
}
changes-now-on-track = { $count ->
    [one] 1 on track
   *[other] { $count } on track
}
changes-now-not-started = { $count ->
    [one] 1 not started
   *[other] { $count } not started
}
handout-deck = Council presentation
deck-indicator = Latest { $latest } · target { $target }
deck-indicators = Indicators
deck-more-actions = { $count ->
    [one] and 1 more action
   *[other] and { $count } more actions
}
deck-more-indicators = { $count ->
    [one] and 1 more indicator
   *[other] and { $count } more indicators
}
deck-no-actions = No actions.
deck-no-deadlines = No upcoming deadlines.
handout-legend-ghost = Dates at snapshot { $id }
## The desktop for everyone (issue 15: accessibility, the roadmap's bars, printing)
bar-label = { $name } · { $owners } · { $dates } · { $status }
bar-label-late = { $name } · { $owners } · { $dates } · { $status }, late
bar-no-owner = no owner
bar-no-dates = no dates
bar-dates = { $start }–{ $due }
bar-from = from { $start }
bar-until = by { $due }
app-roadmap-label = Roadmap: the arrow keys select an action, Enter edits, Shift+F10 opens the menu
app-roadmap-none-selected = No action selected
ctx-copy = Copy
app-edit-copy = Copied: { $name }
app-copy-name = { $name } (copy)
app-print = Print…
app-printing = Printing: { $name }
app-print-failed = Printing failed: { $reason }
key-print = Print the handout
## Excel in: an action list into a strategy (tiekartta import LIST.xlsx)
list-field-theme = theme
list-field-goal = goal
list-field-action = action
list-field-owner = owner
list-field-start = start
list-field-due = due
list-field-status = status
list-field-none = (not used)
list-no-list = { $file } has no action list: no sheet starts with a header row that has an action column (such as “Action”, “Toimenpide” or “Åtgärd”) and one more known column.
list-problem-no-theme = The row has an action, but no theme is given on it or above it; the row was not taken.
list-problem-no-action = The row has no action name; the row was not taken.
list-problem-bad-date = “{ $value }” is not a date (such as 15.3.2026, 3/2026 or 2026); the date was not taken.
list-problem-due-before-start = The due date is before the start; the due date was not taken.
list-problem-duplicate = The same action under the same theme is already on row { $row }; this row was not taken twice.
cli-import-list-file = The JSON file or action list to read (.xlsx, .csv)
cli-import-into = Add the list's new actions to this project file as one edit
cli-import-preview = Only show what the list holds; write nothing
cli-import-preview-sheet = Sheet “{ $sheet }”, header row { $row }, action rows { $rows }:
cli-import-preview-column = { $column } “{ $header }” → { $field }
cli-import-preview-new = New: themes { $themes }, goals { $goals }, actions { $added }, owners { $owners }.
cli-import-preview-existing = Already in the strategy: themes { $themes }, goals { $goals }, actions { $added }, owners { $owners }.
cli-import-preview-updated = { $count ->
    [one] 1 action is updated:
   *[other] { $count } actions are updated:
}
list-update = Row { $row }: “{ $name }”: { $changes }
list-update-value = { $field } { $old } » { $new }
cli-import-preview-problems = Rows or cells not understood: { $rows }.
cli-import-preview-only = Nothing was written. Give -o NEW.tiekartta to create a strategy or --into FILE.tiekartta to add to one.
cli-import-into-done = Added to { $file } as one edit.
cli-import-into-nothing = The list had nothing new for { $file }.
cli-import-list-about = Create a project file from a JSON file or an action list (.xlsx, .csv), or add a list to an existing one
list-field-path = theme › goal

## The model grows (issue 13, item 5): owner roles, an indicator's goal, target rules
app-owner-kind-role = Office or role
handout-indicator-goal = Goal: { $goal }
handout-target-per-year = a year
handout-target-from = from { $date }
field-kinds = kinds
field-visionYear = vision's year
field-targetRule = target rule
field-percent = per cent a year
field-from = from

## Council meetings in the app
app-snapshot-needs-project = Save the strategy as a Tiekartta file first: the state at the meeting is recorded in it.
app-snapshot-needs-meeting = Give the meeting's name, e.g. City council 14.12.2026, § 87.
app-council-title = Council meetings
app-council-hint = Record the state when the strategy goes to a meeting: the handouts' footer carries its id, and later you see what has changed since.
app-council-meeting = Meeting
app-council-date = Date
app-council-record = Record the meeting
app-council-none = No meeting has been recorded yet.
app-council-changes = Changes since this meeting
app-council-nothing = Nothing has changed since this meeting.

## The print view in front of the council: the changes handout, as it stood at a snapshot, ghost bars, PowerPoint and PNG
app-handout-changes = Changes since the last meeting
app-handout-deck = Council deck
app-print-changes-range = Changes
app-print-no-meetings = Record a meeting first (below or in the Merge view): the changes are listed from it.
app-print-since = Since the meeting
app-print-latest = The latest meeting
app-print-until = Until the meeting
app-print-now = As it stands now
app-print-state = State
app-print-as-of = The strategy as it stood at
app-print-ghost = Ghost bars: the schedule at the meeting
app-print-no-ghost = No ghost bars
app-print-for-meeting = For a meeting
app-print-meeting-hint = Record the state for the meeting: the handout is printed as it stands then, and its footer carries the state's id.
app-print-record = Record the state for the meeting
app-print-recorded = State { $id } recorded and saved in the file.
app-save-pptx = Save PowerPoint…
app-slide-shape = Slide shape
app-save-png = Save PNG…
app-png-dpi = Resolution
app-handout-saved = Saved: { $name }
app-pptx-title = Save PowerPoint
app-print-preview = Preview
app-png-title = Save the PNG picture
changes-renamed = Renamed
changes-text-theme = Theme
changes-text-action = Action ({ $theme })
changes-text-indicator = Indicator
changes-text-indicator-in = Indicator ({ $theme })

## Handouts fill their page (fill): a theme without actions in the action plan
handout-col-content = What the theme holds
handout-col-kind = What it is
handout-doc-plan = Plan
handout-doc-report = Report
handout-doc-programme = Programme
## A blank strategy walked through, and an action list brought in (issues 13 and 12, item 5)
app-new-owner-for-action = New owner
app-add-owner-to-action = Add
app-list-edit = Action list brought in: { $file }
app-list-none = No action list has been previewed. Pick the list again.
app-list-start = Bring in an action list (Excel)…
menu-import-list = Bring in an action list…
app-list-open-title = Pick an action list (.xlsx, .csv)
app-list-title = Bringing in an action list
app-list-into-open = The list is brought into the strategy “{ $name }” as one edit you can undo.
app-list-into-new = The list becomes a new strategy, not saved yet.
app-list-sheet = { $file }: sheet “{ $sheet }”, header row { $row }
app-list-columns = What each column is
app-list-column = Column
app-list-header = Header
app-list-read-as = Read as
app-list-actions = Actions to be added
app-list-updates = Actions that change (old » new; an empty cell changes nothing)
app-list-no-actions = The list has no new actions.
app-list-new-mark = new
app-list-problems = Rows and cells not understood (left out; the rest comes in)
app-list-place-cell = row { $row }, column { $column }
app-list-place-row = row { $row }
app-list-place-file = the file
app-list-accept = Bring into the strategy
app-list-accept-new = Make a strategy of the list
app-list-nothing = The list has nothing new or changed for this strategy.
app-list-done = Action list { $file } brought in as one edit.
## The follow-up round asks the next occurrence of recurring reports (issue 12, item 1)
round-sheet-reports = Reports
round-col-document = Plan or report
round-col-occurrence = Next due
round-instructions-reports = In the sheet { $sheet }: pick the status of the next due date of each recurring report or plan from the list and add a short note if needed.
round-status-reports = { $count ->
    [one] The next due date of one recurring report was asked.
   *[other] The next due dates of { $count } recurring reports were asked.
}
