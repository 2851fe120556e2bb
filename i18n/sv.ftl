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
problem-too-many = { $count ->
    [one] { $count } objekt
   *[other] { $count } objekt
}; högst { $max } tillåts.

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
json-wrong-shape = Strategins struktur är inte den väntade ({ $count ->
    [one] 1 problem
   *[other] { $count } problem
  }):
    { $problems }
json-shape-in = { $entity }: { $problem }
json-shape-in-named = { $entity } ”{ $name }”: { $problem }
json-shape-unknown-field = okänt fält { $field } (felstavat?)
json-shape-missing-field = fältet { $field } saknas
json-shape-not-a-date = ”{ $text }” i fältet { $field } är inget datum (skriv t.ex. 2030, 9/2018, 16.5.2017 eller 2026-05-16)
json-shape-unknown-value = värdet ”{ $value }” i fältet { $field } är okänt
json-shape-wrong-type = fältet { $field } ska vara { $expected }
json-shape-other = fältet { $field }: { $detail }
json-kind-text = text
json-kind-list = en lista
json-kind-number = ett tal
json-kind-bool = true eller false
json-kind-object = ett objekt med fält
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
cli-date = DATUM
cli-name = NAMN
cli-arg-help = Visa hjälp
cli-arg-lang = Språk: fi (finska), sv (svenska) eller en (engelska)
cli-arg-author = Den som gör ändringarna, för historiken (standard: TIEKARTTA_AUTHOR eller användarnamnet)
cli-arg-force = Ersätt en befintlig fil (den föregående blir kvar som .bak-säkerhetskopia)
cli-usage-error = Kommandot är felaktigt. Se hjälpen: tiekartta --help
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
}, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}.
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
cli-info-counts = Värderingar: { $values }, teman: { $themes }, mål: { $goals }, åtgärder: { $actions }, mätare: { $indicators }, planer: { $plans }, rapporter: { $reports }, program: { $programmes }, faser: { $phases }, milstolpar: { $milestones }.
cli-info-upcoming = Kommande tidsfrister:
cli-info-no-upcoming = Inga kommande tidsfrister.
cli-update-about = För in ändringarna i en redigerad JSON-fil i projektfilen som ändringar
cli-update-file = .tiekartta-fil att uppdatera
cli-update-from = Redigerad JSON-fil
cli-update-invalid = Ändringarna fördes inte in eftersom { $file } innehåller fel.
cli-update-done = Uppdaterade { $file }: { $added } tillagda, { $changed } ändrade, { $deleted } borttagna.

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
app-lang-fi = Suomi
app-lang-sv = Svenska
app-lang-en = English
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
app-saved-merged = Sparat: { $name }. Under tiden hade { $count ->
    [one] en ändring
   *[other] { $count } ändringar
} sparats i filen; { $count ->
    [one] den är nu med
   *[other] de är nu med
}.
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
app-roadmap-hint = Dra en stapel för att flytta, kanten för att ändra längden; dra på en tom rad för att skapa en ny.
app-pdf-title = Spara PDF
app-handout = Utdelning
app-handout-roadmap = Färdplan
app-handout-onePage = Strategin på en sida
app-handout-actions = Åtgärdsprogram
app-handout-progress = Lägesrapport
app-paper = Papper
app-landscape = Liggande
app-range = År
app-from-year = från
app-to-year = till
app-save-pdf = Spara PDF…
app-pdf-saved = PDF sparad: { $name }
app-pages = { $count ->
    [one] { $count } sida
   *[other] { $count } sidor
}
app-truncated = { $count ->
    [one] { $count } text förkortad
   *[other] { $count } texter förkortade
}
app-merge-hint = Välj en kopia som någon annan har redigerat. Båda parternas ändringar bevaras.
app-merge-incoming = Vad kopiorna förde med sig
app-merge-nothing-new = Inga nya ändringar.
app-merge-conflicts = Konflikter ({ $count })
app-merge-conflict-on = ”{ $name }”: { $field }
app-merge-deleted = (raderad)
app-merge-unknown-author = okänd
app-merge-take = Välj denna
app-merge-no-conflicts = Inga konflikter.
app-merge-needs-project = Spara strategin först som Tiekartta-fil; bara kopior av samma fil kan sammanfogas.
app-edit-came-in = Ändringar sparade i filen
app-edit-merge = Sammanfoga kopia
app-edit-resolve = Lös en konflikt
app-history-empty = Ingen historik ännu (den börjar när strategin sparas).
app-add-indicator = Lägg till mätare
app-new-indicator = Ny mätare
app-unit = Enhet
app-dates-from-phase = Datumen kommer från fasen; att dra ger åtgärden egna datum.
app-role = Roll
app-end = Slutar
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

