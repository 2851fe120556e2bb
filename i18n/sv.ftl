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
