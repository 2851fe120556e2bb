# Tiekartta — suomi (oletuskieli).
# Yksi luettelo: ydin, komentorivi ja käyttöliittymä lukevat tämän saman tiedoston.

## Mallin virheet
model-invalid-date = ”{ $text }” ei ole päivämäärä. Kirjoita esimerkiksi 2030, 9/2018 tai 16.5.2017.
model-end-before-start = Loppu { $end } on ennen alkua { $start }.

## Vakavuus ja kohteet
severity-error = Virhe
severity-warning = Varoitus
problem-subject = { $entity } ”{ $name }” ({ $id })
entity-strategy = Strategia
entity-starting-point = Lähtökohta
entity-value = Arvo
entity-bullet = Arvon kohta
entity-theme = Teema
entity-goal = Tavoite
entity-success-factor = Menestystekijä
entity-foundation = Kivijalan osa
entity-action = Toimenpide
entity-status-change = Tilamuutos
entity-owner = Vastuutaho
entity-document = Suunnitelma tai ohjelma
entity-phase = Vaihe
entity-milestone = Virstanpylväs
entity-indicator = Mittari
entity-event = Tapahtuma
entity-topic = Aihe

## Tarkistuksen ongelmat
problem-empty-name = nimi puuttuu. Anna nimi.
problem-text-too-long = kentässä { $field } on { $len } merkkiä; enintään { $max } sallitaan. Lyhennä tekstiä.
problem-end-before-start = loppu { $end } on ennen alkua { $start }. Korjaa päivämäärät.
problem-outside-period = päivämäärä { $date } on strategiakauden { $period } ulkopuolella.
problem-dangling-reference = kenttä { $field } viittaa kohteeseen ”{ $target }”, jota ei ole.
problem-duplicate-id = tunniste ”{ $id }” on käytössä useammin kuin kerran.
problem-malformed-id = tunniste ”{ $id }” ei kelpaa (kirjaimet, numerot, . _ - ja enintään 64 merkkiä).
problem-bullet-too-deep = kohdat voivat olla enintään kahdella tasolla.
problem-invalid-color = väri ”{ $color }” ei ole muotoa #rrggbb.
problem-duplicate-actual = kahdella toteumalla on sama päivämäärä { $date }.
problem-too-many = { $count } kohdetta; enintään { $max } sallitaan.

## Tilat
status-not-started = Ei aloitettu
status-on-track = Etenee
status-at-risk = Riskissä
status-late = Myöhässä
status-done = Valmis

## JSON
json-not-json = Tiedosto ei ole kelvollista JSONia (rivi { $line }, sarake { $column }).
json-not-tiekartta = Tiedosto on JSONia, mutta ei Tiekartan strategia. Vie strategia Tiekartasta tai tarkista tiedosto.
json-newer-version = Tiedosto on tehty uudemmalla Tiekartalla (muotoversio { $found }); tämä versio lukee versioon { $supported } asti. Päivitä Tiekartta.
json-wrong-shape = Strategian rakenne ei vastaa odotettua (rivi { $line }, sarake { $column }): { $detail }
json-too-large = Tiedosto on liian suuri ({ $size } tavua; enintään { $max }).

## Tiedostot
io-not-found = Tiedostoa { $path } ei löydy.
io-permission-denied = Tiedostoon { $path } ei ole oikeuksia.
io-other = Tiedoston { $path } käsittely epäonnistui: { $detail }
