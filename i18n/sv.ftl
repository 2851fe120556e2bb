# Tiekartta — svenska.

## Modellfel
model-invalid-date = ”{ $text }” är inget datum. Skriv till exempel 2030, 9/2018 eller 16.5.2017.
model-end-before-start = Slutet { $end } ligger före början { $start }.

## Allvarlighet och objekt
severity-error = Fel
severity-warning = Varning
problem-subject = { $entity } ”{ $name }” ({ $id })
entity-strategy = Strategi
entity-starting-point = Utgångspunkt
entity-value = Värdering
entity-bullet = Punkt i värdering
entity-theme = Tema
entity-goal = Mål
entity-success-factor = Framgångsfaktor
entity-foundation = Del av grunden
entity-action = Åtgärd
entity-status-change = Statusändring
entity-owner = Ansvarig
entity-document = Plan eller program
entity-phase = Fas
entity-milestone = Milstolpe
entity-indicator = Mätare
entity-event = Evenemang
entity-topic = Ämne

## Kontrollens problem
problem-empty-name = namn saknas. Ge ett namn.
problem-text-too-long = fältet { $field } har { $len } tecken; högst { $max } tillåts. Korta av texten.
problem-end-before-start = slutet { $end } ligger före början { $start }. Rätta datumen.
problem-outside-period = datumet { $date } ligger utanför strategiperioden { $period }.
problem-dangling-reference = fältet { $field } hänvisar till ”{ $target }”, som inte finns.
problem-duplicate-id = identifieraren ”{ $id }” används mer än en gång.
problem-malformed-id = identifieraren ”{ $id }” duger inte (bokstäver, siffror, . _ - och högst 64 tecken).
problem-bullet-too-deep = punkter kan ha högst två nivåer.
problem-invalid-color = färgen ”{ $color }” är inte av formen #rrggbb.
problem-duplicate-actual = två utfall har samma datum { $date }.
problem-too-many = { $count } objekt; högst { $max } tillåts.

## Status
status-not-started = Ej påbörjad
status-on-track = Framskrider
status-at-risk = I riskzonen
status-late = Försenad
status-done = Klar

## JSON
json-not-json = Filen är inte giltig JSON (rad { $line }, kolumn { $column }).
json-not-tiekartta = Filen är JSON men ingen Tiekartta-strategi. Exportera strategin ur Tiekartta eller kontrollera filen.
json-newer-version = Filen är gjord med en nyare Tiekartta (formatversion { $found }); den här versionen läser upp till { $supported }. Uppdatera Tiekartta.
json-wrong-shape = Strategins struktur är inte den väntade (rad { $line }, kolumn { $column }): { $detail }
json-too-large = Filen är för stor ({ $size } byte; högst { $max }).

## Filer
io-not-found = Filen { $path } hittas inte.
io-permission-denied = Behörighet saknas till filen { $path }.
io-other = Hanteringen av filen { $path } misslyckades: { $detail }

## Kommandorad
cli-about = Tiekartta: planera och följ upp stadens strategi från kommandoraden.
cli-usage = Användning:
cli-options = Flaggor
cli-commands = Kommandon
cli-arguments = Argument
cli-command = KOMMANDO
cli-file = FIL
cli-name = NAMN
cli-arg-help = Visa hjälp
cli-arg-lang = Språk: fi (finska), sv (svenska) eller en (engelska)
cli-arg-author = Den som gör ändringarna, för historiken (standard: TIEKARTTA_AUTHOR eller användarnamnet)
cli-arg-force = Ersätt en befintlig fil (den föregående blir kvar som .bak-säkerhetskopia)
cli-usage-error = Kommandot är felaktigt. Se hjälpen: tiekartta --help
cli-unknown-author = okänd
cli-exists = Filen { $file } finns redan. Välj ett annat namn eller använd --force.
cli-check-about = Kontrollera en projektfil (.tiekartta) eller en JSON-fil
cli-check-file = .tiekartta- eller .json-fil att kontrollera
cli-check-valid = { $file } är i ordning{ $warnings ->
    [0] .
    [one] ; en varning.
   *[other] ; { $warnings } varningar.
}
cli-check-invalid = { $file }: { $errors ->
    [one] ett fel
   *[other] { $errors } fel
}, { $warnings } varningar.
cli-export-about = Exportera strategin som JSON
cli-export-file = .tiekartta- eller .json-fil att exportera
cli-export-output = JSON-fil att skriva
cli-export-done = Skrev { $file }.
cli-import-about = Skapa en projektfil av en JSON-fil
cli-import-file = JSON-fil att läsa
cli-import-output = .tiekartta-fil att skapa
cli-import-invalid = { $file } importerades inte eftersom den innehåller fel.
cli-import-done = Skapade { $file }.
cli-info-about = Visa en sammanfattning av strategin
cli-info-file = .tiekartta- eller .json-fil
cli-info-title = { $town }: { $name }
cli-info-period = Strategiperiod: { $period }
cli-info-counts = Värderingar { $values }, teman { $themes }, mål { $goals }, åtgärder { $actions }, mätare { $indicators }, planer och program { $documents }, faser { $phases }, milstolpar { $milestones }.
cli-info-upcoming = Kommande tidsfrister:
cli-info-no-upcoming = Inga kommande tidsfrister.
cli-update-about = För in ändringarna i en redigerad JSON-fil i projektfilen som ändringar
cli-update-file = .tiekartta-fil att uppdatera
cli-update-from = Redigerad JSON-fil
cli-update-invalid = Ändringarna fördes inte in eftersom { $file } innehåller fel.
cli-update-done = Uppdaterade { $file }: { $summary }

