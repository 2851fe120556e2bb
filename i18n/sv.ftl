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