## Handouts
handout-roadmap = Färdplan
handout-onepage = Strategin på en sida
handout-actions = Åtgärdsprogram
handout-progress = Lägesrapport
handout-printed = Utskriven { $date }
handout-page = Sida { $page } / { $pages }
handout-today = I dag { $date }
handout-continued = fortsätter
handout-phases = Faser
handout-milestones = Milstolpar
handout-quarter = Kvartal { $q }
handout-quarter-short = Kv { $q }
handout-week = v. { $week }
handout-month-1 = januari
handout-month-2 = februari
handout-month-3 = mars
handout-month-4 = april
handout-month-5 = maj
handout-month-6 = juni
handout-month-7 = juli
handout-month-8 = augusti
handout-month-9 = september
handout-month-10 = oktober
handout-month-11 = november
handout-month-12 = december
handout-month-short-1 = jan
handout-month-short-2 = feb
handout-month-short-3 = mar
handout-month-short-4 = apr
handout-month-short-5 = maj
handout-month-short-6 = jun
handout-month-short-7 = jul
handout-month-short-8 = aug
handout-month-short-9 = sep
handout-month-short-10 = okt
handout-month-short-11 = nov
handout-month-short-12 = dec
handout-legend-kick-off = Start
handout-legend-council = Fullmäktige
handout-legend-board = Styrelse
handout-legend-evaluation = Utvärdering
handout-legend-milestone = Milstolpe
handout-legend-surfaced = { $theme } i fokus
handout-legend-event = Evenemang
handout-legend-today = I dag
handout-vision = Vision
handout-mission = Uppdrag
handout-slogan = Slogan
handout-values = Värderingar
handout-goals = Mål
handout-foundation = Grund
handout-actions-heading = Åtgärder
handout-col-action = Åtgärd
handout-col-owners = Ansvarig
handout-col-start = Börjar
handout-col-due = Slutar
handout-col-status = Läge
handout-no-actions = Inga åtgärder.
handout-status-counts = Åtgärdernas läge
handout-total = Totalt { $count }
handout-late-actions = Försenade
handout-no-late = Inga försenade åtgärder.
handout-indicators = Indikatorer
handout-col-indicator = Indikator
handout-col-baseline = Utgångsläge
handout-col-latest = Senaste
handout-col-target = Mål
handout-no-indicators = Inga indikatorer har ännu registrerats.
handout-deadlines = Kommande tidsfrister
handout-deadlines-late = Försenade och kommande tidsfrister
handout-no-deadlines = Inga kommande tidsfrister.
handout-next-evaluation = Nästa utvärdering
handout-no-evaluation = Nästa utvärdering är inte tidsatt.
handout-due-on = tidsfrist { $date }
handout-resource-unreadable = Den inbyggda resursen { $name } kunde inte läsas. Installera om Tiekartta.
handout-empty-range = Tidsintervallet { $from }–{ $to } slutar innan det börjar. Rätta åren.
handout-page-too-small = En sida på { $width } × { $height } pt är för liten för en utskrift. Välj ett större papper eller en bredare vy.
handout-pdf-font = Typsnittet { $name } kunde inte bäddas in i PDF-filen.
handout-pdf-no-pages = Utskriften har inga sidor.
handout-pdf-write = Det gick inte att skriva PDF-filen: { $detail }
cli-pdf-about = Skriv ut färdplanen, strategin på en sida, åtgärdsprogrammet eller lägesrapporten som PDF
cli-svg-about = Rita en utskrift som SVG (för skärmen och PowerPoint)
cli-handout-file = Strategifil (.tiekartta eller .json)
cli-handout-output = Filen som skrivs
cli-arg-kind = Utskrift: roadmap (färdplan), onepage (strategin på en sida), actions (åtgärdsprogram) eller progress (lägesrapport)
cli-arg-paper = Pappersstorlek: a3 eller a4
cli-arg-portrait = Stående
cli-arg-landscape = Liggande
cli-arg-from = Första året som visas
cli-arg-to = Sista året som visas
cli-arg-zoom = Färdplanens tidsenhet: year (år), quarter (kvartal), month (månad) eller week (vecka); standard väljs efter tidsintervallet
cli-arg-today = Dagen som räknas som i dag: 22.11.2026, 11/2026 eller 2026 (en månad eller ett år betyder dess första dag); standard är i dag
cli-arg-width = Rita skärmens färdplan med denna bredd (i pixlar) i stället för papper
cli-handout-written = Skrev { $path } ({ $pages } s.).
cli-handout-truncated = Förkortades eftersom det inte fick plats: ”{ $text }”

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
store-read-only = Filen { $path } är skrivskyddad och ersätts inte. Spara under ett annat namn eller ändra filens behörigheter.
store-replaced-unreadable = Filen { $path } har efter att den öppnades ersatts av en fil som inte kan läsas ({ $detail }). Inget skrevs över den; spara dina ändringar under ett annat namn.
store-replaced-by-other = Filen { $path } har efter att den öppnades ersatts av en annan strategi. Inget skrevs över den; spara dina ändringar under ett annat namn.
store-repaired-snapshot = Den sparade sammanfattningen i filen { $path } stämde inte med dess ändringshistorik. Strategin lästes från historiken; nästa sparning reparerar filen.
cli-save-merged = I filen { $file } hade { $count ->
    [one] en ändring
   *[other] { $count } ändringar
} sparats efter att den öppnades; { $count ->
    [one] den slogs
   *[other] de slogs
} samman före sparningen.
cli-save-merged-conflicts = { $count ->
    [one] { $count } konflikt kvar
   *[other] { $count } konflikter kvar
}: se tiekartta conflicts { $file }
store-unknown-author = (okänd)
history-create = { $time } { $author } skapade strategin (kopia { $copy })
history-edit = { $time } { $author } redigerade (kopia { $copy })
history-resolve = { $time } { $author } löste en konflikt (kopia { $copy })
history-more = { $count ->
    [one] …och { $count } till
   *[other] …och { $count } till
}
history-added = { $entity } ”{ $name }”: tillagd
history-changed = { $entity } ”{ $name }”: ändrad { $fields }
history-deleted = { $entity } ”{ $name }”: borttagen
history-resolved = { $entity } ”{ $name }”: valt { $fields }
merge-no-common-origin = Filerna { $a } och { $b } har inget gemensamt ursprung: de är inte kopior av samma projekt och kan inte slås samman. Importera den andra strategin som ett eget projekt (tiekartta import).
merge-too-few-copies = Minst två kopior behövs för en sammanslagning.
merge-unknown-conflict = Det finns ingen konflikt ”{ $id }”. Se konflikterna med: tiekartta conflicts FIL
merge-unknown-value = Konflikten ”{ $id }” har inget värde ”{ $value }”.
merge-write = Att skriva sammanslagningen i historiken misslyckades: { $detail }

## Sammanslagning på kommandoraden (merge, conflicts, resolve, log)
cli-merge-about = Slå samman kopior av samma projektfil till en
cli-merge-copies = Kopiorna som slås samman (.tiekartta), minst två
cli-merge-output = Den sammanslagna filen som skapas (.tiekartta); kopiorna rörs inte
cli-merge-output-is-input = Utfilen { $file } är en av kopiorna som slås samman. Ge ett nytt namn: kopiorna ändras inte.
cli-merge-from = Från kopian { $file }: { $count ->
    [0] inga nya ändringar
    [one] en ändring
   *[other] { $count } ändringar
}
cli-merge-done = Sammanslaget till { $file }. Inga konflikter.
cli-merge-done-conflicts = Sammanslaget till { $file }. { $count ->
    [one] En konflikt väntar på ditt val
   *[other] { $count } konflikter väntar på ditt val
}: tiekartta conflicts { $file }
cli-conflicts-about = Visa konflikterna som sammanslagningen lämnade
cli-conflicts-file = Projektfilen (.tiekartta)
cli-conflicts-none = Inga konflikter.
cli-conflicts-how = Välj ett värde med: tiekartta resolve FIL KONFLIKT --take VÄRDE
cli-conflict-field = Konflikt { $id }: { $entity } ”{ $name }”, fältet { $field } fick olika värden:
cli-conflict-moved = Konflikt { $id }: { $entity } ”{ $name }” flyttades till olika teman:
cli-conflict-edit-delete = Konflikt { $id }: { $entity } ”{ $name }” ändrades i en kopia och togs bort i en annan:
cli-conflict-both-added = Konflikt { $id }: { $entity } ”{ $name }” lades till i två kopior med olika innehåll:
cli-conflict-value = { "[" }{ $value }] { $text } ({ $authors }) { $default }
cli-conflict-default = — visas tills du väljer
cli-conflict-keep = behåll med ändringarna
cli-conflict-delete = ta bort
cli-conflict-nothing = (inget värde)
cli-resolve-about = Lös en konflikt genom att välja ett av dess värden
cli-resolve-file = Projektfilen (.tiekartta)
cli-resolve-conflict = Konfliktens id (tiekartta conflicts visar det)
cli-resolve-take = Id för värdet som väljs: 1, 2… eller keep / delete
cli-resolve-done = Konflikten { $id } är löst: { $value } valdes.
cli-resolve-left = { $count ->
    [one] En konflikt är ännu olöst
   *[other] { $count } konflikter är ännu olösta
}: tiekartta conflicts { $file }
cli-copies-about = Hitta konfliktkopior som en synktjänst (OneDrive, Dropbox, Nextcloud, Syncthing) lämnat bredvid filen och slå samman dem
cli-copies-file = Projektfil (.tiekartta)
cli-copies-merge = Slå samman kopiorna med filen och lägg dem sedan åt sidan (som NAMN.merged)
cli-copies-trash = Flytta sammanslagna kopior till papperskorgen i stället för att byta namn
cli-copies-none = Bredvid filen { $file } finns inga konfliktkopior av den.
cli-copies-found = Bredvid filen { $file } finns { $count ->
    [one] en konfliktkopia
   *[other] { $count } konfliktkopior
}:
cli-copies-hint = Slå samman dem med: tiekartta copies { $file } --merge
cli-copies-renamed = Kopian { $file } slogs samman och döptes om: { $to }
cli-copies-trashed = Kopian { $file } slogs samman och flyttades till papperskorgen.
cli-log-about = Visa ändringshistoriken: vem ändrade vad och när
cli-log-file = Projektfilen (.tiekartta)