## UI (appen)
app-new = Ny
app-open = Öppna…
app-import = Importera JSON…
app-save = Spara
app-save-as = Spara som…
app-close = Stäng
app-close-dialog = Stäng
app-cancel = Avbryt
app-discard = Förkasta ändringarna
app-dismiss = OK
app-settings = Inställningar
app-language = Språk
app-lang-fi = Suomi (finska)
app-lang-sv = Svenska
app-lang-en = English (engelska)
app-author = Ditt namn (sparas i ändringshistoriken)
app-author-hint = Namnet syns när kopior sammanfogas.
app-untitled = Namnlös
app-open-title = Öppna strategi
app-import-title = Importera strategi från JSON
app-save-title = Spara strategin
app-no-document = Ingen strategi är öppen.
app-no-recovery = Inget arbete att återställa hittades.
app-not-recent = Filen finns inte bland de senast öppnade. Öppna den med Öppna.
app-internal = Internt fel.
app-view-roadmap = Färdplan
app-view-strategy = Strategi
app-view-followup = Uppföljning
app-view-print = Skriv ut
app-view-merge = Sammanfoga kopia…
app-problem-count = Fel { $errors }, varningar { $warnings }
app-recent = Senast öppnade
app-no-recent = Inga öppnade filer ännu.
app-new-from-sample = Ny strategi från en mall
app-recovery-found = Osparat arbete hittades: ”{ $name }” ({ $time }). Återställa?
app-recover = Återställ
app-unsaved-question = Strategin ”{ $name }” har osparade ändringar. Spara dem?
app-saved = Sparat: { $name }
app-edit-field = Ändra: { $field }
app-edit-meaning = Ändra värdets innebörd
app-edit-delete = Radera ”{ $name }”
app-edit-status = Ändra status
app-edit-actual = Registrera utfall
app-edit-move = Flytta ”{ $name }”
app-edit-resize = Ändra längden på ”{ $name }”
app-edit-create = Ny åtgärd
app-new-action = Ny åtgärd
app-basics = Grunduppgifter
app-town = Kommun
app-name = Namn
app-vision = Vision
app-mission = Mission
app-slogan = Slogan
app-values = Värden
app-meaning = Innebörd
app-meaning-points = Innebörd punktvis
app-add-point = Lägg till punkt
app-add-sub-point = Lägg till underpunkt
app-remove = Ta bort
app-add-value = Lägg till värde
app-new-value = Nytt värde
app-themes = Teman
app-theme = Tema
app-tagline = Devis
app-goals = Mål
app-success-factors = Där vi måste lyckas
app-actions = Åtgärder
app-action = Åtgärd
app-owners = Ansvariga
app-documents = Planer, rapporter och program
app-doc-plan = plan
app-doc-report = rapport
app-doc-programme = program
app-phases = Faser
app-milestones = Milstolpar
app-indicators = Mätare
app-baseline = Utgångsnivå
app-target = Mål
app-date = Datum
app-value = Värde
app-add-actual = Registrera utfall
app-action-status = Åtgärdernas status
app-start = Börjar
app-due = Klar senast
app-status = Status
app-history = Historik
app-late = försenad
app-description = Beskrivning
app-delete = Radera
app-bad-date = Skriv datumet som 2030, 9/2026 eller 22.11.2026.
app-zoom = Skala
app-zoom-year = År
app-zoom-quarter = Kvartal
app-zoom-month = Månad
app-zoom-week = Vecka
app-all-themes = Alla teman
app-all-owners = Alla ansvariga
app-all-statuses = Alla statusar
app-roadmap-waiting = Färdplanens layout finns inte ännu i denna version.
app-print-title = Skriv ut ett utdelningsmaterial
app-merge-title = Sammanfoga en kopia
app-merge-waiting = Sammanfogning av kopior finns inte ännu i denna version.
app-shortcuts = Kortkommandon
key-undo = Ångra
key-redo = Gör om
key-save = Spara
key-save-as = Spara som
key-open = Öppna
key-new = Ny (startvyn)
key-zoom = Zooma in / ut färdplanen
key-select = Välj intilliggande åtgärd
key-edit = Redigera den valda
key-delete = Radera den valda (kan ångras)
key-help = Denna hjälp
key-escape = Stäng dialogen eller avmarkera