## Fältens namn
field-id = identifierare
field-town = kommun
field-name = namn
field-period = strategiperiod
field-vision = vision
field-mission = mission
field-slogan = slogan
field-description = beskrivning
field-themeLabel = temanas benämning
field-valuesLabel = värderingarnas benämning
field-startingPoints = utgångspunkter
field-values = värderingar
field-themes = teman
field-foundation = verksamhetens grund
field-changeBy = förändringens tidshorisont
field-governance = ledning och uppföljning
field-actions = åtgärder
field-owners = ansvariga
field-documents = planer och program
field-phases = faser
field-milestones = milstolpar
field-indicators = mätare
field-events = evenemang
field-tagline = slogan
field-meaning = betydelse
field-points = betydelse punktvis
field-text = text
field-children = underpunkter
field-code = kod
field-color = färg
field-goals = mål
field-successFactors = framgångsfaktorer
field-changeShows = hur förändringen syns
field-theme = tema
field-goal = mål
field-start = början
field-due = tidsfrist
field-end = slut
field-status = status
field-statusHistory = statushistorik
field-kind = typ
field-role = roll
field-organisation = organisation
field-cadence = frekvens
field-parent = del av
field-surfaced = på ytan
field-date = datum
field-phase = fas
field-unit = enhet
field-direction = riktning
field-baseline = utgångsläge
field-target = målnivå
field-actuals = utfall
field-occurrences = tidsfristens status
field-value = värde
field-note = anmärkning
field-source = källa
field-place = plats
field-topics = ämnen
field-participants = deltagare
field-preparation = beredning
field-singular = singular
field-plural = plural

## UI: redigering av strategin (mål, framgångsfaktorer, dokument, statusändringar, värderingar)
app-add-goal = Lägg till mål
app-add-success-factor = Lägg till framgångsfaktor
app-move-up = Flytta upp
app-move-down = Flytta ner
app-edit-add-item = Lägg till: { $field }
app-edit-remove-item = Ta bort: { $field } ”{ $name }”
app-edit-reorder = Ordna: { $field }
app-kind = Typ
app-cadence = Periodicitet
app-unknown = okänd
app-cadence-once = en gång
app-cadence-yearly = årligen
app-cadence-councilTerm = varje fullmäktigeperiod
app-cadence-quarterly = kvartalsvis
app-cadence-monthly = månatligen
app-period-start = Perioden börjar
app-period-end = Perioden slutar
app-period = Period
app-status-note = Anmärkning till ändringen

## merge: text conflicts (store/merge helper)
cli-conflict-text = Konflikt { $id }: { $entity } ”{ $name }”, texten { $field } redigerades på samma ställe i olika kopior:
app-values-label = Värdenas benämning

## follow-up
followup-hint = En ny status förs in i statushistoriken med dagens datum. Öppna raden (▸) för att lägga till en anmärkning till ändringen eller rätta historiken.
followup-latest = Senaste ändring
followup-toggle = Statushistorik: { $name }
followup-history-label = Statusändringar för åtgärden ”{ $name }”
followup-no-changes = Inga statusändringar ännu. När du väljer en ny status förs ändringen in här.
followup-change-date = Ändringens datum
followup-change-note = Anmärkning
followup-note-placeholder = Varför ändrades statusen? (frivilligt)
followup-remove-change = Ta bort statusändringen { $date }
followup-edit-note = Redigera anmärkningen till en statusändring
followup-edit-date = Ändra datum för en statusändring
followup-edit-remove = Ta bort en statusändring
followup-keys = Enter: tillbaka till statusen · Esc: stäng raden

## roadmap documents
handout-documents-lane = Planer och rapporter
handout-legend-document-due = Planens eller rapportens deadline
handout-legend-document-period = Programmets eller planens period
handout-phase-period = (fas) { $period }

## Fel på kommandoraden
cli-error-unknown-option = Okänd flagga: { $option }.
cli-error-unknown-command = Okänt kommando: { $command }.
cli-error-did-you-mean = Menade du { $command }?
cli-error-invalid-value = Värdet { $value } passar inte för { $option }; möjliga värden: { $valid }.
cli-error-missing = Saknas: { $missing }.
cli-error-conflict = Flaggan { $option } kan inte användas tillsammans med { $other }.
cli-error-values = Fel antal värden för { $option }.
cli-error-other = Fel på kommandoraden: { $detail }

## Färdplanens faser och milstolpar
app-surfaced-themes = Teman som lyfts upp till ytan
app-add-item = Lägg till { $what }
app-new-item = Ny { $what }
app-owner-kind-person = Person
app-owner-kind-unit = Enhet
app-owner-kind-board = Organ
app-owner-kind-organisation = Organisation
app-owner-kind-group = Grupp
app-date-placeholder = t.ex. 9/2026
app-date-formats = Dag, månad eller år: 22.11.2026, 9/2026 eller 2026