## Projektfil, historik och sammanslagning (store, merge)
store-empty = Filen { $path } är tom. Den är inget Tiekartta-projekt; öppna säkerhetskopian (.bak) om det finns en.
store-not-a-project = Filen { $path } är ingen Tiekartta-projektfil.
store-looks-like-json = Filen { $path } är JSON-text och ingen projektfil. Importera den med: tiekartta import { $path } -o NY.tiekartta
store-looks-like-image = Filen { $path } är en bild och ingen Tiekartta-projektfil.
store-looks-like-archive = Filen { $path } är ett zip-arkiv och ingen Tiekartta-projektfil. Packa upp den först.
store-looks-like-pdf = Filen { $path } är ett PDF-dokument och ingen Tiekartta-projektfil.
store-other-database = Filen { $path } är en SQLite-databas från ett annat program, inget Tiekartta-projekt.
store-truncated = Filen { $path } är avkortad (kortare än dess eget huvud anger). Kopiera eller ladda ner den igen, eller öppna säkerhetskopian (.bak).
store-corrupt = Filen { $path } är skadad: { $detail }. Öppna säkerhetskopian (.bak) om det finns en.
store-unexpected-part = Filen { $path } innehåller en del som en projektfil aldrig har ({ $what }). Den öppnas inte av säkerhetsskäl.
store-newer-format = Filen { $path } är gjord med en nyare Tiekartta (formatversion { $found }; den här versionen läser upp till { $supported }). Uppdatera Tiekartta.
store-unknown-format = Formatversion { $found } för filen { $path } är okänd.
store-history = Ändringshistoriken i filen { $path } kan inte läsas: { $detail }. Öppna säkerhetskopian (.bak) om det finns en.
store-content = Strategin i historiken har inte den väntade formen: { $detail }
store-too-large = Filen { $path } är för stor ({ $size } byte; högst { $max }).
store-duplicate-id = Id ”{ $id }” används två gånger i listan { $list }. Id:n måste vara unika för att kopior ska kunna slås samman.
store-io = Hanteringen av filen { $path } misslyckades: { $detail }
store-unknown-author = (okänd)
history-create = { $time } { $author } skapade strategin (kopia { $copy })
history-edit = { $time } { $author } redigerade (kopia { $copy })
history-resolve = { $time } { $author } löste en konflikt (kopia { $copy })
history-more = …och { $count } till
history-added = { $entity } ”{ $name }”: tillagd
history-changed = { $entity } ”{ $name }”: ändrad { $fields }
history-deleted = { $entity } ”{ $name }”: borttagen
history-resolved = { $entity } ”{ $name }”: valt { $fields }
merge-no-common-origin = Filerna { $a } och { $b } har inget gemensamt ursprung: de är inte kopior av samma projekt och kan inte slås samman. Importera den andra strategin som ett eget projekt (tiekartta import).
merge-too-few-copies = Minst två kopior behövs för en sammanslagning.
merge-unknown-conflict = Det finns ingen konflikt ”{ $id }”. Se konflikterna med: tiekartta conflicts FIL
merge-unknown-value = Konflikten ”{ $id }” har inget värde ”{ $value }”.
merge-write = Att skriva sammanslagningen i historiken misslyckades: { $detail }