## Synkserver
sync-bad-url = { $url } är inte en synkserveradress. Ange en som börjar med wss:// (eller ws:// på samma dator), till exempel wss://sync.kommun.fi
sync-credentials = Adressen { $url } innehåller ett användarnamn eller lösenord. Tiekartta sparar aldrig lösenord: ange adressen utan det; dokumentets id är nyckeln.
sync-bad-document-id = { $id } är inte ett dokument-id. Kopiera id:t som tiekartta share skrev ut.
sync-not-shared = { $path } är inte delad till en synkserver. Dela den först med: tiekartta share { $path } --server wss://…
sync-unreachable = Synkservern { $url } kan inte nås. Filen fungerar fortfarande offline; synka igen när servern är uppe.
sync-timeout = Synkservern { $url } svarade inte inom { $seconds ->
    [one] { $seconds } sekund
   *[other] { $seconds } sekunder
}. Inget gick förlorat; synka igen senare.
sync-not-found = Synkservern { $url } har inget dokument { $id }. Kontrollera id:t och att det delades till den här servern.
sync-other-strategy = Dokumentet { $id } på { $url } är en annan strategi, inte en kopia av den här.
sync-internal = Synkningen kunde inte köras: { $detail }
cli-share-about = Dela strategin till en synkserver; skriver ut dokumentets id och sparar det i filen
cli-share-file = Projektfil (.tiekartta)
cli-share-server = Synkserverns adress (wss://…)
cli-shared = { $file } är delad på { $server }. Dokument-id: { $id }
cli-shared-hint = Öppna den på annat håll med: tiekartta open-shared { $server } { $id } -o FIL
cli-sync-about = Synka filen en gång med dess synkserver: skicka ändringarna gjorda här, slå ihop de andras, spara
cli-sync-file = Projektfil (.tiekartta), delad med tiekartta share
cli-synced = { $file } är i takt med { $server }: { $sent } { $sent ->
    [one] ändring
   *[other] ändringar
} skickade, { $count } { $count ->
    [one] redigering
   *[other] redigeringar
} kom in.
cli-open-shared-about = Öppna en strategi som delats på en synkserver och spara den som projektfil
cli-open-shared-server = Synkserverns adress (wss://…)
cli-open-shared-id = Dokumentets id
cli-open-shared-output = Projektfilen som skrivs
cli-opened-shared = { $file } skrevs från { $server } ({ $count } { $count ->
    [one] redigering
   *[other] redigeringar
} i historiken).

## Live on a shared folder (src/session/shared.rs, the app's banner)
app-not-a-copy = Filen är inte en konfliktkopia av den öppna strategin.
app-edit-merge-copies = Sammanfoga konfliktkopior
app-came-in-summary = { $author } ändrade { $what ->
    [action] { $count ->
        [one] en åtgärd
       *[other] { $count } åtgärder
    }
   *[other] { $count ->
        [one] en punkt
       *[other] { $count } punkter
    }
}
app-came-in-notice = Ändringar sparades i { $name } någon annanstans; de är nu med.
app-copies-found = { $count ->
    [one] I mappen finns en konfliktkopia av den här strategin: { $names }
   *[other] I mappen finns { $count } konfliktkopior av den här strategin: { $names }
}
app-copies-merge = Sammanfoga
app-copies-dismiss = Hoppa över
app-copies-after = Kopiorna efter sammanfogningen
app-copies-after-rename = Byt namn (.merged)
app-copies-after-trash = Flytta till papperskorgen
app-copies-after-keep = Lämna kvar
app-copies-merged = Konfliktkopiorna sammanfogades och strategin sparades.
app-copies-not-saved = Kopiorna sammanfogades men kunde inte sparas; kopiorna lämnades kvar.

## PowerPoint
handout-pptx-write = Det gick inte att skriva PowerPoint-filen: { $detail }
cli-pptx-about = Spara färdplanen, strategin på en sida, åtgärdsprogrammet eller lägesrapporten som PowerPoint-presentation med redigerbara former
cli-arg-ratio = Bildformat: 16:9 eller 4:3
cli-png-about = Spara utskriftens sidor som PNG-bilder
cli-arg-dpi = Upplösning i punkter per tum (t.ex. 150 eller 300)
pptx-notes-page = { $title }, sida { $page }/{ $pages }
pptx-notes-strategy = Strategi: { $list }
pptx-notes-theme = Teman: { $list }
pptx-notes-goal = Mål: { $list }
pptx-notes-value = Värden: { $list }
pptx-notes-action = Åtgärder: { $list }
pptx-notes-milestone = Delmål: { $list }
pptx-notes-phase = Faser: { $list }
pptx-notes-indicator = Mätare: { $list }
pptx-notes-document = Planer och rapporter: { $list }
pptx-notes-event = Händelser: { $list }
pptx-notes-font = Typsnitt: Noto Sans, som på skärmen och i PDF:en. Om det inte är installerat använder presentationsprogrammet ett annat sanserift typsnitt och raderna kan bli något olika breda.
handout-png-too-large = Bilden skulle bli för stor ({ $width } × { $height } pixlar). Välj en lägre upplösning.
handout-png-draw = Det gick inte att rita bilden: { $detail }
## Uppföljningsrunda (round)
round-write = Arbetsboken kunde inte skrivas: { $detail }
round-not-workbook = { $file } är ingen Excel-arbetsbok (.xlsx). Spara den i Excel som Excel-arbetsbok (.xlsx) och importera igen.
round-too-large = { $file } är för stor (över { $max } MB). En återsänd arbetsbok kan inte vara så stor.
round-unreadable = Filen { $file } kunde inte läsas: { $detail }
round-not-round = { $file } är ingen arbetsbok från en uppföljningsrunda: uppgiften om rundan saknas. Be svararen fylla i den skickade arbetsboken.
round-other-strategy = { $file } kommer från en runda i en annan strategi och importerades inte.
round-place-file = { $file }
round-place-sheet = { $file }, blad { $sheet }
round-place-row = { $file }, blad { $sheet }, rad { $row }
round-place-cell = { $file }, blad { $sheet }, rad { $row }, kolumn { $column }
round-sheet-instructions = Anvisningar
round-sheet-actions = Åtgärder
round-sheet-indicators = Mätare
round-col-id = Id
round-col-path = Tema › mål
round-col-action = Åtgärd
round-col-owners = Ansvariga
round-col-start = Börjar
round-col-due = Klar senast
round-col-status-now = Status nu
round-col-note-now = Senaste anteckning
round-col-status-new = Ny status
round-col-note-new = Anteckning
round-col-percent = % klart
round-col-indicator = Mätare
round-col-unit = Enhet
round-col-baseline = Utgångsläge
round-col-target = Mål
round-col-actuals = Tidigare utfall
round-instructions-title = { $round }
round-instructions-for = Arbetsboken har skickats till { $owner } för uppföljningen av strategin { $strategy }.
round-instructions-actions = På bladet { $sheet }: välj den nya statusen för varje åtgärd i listan, skriv en kort anteckning och uppskatta hur många procent som är klart. Lämna tomt om inget har ändrats.
round-instructions-indicators = På bladet { $sheet }: skriv varje mätares utfall som ett tal i kolumnen för den efterfrågade perioden.
round-instructions-keep = Ta inte bort rader eller blad. Du kan sortera, filtrera och bredda kolumner fritt.
round-instructions-return = Spara arbetsboken och skicka tillbaka den senast { $deadline }: { $reply }
round-validation-status-title = Status ur listan
round-validation-status = Välj en status ur listan.
round-validation-percent = Skriv ett tal 0–100.
round-problem-too-many-rows = Bladet har för många rader (högst { $max }); resten lästes inte.
round-problem-sheet-missing = Bladet saknas eller har bytt namn; dess svar kunde inte läsas.
round-problem-too-long = Cellen har över { $max } tecken; den togs inte.
round-problem-formula = Cellen har en formel; formler beräknas inte. Skriv in värdet själv.
round-problem-unknown-row = Raden hör inte till rundan (id { $id }); den togs inte.
round-problem-row-missing = Raden saknas (id { $id }): den har tagits bort; dess svar finns inte.
round-problem-bad-status = ”{ $value }” är ingen status ur listan; statusen togs inte.
round-problem-percent = Procenten klart ska vara ett tal 0–100; den togs inte.
round-problem-not-number = ”{ $value }” är inget tal; det togs inte.
round-problem-gone = { $entity } { $id } finns inte längre i strategin; dess svar togs inte.
cli-round-about = Uppföljningsrunda: arbetsböcker till de ansvariga och deras svar tillbaka
cli-round-out-about = Skriv rundans arbetsbok för varje ansvarig
cli-round-out-name = Rundans namn, t.ex. ”Uppföljning hösten 2026”
cli-round-out-owner = Den ansvariges id (kan upprepas); som standard alla med åtgärder eller mätare
cli-round-out-period = Perioden vars utfall efterfrågas, t.ex. 2026 (kan upprepas); som standard innevarande år
cli-round-out-deadline = Sista dag för svaren, t.ex. 14.10.2026
cli-round-out-reply = Till vem svaret skickas
cli-round-out-dir = Mappen där arbetsböckerna skrivs
cli-round-out-done = Skrev { $file }: { $actions ->
    [one] { $actions } åtgärd
   *[other] { $actions } åtgärder
}, { $indicators ->
    [one] { $indicators } mätare
   *[other] { $indicators } mätare
}.
cli-round-in-about = Importera återsända arbetsböcker i projektet som de ansvarigas ändringar
cli-round-in-answers = Återsända arbetsböcker (.xlsx)
round-said-status = { $kind } ”{ $name }”: { $old } » { $new }
round-said-status-note = { $kind } ”{ $name }”: { $old } » { $new }, ”{ $note }”
round-said-note = { $kind } ”{ $name }”: { $new }, ”{ $note }”
round-said-actual = { $kind } ”{ $name }” { $period }: { $old } » { $new }{ $unit }
round-said-actual-new = { $kind } ”{ $name }” { $period }: { $new }{ $unit }
cli-round-in-taken = { $owner } ({ $file }):
cli-round-in-nothing = Svaren innehöll inget nytt.
cli-round-in-conflict = Konflikt: { $owner } svarade ”{ $answer }” för { $name } ({ $field }), men i projektet har värdet ändrats efter utskicket ”{ $sent }” → ”{ $project }”. Projektets värde behölls.
cli-round-in-done = Importerade { $file }.
cli-xlsx-about = Skriv hela åtgärdsprogrammet och mätarna som en Excel-arbetsbok
cli-xlsx-output = Arbetsboken som skrivs (.xlsx)
ics-action-due = Tidsfrist: { $name }
ics-document-due = Ska bli klar: { $name }
ics-owners = Ansvar: { $owners }
ics-month-last = Datumet är angivet per månad ({ $date }); utsatt på månadens sista dag.
ics-month-first = Datumet är angivet per månad ({ $date }); utsatt på månadens första dag.
ics-year-last = Datumet är angivet per år ({ $date }); utsatt på årets sista dag.
ics-year-first = Datumet är angivet per år ({ $date }); utsatt på årets första dag.
cli-ics-about = Skriv tidsfrister och milstolpar som en kalenderfil (.ics)
cli-ics-owner = Endast denna ansvarigas tidsfrister (id)
cli-ics-output = Kalenderfilen som skrivs (.ics)
cli-round-out-unknown-owner = Strategin har ingen ansvarig { $id }; inga arbetsböcker skrevs.

## Edits
edit-not-found = { $kind } ({ $id }) finns inte längre i strategin: den har kanske tagits bort. Vyn uppdateras.
edit-no-such-list = Listan { $list } finns inte på det här stället.
edit-invalid = { $kind } ”{ $name }”: värdet kan inte sparas ({ $detail }).
edit-theme-has-actions = ”{ $name }” kan inte tas bort: { $count ->
    [one] en åtgärd hör
   *[other] { $count } åtgärder hör
} till den. Flytta eller ta bort dem först.
edit-duplicate = { $kind } med id { $id } finns redan.

## Rounds in the project
entity-round = Uppföljningsomgång
cli-round-status-about = Visa vem som har svarat i omgången, och en påminnelse till dem som inte har det
cli-round-status-round = Omgångens namn; som standard den senast utskickade
cli-round-out-recorded = Omgången ”{ $name }” registrerades i projektet { $file }.
cli-round-in-choose = { $count ->
    [one] Ett värde väntar på ett val
   *[other] { $count } värden väntar på ett val
}: visa dem med tiekartta conflicts { $file } och välj med tiekartta resolve.
round-status-round = Omgången ”{ $name }”, utskickad { $sent }: svarat { $answered }/{ $asked }.
round-status-deadline = Svaren senast { $deadline }.
round-status-answered = { $owner }: utskickad { $sent }, svarade { $received }, { $changed ->
    [0] inga värden ändrades
    [one] ett värde ändrades
   *[other] { $changed } värden ändrades
}.
round-status-waiting = { $owner }: utskickad { $sent }, har inte svarat ännu.
round-status-choices = { $count ->
    [one] ett värde väntar på ett val (tiekartta conflicts)
   *[other] { $count } värden väntar på ett val (tiekartta conflicts)
}
round-status-reminder = Påminnelse till { $owner } (kopiera till e-post):
round-status-unknown = Projektet har ingen omgång ”{ $name }”. Omgångar: { $names }
round-status-none = Projektet har ännu inga uppföljningsomgångar. Skicka en med tiekartta round out.
round-reminder-greeting = Hej { $owner },
round-reminder-asked = den { $sent } skickade jag arbetsboken för uppföljningsomgången ”{ $round }” av strategin ”{ $strategy }”, med frågor om läget för { $actions ->
    [one] en åtgärd
   *[other] { $actions } åtgärder
} och utfallet för { $indicators ->
    [one] en indikator
   *[other] { $indicators } indikatorer
}. Ditt svar har inte kommit ännu.
round-reminder-body = Fyll i arbetsboken och skicka tillbaka den senast { $deadline }.
round-reminder-body-soon = Fyll i arbetsboken och skicka tillbaka den så snart som möjligt.
round-reminder-reply = Skickas till: { $reply }
round-reminder-reply-sender = Svara på det här meddelandet.
round-reminder-thanks = Tack!
## Draft and new strategy
draft-too-large = { $file } är för stor (över { $max } MB) för ett utkast.
draft-not-docx = { $file } är inte ett Word-dokument (.docx). Spara det i Word som Word-dokument (.docx) eller klistra in texten som en .txt-fil.
draft-unreadable = Filen { $file } kunde inte läsas för ett utkast: { $detail }
cli-draft-about = Gör ett utkast till strategi av text, Markdown eller ett Word-dokument
cli-draft-file = .txt-, .md- eller .docx-fil att läsa
cli-draft-output = JSON-utkast att skriva (- = standard ut)
cli-draft-not-understood = Rad { $line }: inte förstådd: { $text }
cli-draft-summary = Utkast { $file }: { $placed } { $placed ->
        [one] rad placerad
        *[other] rader placerade
    }, { $missed } { $missed ->
        [one] rad inte förstådd
        *[other] rader inte förstådda
    }. Rätta utkastet innan du importerar det.
cli-new-about = Skapa en tom strategi för en fullmäktigeperiod
cli-new-town = Kommunens eller stadens namn
cli-new-years = Fullmäktigeperiodens år, t.ex. 2025-2029
cli-new-theme-word = Vad teman kallas (t.ex. helmi, aalto, kärki)
cli-new-output = .tiekartta-fil att skapa
cli-new-bad-years = Åren { $years } kunde inte läsas. Skriv första och sista året, t.ex. 2025-2029.
cli-new-name = { $town }: strategi { $years }
cli-new-done = Skapade en tom strategi { $file }.
## Desktop: menu bar, context menus, dropped files
menu-file = Arkiv
menu-new = Ny
menu-open = Öppna…
menu-recent = Senaste
menu-recent-none = Inga senaste filer
menu-save = Spara
menu-save-as = Spara som…
menu-export-pdf = Exportera PDF…
menu-close = Stäng
menu-quit = Avsluta
menu-edit = Redigera
menu-undo = Ångra
menu-redo = Gör om
menu-delete = Ta bort
menu-view = Visa
menu-text-bigger = Större text
menu-text-smaller = Mindre text
menu-text-plain = Standardstorlek
menu-help = Hjälp
menu-shortcuts = Kortkommandon
menu-about = Om
ctx-edit = Redigera
ctx-done = Markera som klar
ctx-delete = Ta bort
ctx-new-action = Ny åtgärd här
ctx-label = Åtgärder: { $name }
app-edit-done = Markerad som klar: { $name }
app-drop-copy-question = { $name } är en kopia av den öppna strategin. Ska dess ändringar sammanfogas, eller ska den öppnas som den är?
app-drop-merge = Sammanfoga
app-drop-open = Öppna
app-quit-question = Avsluta Tiekartta?
app-about-text = Tiekartta { $version }: kommunens strategi och dess färdplan för planering och uppföljning.
app-text-scale = Textstorlek { $percent } %
key-text = Större / mindre text i färdplanen, standardstorlek
key-menu = Åtgärdsmeny för det valda
key-quit = Avsluta

## New blank strategy in the app
app-new-blank = Ny strategi
app-new-blank-years = År (t.ex. 2025–2029)
app-new-blank-theme-word = Vad teman kallas (valfritt)
app-new-blank-create = Skapa en tom strategi

## Follow-up round in the app
app-view-rounds = Uppföljningsrunda
app-round-needs-project = Spara strategin först som Tiekartta-fil: uppföljningsrundan registreras i den.
app-edit-round-answer = Svar i uppföljningsrundan
app-round-conflict-kept = { $owner }: ”{ $name }” hade ändrats även i projektet; projektets värde gäller.
app-round-folder-title = Mapp där rundans arbetsböcker skrivs
app-round-answers-title = Returnerade arbetsböcker
app-round-new = Ny runda
app-round-name = Rundans namn
app-round-name-placeholder = t.ex. Uppföljning hösten 2026
app-round-deadline = Svar senast
app-round-reply-to = Svaren till
app-round-periods = Mätarnas perioder som efterfrågas
app-round-periods-hint = t.ex. 2026; flera åtskilda med komma
app-round-lang = Arbetsböckernas språk
app-round-owners = Vem tillfrågas
app-round-owner-asks = { $actions ->
    [one] 1 åtgärd
   *[other] { $actions } åtgärder
  }, { $indicators ->
    [one] 1 mätare
   *[other] { $indicators } mätare
  }{ $reports ->
    [0] {""}
    [one] {" "}· 1 rapport
   *[other] {" "}· { $reports } rapporter
  }
app-round-send = Skriv arbetsböckerna i en mapp…
app-round-sent = { $count ->
    [one] 1 arbetsbok skrevs
   *[other] { $count } arbetsböcker skrevs
  } i mappen { $folder }, och rundan sparades i filen.
app-round-take = Hämta returnerade arbetsböcker…
app-round-drop-hint = Returnerade arbetsböcker kan också släppas i fönstret.
app-round-taken-heading = Svaren har tagits emot
app-round-taken = { $owner } ({ $file }): { $count ->
    [one] 1 ändring
   *[other] { $count } ändringar
  }
app-round-nothing = Svaren innehöll inget nytt.
app-round-problems = Dessa kunde inte tas emot
app-round-waiting = { $count ->
    [one] 1 värde väntar på ett val, eftersom det hade ändrats även i projektet.
   *[other] { $count } värden väntar på ett val, eftersom de hade ändrats även i projektet.
  }
app-round-choose = Välj i vyn Sammanfoga
app-round-list = Skickade rundor
app-round-none = Ingen runda har skickats ännu.
app-round-summary = Skickad { $sent } · svarat { $answered }/{ $owners }
app-round-summary-deadline = Skickad { $sent } · svar senast { $deadline } · svarat { $answered }/{ $owners }
app-round-col-owner = Ansvarig
app-round-col-asked = Efterfrågat
app-round-col-answered = Svarat
app-round-col-changed = Ändringar
app-round-col-waiting = Väntar på val
app-round-col-remind = Påminnelse
app-round-not-answered = inte ännu
app-round-remind = Visa påminnelse
app-round-remind-text = Påminnelse till { $owner }
app-round-copy = Kopiera
app-round-copied = Kopierat till urklipp.
app-drop-answer-question = Ta emot { $name } som svar i uppföljningsrundan?
app-drop-take-answer = Ta emot
field-answers = svar
field-choices = val

## Sync server in the app
app-sync-needs-project = Spara strategin först som Tiekartta-fil: filens ändringshistorik delas till servern.
app-edit-synced = Ändringar från servern
app-sync-open-title = Spara serverns strategi som fil
app-sync-title = Synkroniseringsserver
app-sync-hint = När strategin delas till en server synkroniseras allas öppna kopior med några sekunders mellanrum, och filen fungerar också utan anslutning.
app-sync-server = Serverns adress
app-sync-share = Dela till servern
app-sync-shared = Delad till servern { $server }.
app-sync-document = Dokumentets id
app-sync-document-hint = Ge id:t bara till dem som får redigera strategin: med det kan den öppnas.
app-sync-now = Synkronisera nu
app-sync-done = Synkroniserat: inget nytt från servern.
app-sync-came = Ändringar kom från servern: { $summary }
app-sync-failing = Synkroniseringen lyckas inte: { $message } Ändringarna stannar i filen och skickas när anslutningen är tillbaka.
app-sync-back = Anslutningen till servern är tillbaka.
app-sync-open = Öppna från servern…
app-sync-open-id = Dokumentets id

## Draft in the app
app-draft-start = Hämta strategin från text…
app-draft-title = Hämta strategin från text
app-draft-hint = Klistra in strategin från Word, PowerPoint eller en PDF, eller öppna en .txt-, .md- eller .docx-fil. Varje rad visas bredvid det den tolkades som; rätta texten tills utkastet stämmer och ta det sedan som strategi.
app-draft-open = Öppna fil…
app-draft-open-title = Strategin som text eller Word-fil
app-draft-text = Strategins text
app-draft-lines = Vad raderna blev
app-draft-summary = { $placed ->
    [one] 1 rad tolkades
   *[other] { $placed } rader tolkades
  }, { $missed ->
    [0] allt förstods.
    [one] 1 rad förstods inte.
   *[other] { $missed } rader förstods inte.
  }
app-draft-counts = { $themeWord }: { $themes } · mål: { $goals } · värden: { $values } · åtgärder: { $actions } · ansvariga: { $owners }
app-draft-not-understood = förstods inte
app-draft-heading = Rubrik
app-draft-accept = Ta utkastet som strategi
app-draft-cancel = Avbryt
app-draft-empty = Klistra in eller öppna en text, så visas utkastet här.
## Late and recurring (issue 13, items 2–4): one rule of late, every occurrence.
handout-at-risk-actions = I riskzonen
handout-legend-late = Försenad
handout-legend-at-risk = I riskzonen
cli-info-late = Försenade:
cli-info-at-risk = I riskzonen:
field-occurrence = tillfälle
followup-occurrences = Tidsfrister och utvärderingar
followup-occurrence-status = { $name } { $date }: status
followup-not-recorded = – inte registrerad –
followup-no-actions = Det finns inga åtgärder ännu: de läggs till i vyn Strategi under ett tema eller genom att dra på vägkartans körfält.
followup-no-indicators = Det finns inga mätare ännu: en mätare läggs till i vyn Strategi, och dess utfall registreras här.
followup-to-strategy = Öppna Strategi
handout-success-factors = Framgångsfaktorer
handout-milestones = Milstolpar
problem-future-actual = utfallet är daterat i framtiden ({ $date }): kontrollera året.
handout-occurrences = Återkommer: { $dates }
handout-next-deadlines = Tidsfrister: { $list }
## Council snapshots, changes since the last meeting, the council deck
entity-snapshot = Läge
store-snapshot-unknown = Läget { $id } finns inte i den här filen. Se de sparade: tiekartta snapshot FIL --list
store-snapshot-ambiguous = Flera lägens id börjar med { $id }. Ge ett längre id.
store-no-snapshots = Inga lägen har sparats i filen ännu. Spara först: tiekartta snapshot FIL --meeting "Stadsfullmäktige 14.12.2026, § 87"
store-snapshot-heads = Lägets punkt i historiken hittas inte: { $detail }
handout-snapshot = Läge { $id } · { $meeting }
cli-snapshot-about = Spara i filen ett läge för ett möte (vad som visades och var i historiken)
cli-snapshot-file = Projektfil (.tiekartta)
cli-snapshot-meeting-name = MÖTE
cli-arg-meeting = Mötet: "Stadsfullmäktige 14.12.2026, § 87"
cli-arg-snapshot-date = Mötets datum (i dag om inget anges)
cli-arg-handouts = Handouterna som gjordes för mötet, åtskilda med komma
cli-arg-snapshot-list = Lista de sparade lägena
cli-arg-snapshot = Skriv ut ett sparat läge (id eller latest); sidfoten anger lägets id
cli-arg-ghost = Rita lägets tidtabeller som bleka staplar bredvid åtgärder som flyttats
cli-snapshot-none = Inga lägen har sparats.
cli-snapshot-no-meeting = Ange mötet: --meeting "Stadsfullmäktige 14.12.2026, § 87"
cli-snapshot-recorded = Läge { $id } sparat: { $meeting }
cli-snapshot-line = { $id }  { $date }  { $meeting }  { $handouts }
cli-changes-about = Visa ändringar sedan förra behandlingen: vad som ändrats från ett läge till nu (eller till ett annat läge)
cli-changes-file = Projektfil (.tiekartta)
cli-changes-output = Skriv handouten hit (.pdf, .pptx, .svg eller .png); utan detta som text
cli-arg-since = Läget att jämföra från (id eller latest)
cli-arg-until = Läget att jämföra till (nu om inget anges)
cli-changes-extension = { $path }: filändelsen anger formatet: .pdf, .pptx, .svg eller .png.
changes-title = Ändringar sedan förra behandlingen
changes-point = { $meeting } (läge { $id }, { $date })
changes-now = nu
changes-range = { $since } → { $until }
changes-none = Inga ändringar.
changes-added = Nya åtgärder
changes-removed = Borttagna åtgärder
changes-moved = Åtgärder flyttade till ett annat tema
changes-rescheduled = Ändrad tidtabell
changes-statuses = Ändrad status
changes-actuals = Nya utfall för mätare
changes-reworded = Omformulerat
changes-action = { $name } ({ $theme })
changes-change = { $name }: { $old } → { $new }
changes-actual = { $name }: { $date } { $value } { $unit }
changes-text-value = Värdering: { $name }
changes-text-goal = Mål: { $name }
changes-no-dates = ingen tidtabell
changes-old = Förut
changes-new = Nu
changes-now-done = { $count ->
    [one] 1 åtgärd blev klar
   *[other] { $count } åtgärder blev klara
}
changes-now-late = { $count ->
    [one] 1 försenad
   *[other] { $count } försenade
}
changes-now-at-risk = { $count ->
    [one] 1 i riskzonen
   *[other] { $count } i riskzonen
}
changes-now-on-track = { $count ->
    [one] 1 framskrider
   *[other] { $count } framskrider
}
changes-now-not-started = { $count ->
    [one] 1 ej påbörjad
   *[other] { $count } ej påbörjade
}
handout-deck = Presentation för fullmäktige
deck-indicator = Senast { $latest } · mål { $target }
deck-indicators = Mätare
deck-more-actions = { $count ->
    [one] och 1 annan åtgärd
   *[other] och { $count } andra åtgärder
}
deck-more-indicators = { $count ->
    [one] och 1 annan mätare
   *[other] och { $count } andra mätare
}
deck-no-actions = Inga åtgärder.
deck-no-deadlines = Inga kommande tidsfrister.
handout-legend-ghost = Tidtabell i läge { $id }
## The desktop for everyone (issue 15: accessibility, the roadmap's bars, printing)
bar-label = { $name } · { $owners } · { $dates } · { $status }
bar-label-late = { $name } · { $owners } · { $dates } · { $status }, försenad
bar-no-owner = ingen ansvarig
bar-no-dates = inga datum
bar-dates = { $start }–{ $due }
bar-from = från { $start }
bar-until = senast { $due }
app-roadmap-label = Färdplan: piltangenterna väljer en åtgärd, Enter redigerar, Skift+F10 öppnar menyn
app-roadmap-none-selected = Ingen åtgärd vald
ctx-copy = Kopiera
app-edit-copy = Kopierad: { $name }
app-copy-name = { $name } (kopia)
app-print = Skriv ut…
app-printing = Skriver ut: { $name }
app-print-failed = Utskriften misslyckades: { $reason }
key-print = Skriv ut handouten
## Excel in: an action list into a strategy (tiekartta import LIST.xlsx)
list-field-theme = tema
list-field-goal = mål
list-field-action = åtgärd
list-field-owner = ansvarig
list-field-start = börjar
list-field-due = klar
list-field-status = status
list-field-none = (används inte)
list-no-list = { $file } har ingen åtgärdslista: inget blad börjar med en rubrikrad som har en åtgärdskolumn (t.ex. ”Åtgärd”, ”Toimenpide” eller ”Action”) och någon annan känd kolumn.
list-problem-no-theme = Raden har en åtgärd, men dess tema anges varken på raden eller ovanför; raden togs inte med.
list-problem-no-action = Raden har inget namn på en åtgärd; raden togs inte med.
list-problem-bad-date = ”{ $value }” är inget datum (t.ex. 15.3.2026, 3/2026 eller 2026); datumet togs inte med.
list-problem-due-before-start = Slutdatumet ligger före starten; slutdatumet togs inte med.
list-problem-duplicate = Samma åtgärd under samma tema finns redan på rad { $row }; raden togs inte med en gång till.
cli-import-list-file = JSON-filen eller åtgärdslistan som läses (.xlsx, .csv)
cli-import-into = Lägg till listans nya åtgärder i denna projektfil som en enda ändring
cli-import-preview = Visa bara vad som hittades i listan; skriv ingenting
cli-import-preview-sheet = Bladet ”{ $sheet }”, rubrikrad { $row }, åtgärdsrader { $rows }:
cli-import-preview-column = { $column } ”{ $header }” → { $field }
cli-import-preview-new = Nytt: teman { $themes }, mål { $goals }, åtgärder { $added }, ansvariga { $owners }.
cli-import-preview-existing = Redan i strategin: teman { $themes }, mål { $goals }, åtgärder { $added }, ansvariga { $owners }.
cli-import-preview-updated = { $count ->
    [one] 1 åtgärd uppdateras:
   *[other] { $count } åtgärder uppdateras:
}
list-update = Rad { $row }: ”{ $name }”: { $changes }
list-update-value = { $field } { $old } » { $new }
cli-import-preview-problems = Rader eller celler som inte förstods: { $rows }.
cli-import-preview-only = Ingenting skrevs. Ange -o NY.tiekartta för att skapa en strategi eller --into FIL.tiekartta för att lägga till i en befintlig.
cli-import-into-done = Tillagt i { $file } som en enda ändring.
cli-import-into-nothing = Listan hade inget nytt för { $file }.
cli-import-list-about = Skapa en projektfil av en JSON-fil eller en åtgärdslista (.xlsx, .csv), eller lägg till listan i en befintlig
list-field-path = tema › mål

## The model grows (issue 13, item 5): owner roles, an indicator's goal, target rules
app-owner-kind-role = Tjänst eller roll
handout-indicator-goal = Mål: { $goal }
handout-target-per-year = per år
handout-target-from = från { $date }
field-kinds = typer
field-visionYear = visionens år
field-targetRule = målnivå
field-percent = procent per år
field-from = från

## Council meetings in the app
app-snapshot-needs-project = Spara strategin först som Tiekartta-fil: behandlingens läge registreras i den.
app-snapshot-needs-meeting = Ange mötets namn, t.ex. Stadsfullmäktige 14.12.2026, § 87.
app-council-title = Behandlingar i fullmäktige
app-council-hint = Registrera läget när strategin förs till ett möte: utskrifternas sidfot anger dess id, och senare ser du vad som har ändrats sedan dess.
app-council-meeting = Möte
app-council-date = Datum
app-council-record = Registrera behandlingen
app-council-none = Ingen behandling har registrerats ännu.
app-council-changes = Ändringar sedan denna behandling
app-council-nothing = Inget har ändrats sedan denna behandling.

## The print view in front of the council: the changes handout, as it stood at a snapshot, ghost bars, PowerPoint and PNG
app-handout-changes = Ändringar sedan förra behandlingen
app-handout-deck = Presentation för fullmäktige
app-print-changes-range = Ändringar
app-print-no-meetings = Registrera först en behandling (nedan eller i vyn Sammanfoga): ändringarna listas från den.
app-print-since = Efter behandlingen
app-print-latest = Senaste behandlingen
app-print-until = Fram till behandlingen
app-print-now = Nuvarande läge
app-print-state = Läge
app-print-as-of = Strategin som den var vid
app-print-ghost = Spökstaplar: tidtabellen vid behandlingen
app-print-no-ghost = Inga spökstaplar
app-print-for-meeting = Till ett möte
app-print-meeting-hint = Registrera läget för mötet: handouten skrivs ut enligt det, och sidfoten anger dess id.
app-print-record = Registrera läget för mötet
app-print-recorded = Läget { $id } registrerat och sparat i filen.
app-save-pptx = Spara PowerPoint…
app-slide-shape = Bildformat
app-save-png = Spara PNG…
app-png-dpi = Upplösning
app-handout-saved = Sparad: { $name }
app-pptx-title = Spara PowerPoint
app-print-preview = Förhandsvisning
app-png-title = Spara PNG-bild
changes-renamed = Nya namn
changes-text-theme = Tema
changes-text-action = Åtgärd ({ $theme })
changes-text-indicator = Mätare
changes-text-indicator-in = Mätare ({ $theme })

## Handouts fill their page (fill): a theme without actions in the action plan
handout-col-content = Temats innehåll
handout-col-kind = Vad
handout-doc-plan = Plan
handout-doc-report = Rapport
handout-doc-programme = Program
## A blank strategy walked through, and an action list brought in (issues 13 and 12, item 5)
app-new-owner-for-action = Ny ansvarig
app-add-owner-to-action = Lägg till
app-list-edit = Åtgärdslistan importerad: { $file }
app-list-none = Ingen åtgärdslista har förhandsgranskats. Välj listan på nytt.
app-list-start = Importera en åtgärdslista (Excel)…
menu-import-list = Importera en åtgärdslista…
app-list-open-title = Välj en åtgärdslista (.xlsx, .csv)
app-list-title = Import av åtgärdslista
app-list-into-open = Listan förs in i strategin ”{ $name }” som en ändring som kan ångras.
app-list-into-new = Av listan görs en ny strategi som ännu inte har sparats.
app-list-sheet = { $file }: bladet ”{ $sheet }”, rubrikrad { $row }
app-list-columns = Vad varje kolumn är
app-list-column = Kolumn
app-list-header = Rubrik
app-list-read-as = Läst som
app-list-actions = Åtgärder som läggs till
app-list-updates = Åtgärder som ändras (gammalt » nytt; en tom cell ändrar ingenting)
app-list-no-actions = Listan har inga nya åtgärder.
app-list-new-mark = ny
app-list-problems = Rader och celler som inte förstods (de lämnas bort, resten importeras)
app-list-place-cell = rad { $row }, kolumn { $column }
app-list-place-row = rad { $row }
app-list-place-file = filen
app-list-accept = Importera till strategin
app-list-accept-new = Skapa en strategi av listan
app-list-nothing = Listan har inget nytt eller ändrat för denna strategi.
app-list-done = Åtgärdslistan { $file } importerad som en ändring.
## The follow-up round asks the next occurrence of recurring reports (issue 12, item 1)
round-sheet-reports = Rapporter
round-col-document = Plan eller rapport
round-col-occurrence = Nästa förfallodag
round-instructions-reports = I bladet { $sheet }: välj status för nästa förfallodag för varje återkommande rapport eller plan i listan och skriv vid behov en kort kommentar.
round-status-reports = { $count ->
    [one] Nästa förfallodag för en återkommande rapport efterfrågades.
   *[other] Nästa förfallodag för { $count } återkommande rapporter efterfrågades.
}
