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
problem-too-many = { $count ->
    [one] { $count } kohde
   *[other] { $count } kohdetta
}; enintään { $max } sallitaan.

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
json-wrong-shape = Strategian rakenne ei vastaa odotettua ({ $count ->
    [one] 1 ongelma
   *[other] { $count } ongelmaa
  }):
    { $problems }
json-shape-in = { $entity }: { $problem }
json-shape-in-named = { $entity } ”{ $name }”: { $problem }
json-shape-unknown-field = tuntematon kenttä { $field } (kirjoitusvirhe?)
json-shape-missing-field = kenttä { $field } puuttuu
json-shape-not-a-date = kentän { $field } ”{ $text }” ei ole päivämäärä (kirjoita esim. 2030, 9/2018, 16.5.2017 tai 2026-05-16)
json-shape-unknown-value = kentän { $field } arvoa ”{ $value }” ei tunneta
json-shape-wrong-type = kentässä { $field } pitäisi olla { $expected }
json-shape-other = kenttä { $field }: { $detail }
json-kind-text = teksti
json-kind-list = luettelo
json-kind-number = luku
json-kind-bool = true tai false
json-kind-object = kohde, jolla on kentät
json-too-large = Tiedosto on liian suuri ({ $size } tavua; enintään { $max }).

## Tiedostot
io-not-found = Tiedostoa { $path } ei löydy.
io-permission-denied = Tiedostoon { $path } ei ole oikeuksia.
io-other = Tiedoston { $path } käsittely epäonnistui: { $detail }

## Komentorivi
cli-about = Tiekartta: kaupungin strategian suunnittelu ja seuranta komentoriviltä.
cli-usage = Käyttö:
cli-options = Valitsimet
cli-commands = Komennot
cli-arguments = Argumentit
cli-command = KOMENTO
cli-file = TIEDOSTO
cli-date = PÄIVÄ
cli-name = NIMI
cli-arg-help = Näytä ohje
cli-arg-lang = Kieli: fi (suomi), sv (ruotsi) tai en (englanti)
cli-arg-author = Muutosten tekijä historiaan (oletus: TIEKARTTA_AUTHOR tai käyttäjätunnus)
cli-arg-force = Korvaa olemassa oleva tiedosto (edellinen jää .bak-varmuuskopioksi)
cli-usage-error = Komento on virheellinen. Katso ohje: tiekartta --help
cli-exists = Tiedosto { $file } on jo olemassa. Valitse toinen nimi tai käytä valitsinta --force.
cli-check-about = Tarkista projektitiedosto (.tiekartta) tai JSON-tiedosto
cli-check-file = Tarkistettava .tiekartta- tai .json-tiedosto
cli-check-valid = { $file } on kunnossa{ $warnings ->
    [0] .
    [one] ; yksi varoitus.
   *[other] ; { $warnings } varoitusta.
}
cli-check-invalid = { $file }: { $errors ->
    [one] yksi virhe
   *[other] { $errors } virhettä
}, { $warnings ->
    [one] { $warnings } varoitus
   *[other] { $warnings } varoitusta
}.
cli-export-about = Vie strategia JSON-muotoon
cli-export-file = Vietävä .tiekartta- tai .json-tiedosto
cli-export-output = Kirjoitettava JSON-tiedosto
cli-export-done = Kirjoitettu { $file }.
cli-import-about = Luo projektitiedosto JSON-tiedostosta
cli-import-file = Luettava JSON-tiedosto
cli-import-output = Luotava .tiekartta-tiedosto
cli-import-invalid = Tiedostoa { $file } ei tuotu, koska siinä on virheitä.
cli-import-done = Luotu { $file }.
cli-info-about = Näytä strategian yhteenveto
cli-info-file = .tiekartta- tai .json-tiedosto
cli-info-title = { $town }: { $name }
cli-info-period = Strategiakausi: { $period }
cli-info-counts = Arvot: { $values }, { $themeWord }: { $themes }, tavoitteet: { $goals }, toimenpiteet: { $actions }, mittarit: { $indicators }, suunnitelmat: { $plans }, raportit: { $reports }, ohjelmat: { $programmes }, vaiheet: { $phases }, virstanpylväät: { $milestones }.
cli-info-upcoming = Seuraavat määräajat:
cli-info-no-upcoming = Ei tulevia määräaikoja.
cli-update-about = Tuo muokatun JSON-tiedoston muutokset projektitiedostoon muutoksina
cli-update-file = Päivitettävä .tiekartta-tiedosto
cli-update-from = Muokattu JSON-tiedosto
cli-update-invalid = Muutoksia ei tuotu, koska tiedostossa { $file } on virheitä.
cli-update-done = Päivitetty { $file }: lisätty { $added }, muutettu { $changed }, poistettu { $deleted }.

## UI (sovellus)
app-new = Uusi
app-open = Avaa…
app-import = Tuo JSON…
app-save = Tallenna
app-save-as = Tallenna nimellä…
app-close = Sulje
app-close-dialog = Sulje
app-cancel = Peruuta
app-discard = Hylkää muutokset
app-dismiss = Selvä
app-settings = Asetukset
app-language = Kieli
app-lang-fi = Suomi
app-lang-sv = Svenska
app-lang-en = English
app-author = Nimesi (tallentuu muutoshistoriaan)
app-author-hint = Nimi näkyy, kun kopioita yhdistetään.
app-untitled = Nimetön
app-open-title = Avaa strategia
app-import-title = Tuo strategia JSON-tiedostosta
app-save-title = Tallenna strategia
app-no-document = Yhtään strategiaa ei ole auki.
app-no-recovery = Palautettavaa työtä ei löytynyt.
app-not-recent = Tiedosto ei ole viimeksi avattujen listalla. Avaa se Avaa-valinnalla.
app-internal = Sisäinen virhe.
app-view-roadmap = Tiekartta
app-view-strategy = Strategia
app-view-followup = Seuranta
app-view-print = Tulosta
app-view-merge = Yhdistä kopio…
app-problem-count = Virheitä { $errors }, varoituksia { $warnings }
app-recent = Viimeksi avatut
app-no-recent = Ei vielä avattuja tiedostoja.
app-new-from-sample = Uusi strategia mallista
app-recovery-found = Tallentamatonta työtä löytyi: ”{ $name }” ({ $time }). Palautetaanko?
app-recover = Palauta
app-unsaved-question = Strategiassa ”{ $name }” on tallentamattomia muutoksia. Tallennetaanko ne?
app-saved = Tallennettu: { $name }
app-saved-merged = Tallennettu: { $name }. Tiedostoon oli sillä välin tallennettu { $count ->
    [one] yksi muutos
   *[other] { $count } muutosta
}; { $count ->
    [one] se on nyt mukana
   *[other] ne ovat nyt mukana
}.
app-edit-field = Muokkaa: { $field }
app-edit-meaning = Muokkaa arvon merkitystä
app-edit-delete = Poista ”{ $name }”
app-edit-status = Muuta tilaa
app-edit-actual = Kirjaa toteuma
app-edit-move = Siirrä ”{ $name }”
app-edit-resize = Muuta ”{ $name }” kestoa
app-edit-create = Uusi toimenpide
app-new-action = Uusi toimenpide
app-basics = Perustiedot
app-town = Kunta
app-name = Nimi
app-vision = Visio
app-mission = Missio eli perustehtävä
app-slogan = Iskulause
app-values = Arvot
app-meaning = Merkitys
app-meaning-points = Merkitys kohdittain
app-add-point = Lisää kohta
app-add-sub-point = Lisää alakohta
app-remove = Poista
app-add-value = Lisää arvo
app-new-value = Uusi arvo
app-themes = Teemat
app-theme = Teema
app-tagline = Tunnuslause
app-goals = Tavoitteet
app-success-factors = Missä meidän pitää onnistua
app-actions = Toimenpiteet
app-action = Toimenpide
app-owners = Vastuutahot
app-documents = Suunnitelmat, raportit ja ohjelmat
app-doc-plan = suunnitelma
app-doc-report = raportti
app-doc-programme = ohjelma
app-phases = Vaiheet
app-milestones = Virstanpylväät
app-indicators = Mittarit
app-baseline = Lähtötaso
app-target = Tavoite
app-date = Päivämäärä
app-value = Arvo
app-add-actual = Kirjaa toteuma
app-action-status = Toimenpiteiden tila
app-start = Alkaa
app-due = Valmis viimeistään
app-status = Tila
app-history = Historia
app-late = myöhässä
app-description = Kuvaus
app-delete = Poista
app-bad-date = Kirjoita päivämäärä muodossa 2030, 9/2026 tai 22.11.2026.
app-zoom = Tarkkuus
app-zoom-year = Vuosi
app-zoom-quarter = Neljännes
app-zoom-month = Kuukausi
app-zoom-week = Viikko
app-all-themes = Kaikki teemat
app-all-owners = Kaikki vastuutahot
app-all-statuses = Kaikki tilat
app-roadmap-waiting = Tiekartan asettelu ei ole vielä käytettävissä tässä versiossa.
app-roadmap-hint = Vedä palkkia siirtääksesi, reunaa muuttaaksesi kestoa; vedä tyhjällä kaistalla luodaksesi uuden.
app-pdf-title = Tallenna PDF
app-handout = Moniste
app-handout-roadmap = Tiekartta
app-handout-onePage = Strategia yhdellä sivulla
app-handout-actions = Toimenpideohjelma
app-handout-progress = Edistymisraportti
app-paper = Paperi
app-landscape = Vaaka
app-range = Vuodet
app-from-year = alkaen
app-to-year = asti
app-save-pdf = Tallenna PDF…
app-pdf-saved = PDF tallennettu: { $name }
app-pages = { $count ->
    [one] { $count } sivu
   *[other] { $count } sivua
}
app-truncated = { $count ->
    [one] { $count } teksti lyhennetty
   *[other] { $count } tekstiä lyhennetty
}
app-merge-hint = Valitse kopio, jota joku toinen on muokannut. Kummankin muokkaukset säilyvät.
app-merge-incoming = Mitä kopioista tuli
app-merge-nothing-new = Ei uusia muutoksia.
app-merge-conflicts = Ristiriidat ({ $count })
app-merge-conflict-on = ”{ $name }”: { $field }
app-merge-deleted = (poistettu)
app-merge-unknown-author = tuntematon
app-merge-take = Valitse tämä
app-merge-no-conflicts = Ei ristiriitoja.
app-merge-needs-project = Tallenna strategia ensin Tiekartta-tiedostoksi; vain saman tiedoston kopiot voi yhdistää.
app-edit-came-in = Tiedostoon tallennetut muutokset
app-edit-merge = Yhdistä kopio
app-edit-resolve = Ratkaise ristiriita
app-history-empty = Ei muutoshistoriaa vielä (historia alkaa, kun strategia tallennetaan).
app-add-indicator = Lisää mittari
app-new-indicator = Uusi mittari
app-unit = Yksikkö
app-dates-from-phase = Päivämäärät tulevat vaiheesta; vetäminen antaa toimenpiteelle omat päivämäärät.
app-role = Rooli
app-end = Päättyy
app-print-title = Tulosta moniste
app-merge-title = Yhdistä kopio
app-merge-waiting = Kopioiden yhdistäminen ei ole vielä käytettävissä tässä versiossa.
app-shortcuts = Pikanäppäimet
key-undo = Kumoa
key-redo = Tee uudelleen
key-save = Tallenna
key-save-as = Tallenna nimellä
key-open = Avaa
key-new = Uusi (aloitusnäkymä)
key-zoom = Lähennä / loitonna tiekarttaa
key-select = Valitse viereinen toimenpide
key-edit = Muokkaa valittua
key-delete = Poista valittu (voi kumota)
key-help = Tämä ohje
key-escape = Sulje ikkuna tai poista valinta

## Handouts
handout-roadmap = Tiekartta
handout-onepage = Strategia yhdellä sivulla
handout-actions = Toimenpideohjelma
handout-progress = Edistymisraportti
handout-printed = Tulostettu { $date }
handout-page = Sivu { $page } / { $pages }
handout-today = Tänään { $date }
handout-continued = jatkuu
handout-phases = Vaiheet
handout-milestones = Virstanpylväät
handout-quarter = { $q }. neljännes
handout-quarter-short = { $q }. nelj.
handout-week = vk { $week }
handout-month-1 = tammikuu
handout-month-2 = helmikuu
handout-month-3 = maaliskuu
handout-month-4 = huhtikuu
handout-month-5 = toukokuu
handout-month-6 = kesäkuu
handout-month-7 = heinäkuu
handout-month-8 = elokuu
handout-month-9 = syyskuu
handout-month-10 = lokakuu
handout-month-11 = marraskuu
handout-month-12 = joulukuu
handout-month-short-1 = tammi
handout-month-short-2 = helmi
handout-month-short-3 = maalis
handout-month-short-4 = huhti
handout-month-short-5 = touko
handout-month-short-6 = kesä
handout-month-short-7 = heinä
handout-month-short-8 = elo
handout-month-short-9 = syys
handout-month-short-10 = loka
handout-month-short-11 = marras
handout-month-short-12 = joulu
handout-legend-kick-off = Käynnistys
handout-legend-council = Valtuusto
handout-legend-board = Hallitus
handout-legend-evaluation = Arviointi
handout-legend-milestone = Virstanpylväs
handout-legend-surfaced = Pinnalla oleva { $theme }
handout-legend-event = Tapahtuma
handout-legend-today = Tänään
handout-vision = Visio
handout-mission = Missio
handout-slogan = Slogan
handout-values = Arvot
handout-goals = Tavoitteet
handout-foundation = Kivijalka
handout-actions-heading = Toimenpiteet
handout-col-action = Toimenpide
handout-col-owners = Vastuutaho
handout-col-start = Alkaa
handout-col-due = Päättyy
handout-col-status = Tila
handout-no-actions = Ei toimenpiteitä.
handout-status-counts = Toimenpiteiden tila
handout-total = Yhteensä { $count }
handout-late-actions = Myöhässä
handout-no-late = Ei myöhässä olevia toimenpiteitä.
handout-indicators = Mittarit
handout-col-indicator = Mittari
handout-col-baseline = Lähtötaso
handout-col-latest = Viimeisin
handout-col-target = Tavoite
handout-no-indicators = Mittareita ei ole vielä kirjattu.
handout-deadlines = Tulevat määräajat
handout-deadlines-late = Myöhässä olevat ja tulevat määräajat
handout-no-deadlines = Ei tulevia määräaikoja.
handout-next-evaluation = Seuraava arviointi
handout-no-evaluation = Seuraavaa arviointia ei ole aikataulutettu.
handout-due-on = määräaika { $date }
handout-resource-unreadable = Sisäänrakennettua resurssia { $name } ei voitu lukea. Asenna Tiekartta uudelleen.
handout-empty-range = Aikaväli { $from }–{ $to } päättyy ennen kuin alkaa. Korjaa vuodet.
handout-page-too-small = Sivu { $width } × { $height } pt on liian pieni monisteelle. Valitse suurempi paperi tai leveämpi näkymä.
handout-pdf-font = Fonttia { $name } ei voitu upottaa PDF:ään.
handout-pdf-no-pages = Monisteessa ei ole yhtään sivua.
handout-pdf-write = PDF:n kirjoittaminen epäonnistui: { $detail }
cli-pdf-about = Tulosta tiekartta, strategia sivulla, toimenpideohjelma tai edistymisraportti PDF:ksi
cli-svg-about = Piirrä moniste SVG:ksi (näytölle ja PowerPointiin)
cli-handout-file = Strategiatiedosto (.tiekartta tai .json)
cli-handout-output = Kirjoitettava tiedosto
cli-arg-kind = Moniste: roadmap (tiekartta), onepage (strategia sivulla), actions (toimenpideohjelma) tai progress (edistymisraportti)
cli-arg-paper = Paperikoko: a3 tai a4
cli-arg-portrait = Pystysuunta
cli-arg-landscape = Vaakasuunta
cli-arg-from = Ensimmäinen näytettävä vuosi
cli-arg-to = Viimeinen näytettävä vuosi
cli-arg-zoom = Tiekartan aikayksikkö: year (vuosi), quarter (neljännes), month (kuukausi) tai week (viikko); oletus valitaan aikavälin mukaan
cli-arg-today = Päivä, jota pidetään tänään: 22.11.2026, 11/2026 tai 2026 (kuukausi tai vuosi tarkoittaa sen ensimmäistä päivää); oletus on tämä päivä
cli-arg-width = Piirrä näytön tiekartta tämän levyisenä (pikseleinä) paperin sijaan
cli-handout-written = Kirjoitettiin { $path } ({ $pages } s.).
cli-handout-truncated = Lyhennettiin, koska ei mahtunut: ”{ $text }”

## Projektitiedosto, historia ja yhdistäminen (store, merge)
store-empty = Tiedosto { $path } on tyhjä. Se ei ole Tiekartta-projekti; avaa varmuuskopio (.bak), jos sellainen on.
store-not-a-project = Tiedosto { $path } ei ole Tiekartta-projektitiedosto.
store-looks-like-json = Tiedosto { $path } on JSON-tekstiä eikä projektitiedosto. Tuo se komennolla: tiekartta import { $path } -o UUSI.tiekartta
store-looks-like-image = Tiedosto { $path } on kuva eikä Tiekartta-projektitiedosto.
store-looks-like-archive = Tiedosto { $path } on zip-paketti eikä Tiekartta-projektitiedosto. Pura se ensin.
store-looks-like-pdf = Tiedosto { $path } on PDF-asiakirja eikä Tiekartta-projektitiedosto.
store-other-database = Tiedosto { $path } on jonkin muun sovelluksen SQLite-tietokanta eikä Tiekartta-projekti.
store-truncated = Tiedosto { $path } on katkennut (se on lyhyempi kuin sen oma otsake kertoo). Kopioi tai lataa se uudelleen, tai avaa varmuuskopio (.bak).
store-corrupt = Tiedosto { $path } on vioittunut: { $detail }. Avaa varmuuskopio (.bak), jos sellainen on.
store-unexpected-part = Tiedostossa { $path } on osa, jota projektitiedostossa ei koskaan ole ({ $what }). Sitä ei avata turvallisuussyistä.
store-newer-format = Tiedosto { $path } on tehty uudemmalla Tiekartalla (tiedostomuodon versio { $found }; tämä versio lukee versioon { $supported } asti). Päivitä Tiekartta.
store-unknown-format = Tiedoston { $path } muodon versio { $found } on tuntematon.
store-history = Tiedoston { $path } muutoshistoriaa ei voi lukea: { $detail }. Avaa varmuuskopio (.bak), jos sellainen on.
store-content = Historian strategia ei ole odotetun muotoinen: { $detail }
store-too-large = Tiedosto { $path } on liian suuri ({ $size } tavua; enintään { $max }).
store-duplicate-id = Tunnus ”{ $id }” on käytössä kahdesti luettelossa { $list }. Tunnusten on oltava yksilöllisiä, jotta kopiot voidaan yhdistää.
store-io = Tiedoston { $path } käsittely epäonnistui: { $detail }
store-read-only = Tiedosto { $path } on vain luettavissa, joten sitä ei korvata. Tallenna toisella nimellä tai muuta tiedoston oikeuksia.
store-replaced-unreadable = Tiedoston { $path } tilalle on sen avaamisen jälkeen tullut tiedosto, jota ei voi lukea ({ $detail }). Mitään ei kirjoitettu sen päälle; tallenna muutoksesi toisella nimellä.
store-replaced-by-other = Tiedoston { $path } tilalle on sen avaamisen jälkeen tullut toinen strategia. Mitään ei kirjoitettu sen päälle; tallenna muutoksesi toisella nimellä.
store-repaired-snapshot = Tiedoston { $path } tallennettu tiivistelmä ei vastannut sen muutoshistoriaa. Strategia luettiin historiasta; seuraava tallennus korjaa tiedoston.
cli-save-merged = Tiedostoon { $file } oli tallennettu sen avaamisen jälkeen { $count ->
    [one] yksi muutos
   *[other] { $count } muutosta
}; { $count ->
    [one] se yhdistettiin
   *[other] ne yhdistettiin
} ennen tallennusta.
cli-save-merged-conflicts = { $count ->
    [one] { $count } ristiriita jäi
   *[other] { $count } ristiriitaa jäi
}: katso tiekartta conflicts { $file }
store-unknown-author = (tuntematon)
history-create = { $time } { $author } loi strategian (kopio { $copy })
history-edit = { $time } { $author } muokkasi (kopio { $copy })
history-resolve = { $time } { $author } ratkaisi ristiriidan (kopio { $copy })
history-more = { $count ->
    [one] …ja { $count } muu
   *[other] …ja { $count } muuta
}
history-added = { $entity } ”{ $name }”: lisätty
history-changed = { $entity } ”{ $name }”: muutettu { $fields }
history-deleted = { $entity } ”{ $name }”: poistettu
history-resolved = { $entity } ”{ $name }”: valittu { $fields }
merge-no-common-origin = Tiedostoilla { $a } ja { $b } ei ole yhteistä alkuperää: ne eivät ole saman projektin kopioita, joten niitä ei voi yhdistää. Tuo toinen strategia omaksi projektikseen (tiekartta import).
merge-too-few-copies = Yhdistämiseen tarvitaan vähintään kaksi kopiota.
merge-unknown-conflict = Ristiriitaa ”{ $id }” ei ole. Näet ristiriidat komennolla: tiekartta conflicts TIEDOSTO
merge-unknown-value = Ristiriidassa ”{ $id }” ei ole arvoa ”{ $value }”.
merge-write = Yhdistämisen tallentaminen historiaan epäonnistui: { $detail }

## Yhdistäminen komentorivillä (merge, conflicts, resolve, log)
cli-merge-about = Yhdistä saman projektitiedoston kopiot yhdeksi
cli-merge-copies = Yhdistettävät kopiot (.tiekartta), vähintään kaksi
cli-merge-output = Tehtävä yhdistetty tiedosto (.tiekartta); kopioihin ei kosketa
cli-merge-output-is-input = Tulostiedosto { $file } on yksi yhdistettävistä kopioista. Anna uusi nimi: kopioita ei muuteta.
cli-merge-from = Kopiosta { $file }: { $count ->
    [0] ei uusia muutoksia
    [one] yksi muutos
   *[other] { $count } muutosta
}
cli-merge-done = Yhdistetty tiedostoon { $file }. Ristiriitoja ei ole.
cli-merge-done-conflicts = Yhdistetty tiedostoon { $file }. { $count ->
    [one] Yksi ristiriita odottaa valintaasi
   *[other] { $count } ristiriitaa odottaa valintaasi
}: tiekartta conflicts { $file }
cli-conflicts-about = Näytä yhdistämisen jättämät ristiriidat
cli-conflicts-file = Projektitiedosto (.tiekartta)
cli-conflicts-none = Ristiriitoja ei ole.
cli-conflicts-how = Valitse arvo komennolla: tiekartta resolve TIEDOSTO RISTIRIITA --take ARVO
cli-conflict-field = Ristiriita { $id }: { $entity } ”{ $name }”, kenttä { $field } asetettiin eri arvoihin:
cli-conflict-moved = Ristiriita { $id }: { $entity } ”{ $name }” siirrettiin eri teemoihin:
cli-conflict-edit-delete = Ristiriita { $id }: { $entity } ”{ $name }” muutettiin yhdessä kopiossa ja poistettiin toisessa:
cli-conflict-both-added = Ristiriita { $id }: { $entity } ”{ $name }” lisättiin kahdessa kopiossa eri sisällöin:
cli-conflict-value = { "[" }{ $value }] { $text } ({ $authors }) { $default }
cli-conflict-default = — näytetään, kunnes valitset
cli-conflict-keep = säilytä muutoksineen
cli-conflict-delete = poista
cli-conflict-nothing = (ei arvoa)
cli-resolve-about = Ratkaise ristiriita valitsemalla yksi sen arvoista
cli-resolve-file = Projektitiedosto (.tiekartta)
cli-resolve-conflict = Ristiriidan tunnus (tiekartta conflicts näyttää sen)
cli-resolve-take = Valittavan arvon tunnus: 1, 2… tai keep / delete
cli-resolve-done = Ristiriita { $id } ratkaistu: valittiin { $value }.
cli-resolve-left = { $count ->
    [one] Yksi ristiriita on vielä ratkaisematta
   *[other] { $count } ristiriitaa on vielä ratkaisematta
}: tiekartta conflicts { $file }
cli-copies-about = Etsi synkronointipalvelun (OneDrive, Dropbox, Nextcloud, Syncthing) tiedoston viereen jättämät ristiriitakopiot ja yhdistä ne
cli-copies-file = Projektitiedosto (.tiekartta)
cli-copies-merge = Yhdistä kopiot tiedostoon ja siirrä ne sitten sivuun (nimeksi NIMI.merged)
cli-copies-trash = Siirrä yhdistetyt kopiot roskakoriin uudelleennimeämisen sijaan
cli-copies-none = Tiedoston { $file } vieressä ei ole sen ristiriitakopioita.
cli-copies-found = Tiedoston { $file } vieressä on { $count ->
    [one] yksi ristiriitakopio
   *[other] { $count } ristiriitakopiota
}:
cli-copies-hint = Yhdistä ne komennolla: tiekartta copies { $file } --merge
cli-copies-renamed = Kopio { $file } yhdistettiin ja nimettiin: { $to }
cli-copies-trashed = Kopio { $file } yhdistettiin ja siirrettiin roskakoriin.
cli-log-about = Näytä muutoshistoria: kuka muutti mitä ja milloin
cli-log-file = Projektitiedosto (.tiekartta)

## Kenttien nimet
field-id = tunniste
field-town = kunta
field-name = nimi
field-period = strategiakausi
field-vision = visio
field-mission = missio
field-slogan = iskulause
field-description = kuvaus
field-themeLabel = teemojen nimitys
field-valuesLabel = arvojen nimitys
field-startingPoints = lähtökohdat
field-values = arvot
field-themes = teemat
field-foundation = toiminnan kivijalka
field-changeBy = muutoksen aikajänne
field-governance = johtaminen ja seuranta
field-actions = toimenpiteet
field-owners = vastuutahot
field-documents = suunnitelmat ja ohjelmat
field-phases = vaiheet
field-milestones = virstanpylväät
field-indicators = mittarit
field-events = tapahtumat
field-tagline = tunnuslause
field-meaning = merkitys
field-points = merkitys kohdittain
field-text = teksti
field-children = alakohdat
field-code = tunnus
field-color = väri
field-goals = tavoitteet
field-successFactors = menestystekijät
field-changeShows = kuinka muutos näkyy
field-theme = teema
field-goal = tavoite
field-start = alku
field-due = määräaika
field-end = loppu
field-status = tila
field-statusHistory = tilahistoria
field-kind = laji
field-role = rooli
field-organisation = organisaatio
field-cadence = toistuvuus
field-parent = osa kokonaisuutta
field-surfaced = pinnalla
field-date = päivämäärä
field-phase = vaihe
field-unit = yksikkö
field-direction = suunta
field-baseline = lähtötaso
field-target = tavoitetaso
field-actuals = toteumat
field-occurrences = määräajan tila
field-value = arvo
field-note = huomautus
field-source = tietolähde
field-place = paikka
field-topics = aiheet
field-participants = osallistujat
field-preparation = valmistelu
field-singular = yksikkö
field-plural = monikko

## UI: strategian muokkaus (tavoitteet, menestystekijät, asiakirjat, tilamuutokset, arvot)
app-add-goal = Lisää tavoite
app-add-success-factor = Lisää menestystekijä
app-move-up = Siirrä ylös
app-move-down = Siirrä alas
app-edit-add-item = Lisää: { $field }
app-edit-remove-item = Poista: { $field } ”{ $name }”
app-edit-reorder = Järjestä: { $field }
app-kind = Laji
app-cadence = Toistuvuus
app-unknown = ei tiedossa
app-cadence-once = kerran
app-cadence-yearly = vuosittain
app-cadence-councilTerm = valtuustokausittain
app-cadence-quarterly = neljännesvuosittain
app-cadence-monthly = kuukausittain
app-period-start = Kausi alkaa
app-period-end = Kausi päättyy
app-period = Kausi
app-status-note = Huomautus muutokseen

## merge: text conflicts (store/merge helper)
cli-conflict-text = Ristiriita { $id }: { $entity } ”{ $name }”, tekstiä { $field } muokattiin samasta kohdasta eri kopioissa:
app-values-label = Arvojen nimitys

## follow-up
followup-hint = Uusi tila kirjataan tilahistoriaan tämän päivän päivämäärällä. Avaa rivi (▸), niin voit lisätä muutokseen huomautuksen tai korjata historiaa.
followup-latest = Viimeisin muutos
followup-toggle = Tilahistoria: { $name }
followup-history-label = Toimenpiteen ”{ $name }” tilamuutokset
followup-no-changes = Ei kirjattuja tilamuutoksia. Kun valitset uuden tilan, muutos kirjataan tähän.
followup-change-date = Muutoksen päivä
followup-change-note = Huomautus
followup-note-placeholder = Miksi tila muuttui? (vapaaehtoinen)
followup-remove-change = Poista tilamuutos { $date }
followup-edit-note = Muokkaa tilamuutoksen huomautusta
followup-edit-date = Muuta tilamuutoksen päivää
followup-edit-remove = Poista tilamuutos
followup-keys = Enter: takaisin tilaan · Esc: sulje rivi

## roadmap documents
handout-documents-lane = Suunnitelmat ja raportit
handout-legend-document-due = Suunnitelman tai raportin määräaika
handout-legend-document-period = Ohjelman tai suunnitelman kausi
handout-phase-period = (vaihe) { $period }

## Komentorivin virheet
cli-error-unknown-option = Tuntematon valitsin: { $option }.
cli-error-unknown-command = Tuntematon komento: { $command }.
cli-error-did-you-mean = Tarkoititko { $command }?
cli-error-invalid-value = Arvo { $value } ei käy valitsimelle { $option }; mahdolliset arvot: { $valid }.
cli-error-missing = Puuttuu: { $missing }.
cli-error-conflict = Valitsinta { $option } ei voi käyttää yhdessä valitsimen { $other } kanssa.
cli-error-values = Valitsimelle { $option } annettiin väärä määrä arvoja.
cli-error-other = Komentorivissä on virhe: { $detail }

## Tiekartan vaiheet ja virstanpylväät
app-surfaced-themes = Pinnalle nostetut teemat
app-add-item = Lisää { $what }
app-new-item = Uusi { $what }
app-owner-kind-person = Henkilö
app-owner-kind-unit = Yksikkö
app-owner-kind-board = Toimielin
app-owner-kind-organisation = Organisaatio
app-owner-kind-group = Ryhmä
app-date-placeholder = esim. 9/2026
app-date-formats = Päivä, kuukausi tai vuosi: 22.11.2026, 9/2026 tai 2026

## Synkronointipalvelin
sync-bad-url = { $url } ei ole synkronointipalvelimen osoite. Anna osoite, joka alkaa wss:// (tai ws:// samalla koneella), esimerkiksi wss://sync.kunta.fi
sync-credentials = Osoitteessa { $url } on käyttäjänimi tai salasana. Tiekartta ei koskaan tallenna salasanaa: anna osoite ilman sitä; dokumentin tunniste on avain.
sync-bad-document-id = { $id } ei ole dokumentin tunniste. Kopioi tunniste, jonka tiekartta share tulosti.
sync-not-shared = Tiedostoa { $path } ei ole jaettu synkronointipalvelimelle. Jaa se ensin: tiekartta share { $path } --server wss://…
sync-unreachable = Synkronointipalvelimeen { $url } ei saada yhteyttä. Tiedosto toimii yhä ilman verkkoa; synkronoi uudelleen, kun palvelin on käytössä.
sync-timeout = Synkronointipalvelin { $url } ei vastannut { $seconds ->
    [one] { $seconds } sekunnissa
   *[other] { $seconds } sekunnissa
}. Mitään ei menetetty; synkronoi myöhemmin uudelleen.
sync-not-found = Synkronointipalvelimella { $url } ei ole dokumenttia { $id }. Tarkista tunniste ja että se jaettiin tälle palvelimelle.
sync-other-strategy = Dokumentti { $id } palvelimella { $url } on toinen strategia, ei tämän kopio.
sync-internal = Synkronointi ei onnistunut: { $detail }
cli-share-about = Jaa strategia synkronointipalvelimelle; tulostaa dokumentin tunnisteen ja tallentaa sen tiedostoon
cli-share-file = Projektitiedosto (.tiekartta)
cli-share-server = Synkronointipalvelimen osoite (wss://…)
cli-shared = { $file } on jaettu palvelimelle { $server }. Dokumentin tunniste: { $id }
cli-shared-hint = Avaa se muualla: tiekartta open-shared { $server } { $id } -o TIEDOSTO
cli-sync-about = Synkronoi tiedosto kerran palvelimensa kanssa: lähetä täällä tehdyt muutokset, yhdistä muiden muutokset, tallenna
cli-sync-file = Projektitiedosto (.tiekartta), jaettu komennolla tiekartta share
cli-synced = { $file } on ajan tasalla palvelimen { $server } kanssa: { $sent } { $sent ->
    [one] muutos
   *[other] muutosta
} lähetetty, { $count } { $count ->
    [one] muokkaus
   *[other] muokkausta
} tuli.
cli-open-shared-about = Avaa synkronointipalvelimelle jaettu strategia ja tallenna se projektitiedostoksi
cli-open-shared-server = Synkronointipalvelimen osoite (wss://…)
cli-open-shared-id = Dokumentin tunniste
cli-open-shared-output = Kirjoitettava projektitiedosto
cli-opened-shared = { $file } kirjoitettiin palvelimelta { $server } (historiassa { $count } { $count ->
    [one] muokkaus
   *[other] muokkausta
}).

## Live on a shared folder (src/session/shared.rs, the app's banner)
app-not-a-copy = Tiedosto ei ole avoinna olevan strategian ristiriitakopio.
app-edit-merge-copies = Yhdistä ristiriitakopiot
app-came-in-summary = { $author } muutti { $what ->
    [action] { $count ->
        [one] yhden toimenpiteen
       *[other] { $count } toimenpidettä
    }
   *[other] { $count ->
        [one] yhden kohdan
       *[other] { $count } kohtaa
    }
}
app-came-in-notice = Tiedostoon { $name } tallennettiin muutoksia toisaalla; ne ovat nyt mukana.
app-copies-found = { $count ->
    [one] Kansiossa on tämän strategian ristiriitakopio: { $names }
   *[other] Kansiossa on tämän strategian { $count } ristiriitakopiota: { $names }
}
app-copies-merge = Yhdistä
app-copies-dismiss = Ohita
app-copies-after = Kopioille yhdistämisen jälkeen
app-copies-after-rename = Nimeä uudelleen (.merged)
app-copies-after-trash = Siirrä roskakoriin
app-copies-after-keep = Jätä paikalleen
app-copies-merged = Ristiriitakopiot yhdistetty ja strategia tallennettu.
app-copies-not-saved = Kopiot yhdistettiin, mutta tallennus ei onnistunut; kopiot jätettiin paikalleen.

## PowerPoint
handout-pptx-write = PowerPoint-tiedoston kirjoittaminen epäonnistui: { $detail }
cli-pptx-about = Tallenna tiekartta, strategia sivulla, toimenpideohjelma tai edistymisraportti PowerPoint-esitykseksi muokattavina muotoina
cli-arg-ratio = Dian muoto: 16:9 tai 4:3
cli-png-about = Tallenna monisteen sivut PNG-kuviksi
cli-arg-dpi = Tarkkuus pisteinä tuumalle (esim. 150 tai 300)
pptx-notes-page = { $title }, sivu { $page }/{ $pages }
pptx-notes-strategy = Strategia: { $list }
pptx-notes-theme = Teemat: { $list }
pptx-notes-goal = Tavoitteet: { $list }
pptx-notes-value = Arvot: { $list }
pptx-notes-action = Toimenpiteet: { $list }
pptx-notes-milestone = Välitavoitteet: { $list }
pptx-notes-phase = Vaiheet: { $list }
pptx-notes-indicator = Mittarit: { $list }
pptx-notes-document = Suunnitelmat ja raportit: { $list }
pptx-notes-event = Tapahtumat: { $list }
pptx-notes-font = Fontti: Noto Sans, kuten näytöllä ja PDF:ssä. Jos sitä ei ole asennettu, esitysohjelma käyttää tilalla toista päätteetöntä fonttia ja rivit voivat olla hieman eri levyisiä.
handout-png-too-large = Kuva olisi liian suuri ({ $width } × { $height } pikseliä). Valitse pienempi tarkkuus.
handout-png-draw = Kuvan piirtäminen epäonnistui: { $detail }
## Seurantakierros (round)
round-write = Työkirjan kirjoittaminen epäonnistui: { $detail }
round-not-workbook = { $file } ei ole Excel-työkirja (.xlsx). Tallenna se Excelissä muodossa Excel-työkirja (.xlsx) ja tuo uudelleen.
round-too-large = { $file } on liian suuri (yli { $max } Mt). Palautettu työkirja ei voi olla näin suuri.
round-unreadable = Tiedostoa { $file } ei voitu lukea: { $detail }
round-not-round = { $file } ei ole seurantakierroksen työkirja: siitä puuttuu kierroksen tieto. Pyydä vastaajaa täyttämään lähetetty työkirja.
round-other-strategy = { $file } on toisen strategian kierrokselta, eikä sitä tuotu.
round-place-file = { $file }
round-place-sheet = { $file }, taulukko { $sheet }
round-place-row = { $file }, taulukko { $sheet }, rivi { $row }
round-place-cell = { $file }, taulukko { $sheet }, rivi { $row }, sarake { $column }
round-sheet-instructions = Ohjeet
round-sheet-actions = Toimenpiteet
round-sheet-indicators = Mittarit
round-col-id = Tunniste
round-col-path = Teema › tavoite
round-col-action = Toimenpide
round-col-owners = Vastuutahot
round-col-start = Alkaa
round-col-due = Valmis viimeistään
round-col-status-now = Tila nyt
round-col-note-now = Viimeisin huomio
round-col-status-new = Uusi tila
round-col-note-new = Huomio
round-col-percent = % valmis
round-col-indicator = Mittari
round-col-unit = Yksikkö
round-col-baseline = Lähtötaso
round-col-target = Tavoite
round-col-actuals = Aiemmat toteumat
round-instructions-title = { $round }
round-instructions-for = Tämä työkirja on lähetetty vastuutaholle { $owner } strategian { $strategy } seurantaa varten.
round-instructions-actions = Taulukossa { $sheet }: valitse kunkin toimenpiteen uusi tila luettelosta, kirjoita lyhyt huomio ja arvioi, montako prosenttia on valmiina. Jätä tyhjäksi, jos mikään ei muuttunut.
round-instructions-indicators = Taulukossa { $sheet }: kirjoita kunkin mittarin toteuma kysytyn kauden sarakkeeseen numerona.
round-instructions-keep = Älä poista rivejä tai taulukoita. Voit lajitella, suodattaa ja leventää sarakkeita vapaasti.
round-instructions-return = Tallenna työkirja ja palauta se { $deadline } mennessä: { $reply }
round-validation-status-title = Tila luettelosta
round-validation-status = Valitse tila luettelosta.
round-validation-percent = Kirjoita luku 0–100.
round-problem-too-many-rows = Taulukossa on liikaa rivejä (enintään { $max }); loput jätettiin lukematta.
round-problem-sheet-missing = Taulukko puuttuu tai sen nimi on muutettu; sen vastauksia ei voitu lukea.
round-problem-too-long = Solussa on yli { $max } merkkiä; sitä ei otettu.
round-problem-formula = Solussa on kaava; kaavoja ei lasketa. Kirjoita arvo itse.
round-problem-unknown-row = Rivi ei kuulu tälle kierrokselle (tunniste { $id }); sitä ei otettu.
round-problem-row-missing = Rivi puuttuu (tunniste { $id }): se on poistettu; sen vastausta ei ole.
round-problem-bad-status = ”{ $value }” ei ole luettelon tila; tilaa ei otettu.
round-problem-percent = Valmiusprosentin pitää olla luku 0–100; sitä ei otettu.
round-problem-not-number = ”{ $value }” ei ole luku; sitä ei otettu.
round-problem-gone = Kohde { $entity } { $id } ei ole enää strategiassa; sen vastausta ei otettu.
cli-round-about = Seurantakierros: työkirjat vastuutahoille ja heidän vastauksensa takaisin
cli-round-out-about = Kirjoita kierroksen työkirja jokaiselle vastuutaholle
cli-round-out-name = Kierroksen nimi, esim. ”Syksyn 2026 seuranta”
cli-round-out-owner = Vastuutahon tunniste (voi toistaa); oletus kaikki, joilla on toimenpiteitä tai mittareita
cli-round-out-period = Kausi, jonka toteumia kysytään, esim. 2026 (voi toistaa); oletus kuluva vuosi
cli-round-out-deadline = Vastausten määräpäivä, esim. 14.10.2026
cli-round-out-reply = Kenelle vastaus palautetaan
cli-round-out-dir = Kansio, johon työkirjat kirjoitetaan
cli-round-out-done = Kirjoitettu { $file }: { $actions ->
    [one] { $actions } toimenpide
   *[other] { $actions } toimenpidettä
}, { $indicators ->
    [one] { $indicators } mittari
   *[other] { $indicators } mittaria
}.
cli-round-in-about = Tuo palautetut työkirjat projektiin vastuutahojen muokkauksina
cli-round-in-answers = Palautetut työkirjat (.xlsx)
round-said-status = { $kind } ”{ $name }”: { $old } » { $new }
round-said-status-note = { $kind } ”{ $name }”: { $old } » { $new }, ”{ $note }”
round-said-note = { $kind } ”{ $name }”: { $new }, ”{ $note }”
round-said-actual = { $kind } ”{ $name }” { $period }: { $old } » { $new }{ $unit }
round-said-actual-new = { $kind } ”{ $name }” { $period }: { $new }{ $unit }
cli-round-in-taken = { $owner } ({ $file }):
cli-round-in-nothing = Vastauksissa ei ollut uutta.
cli-round-in-conflict = Ristiriita: { $owner } vastasi kohteelle { $name } ({ $field }) ”{ $answer }”, mutta projektissa arvo on muuttunut lähetyksen jälkeen ”{ $sent }” → ”{ $project }”. Projektin arvo jätettiin.
cli-round-in-done = Tuotu { $file }.
cli-xlsx-about = Kirjoita koko toimenpideohjelma ja mittarit Excel-työkirjaksi
cli-xlsx-output = Kirjoitettava työkirja (.xlsx)
ics-action-due = Määräaika: { $name }
ics-document-due = Valmistuttava: { $name }
ics-owners = Vastuu: { $owners }
ics-month-last = Päivämäärä on annettu kuukauden tarkkuudella ({ $date }); merkitty kuun viimeiselle päivälle.
ics-month-first = Päivämäärä on annettu kuukauden tarkkuudella ({ $date }); merkitty kuun ensimmäiselle päivälle.
ics-year-last = Päivämäärä on annettu vuoden tarkkuudella ({ $date }); merkitty vuoden viimeiselle päivälle.
ics-year-first = Päivämäärä on annettu vuoden tarkkuudella ({ $date }); merkitty vuoden ensimmäiselle päivälle.
cli-ics-about = Kirjoita määräajat ja virstanpylväät kalenteritiedostoksi (.ics)
cli-ics-owner = Vain tämän vastuutahon määräajat (tunniste)
cli-ics-output = Kirjoitettava kalenteritiedosto (.ics)
cli-round-out-unknown-owner = Strategiassa ei ole vastuutahoa { $id }; työkirjoja ei kirjoitettu.

## Edits
edit-not-found = { $kind } ({ $id }) ei ole enää strategiassa: se on ehkä poistettu. Näkymä päivitetään.
edit-no-such-list = Luetteloa { $list } ei ole tässä kohdassa.
edit-invalid = { $kind } ”{ $name }”: arvoa ei voi tallentaa ({ $detail }).
edit-theme-has-actions = Kohtaa ”{ $name }” ei voi poistaa: siihen kuuluu { $count ->
    [one] yksi toimenpide
   *[other] { $count } toimenpidettä
}. Siirrä ne toiseen kohtaan tai poista ne ensin.
edit-duplicate = { $kind } tunnuksella { $id } on jo olemassa.

## Rounds in the project
entity-round = Seurantakierros
cli-round-status-about = Näytä, kuka kierroksella on vastannut, ja muistutusviesti niille, jotka eivät ole
cli-round-status-round = Kierroksen nimi; oletus viimeksi lähetetty kierros
cli-round-out-recorded = Kierros ”{ $name }” kirjattiin projektiin { $file }.
cli-round-in-choose = { $count ->
    [one] Yksi arvo odottaa valintaa
   *[other] { $count } arvoa odottaa valintaa
}: näytä ne komennolla tiekartta conflicts { $file } ja valitse komennolla tiekartta resolve.
round-status-round = Kierros ”{ $name }”, lähetetty { $sent }: vastannut { $answered }/{ $asked }.
round-status-deadline = Vastausten määräpäivä { $deadline }.
round-status-answered = { $owner }: lähetetty { $sent }, vastasi { $received }, { $changed ->
    [0] arvoja ei muuttunut
    [one] yksi arvo muuttui
   *[other] { $changed } arvoa muuttui
}.
round-status-waiting = { $owner }: lähetetty { $sent }, ei ole vielä vastannut.
round-status-choices = { $count ->
    [one] yksi arvo odottaa valintaa (tiekartta conflicts)
   *[other] { $count } arvoa odottaa valintaa (tiekartta conflicts)
}
round-status-reminder = Muistutus vastuutaholle { $owner } (kopioi sähköpostiin):
round-status-unknown = Projektissa ei ole kierrosta ”{ $name }”. Kierrokset: { $names }
round-status-none = Projektissa ei ole vielä seurantakierroksia. Lähetä kierros komennolla tiekartta round out.
round-reminder-greeting = Hei { $owner },
round-reminder-asked = lähetin { $sent } strategian ”{ $strategy }” seurantakierroksen ”{ $round }” työkirjan, jossa kysyttiin { $actions ->
    [one] yhden toimenpiteen
   *[other] { $actions } toimenpiteen
} tilannetta ja { $indicators ->
    [one] yhden mittarin
   *[other] { $indicators } mittarin
} toteumia. Vastaustasi ei ole vielä tullut.
round-reminder-body = Täytäthän työkirjan ja palautat sen { $deadline } mennessä.
round-reminder-body-soon = Täytäthän työkirjan ja palautat sen mahdollisimman pian.
round-reminder-reply = Palautus: { $reply }
round-reminder-reply-sender = Palautus vastaamalla tähän viestiin.
round-reminder-thanks = Kiitos!
## Draft and new strategy
draft-too-large = { $file } on liian suuri (yli { $max } Mt) luonnokseksi.
draft-not-docx = { $file } ei ole Word-asiakirja (.docx). Tallenna se Wordissa muodossa Word-asiakirja (.docx) tai liitä teksti .txt-tiedostona.
draft-unreadable = Tiedostoa { $file } ei voitu lukea luonnokseksi: { $detail }
cli-draft-about = Tee strategian luonnos tekstistä, Markdownista tai Word-asiakirjasta
cli-draft-file = Luettava .txt-, .md- tai .docx-tiedosto
cli-draft-output = Kirjoitettava JSON-luonnos (- = vakiotuloste)
cli-draft-not-understood = Rivi { $line }: ei ymmärretty: { $text }
cli-draft-summary = Luonnos { $file }: { $placed } { $placed ->
        [one] rivi
        *[other] riviä
    } sijoitettu, { $missed } { $missed ->
        [one] rivi
        *[other] riviä
    } ei ymmärretty. Korjaa luonnos ennen kuin tuot sen.
cli-new-about = Luo tyhjä strategia valtuustokaudelle
cli-new-town = Kunnan tai kaupungin nimi
cli-new-years = Valtuustokauden vuodet, esim. 2025-2029
cli-new-theme-word = Mitä teemoja kutsutaan (esim. helmi, aalto, kärki)
cli-new-output = Luotava .tiekartta-tiedosto
cli-new-bad-years = Vuosia { $years } ei voitu lukea. Kirjoita alku- ja loppuvuosi, esim. 2025-2029.
cli-new-name = { $town }: strategia { $years }
cli-new-done = Luotu tyhjä strategia { $file }.
## Desktop: menu bar, context menus, dropped files
menu-file = Tiedosto
menu-new = Uusi
menu-open = Avaa…
menu-recent = Viimeisimmät
menu-recent-none = Ei viimeisimpiä tiedostoja
menu-save = Tallenna
menu-save-as = Tallenna nimellä…
menu-export-pdf = Vie PDF…
menu-close = Sulje
menu-quit = Lopeta
menu-edit = Muokkaa
menu-undo = Kumoa
menu-redo = Tee uudelleen
menu-delete = Poista
menu-view = Näytä
menu-text-bigger = Suurenna tekstiä
menu-text-smaller = Pienennä tekstiä
menu-text-plain = Oletuskoko
menu-help = Ohje
menu-shortcuts = Pikanäppäimet
menu-about = Tietoja
ctx-edit = Muokkaa
ctx-done = Merkitse valmiiksi
ctx-delete = Poista
ctx-new-action = Uusi toimenpide tähän
ctx-label = Toiminnot: { $name }
app-edit-done = Merkitty valmiiksi: { $name }
app-drop-copy-question = { $name } on kopio avoinna olevasta strategiasta. Yhdistetäänkö sen muutokset, vai avataanko se sellaisenaan?
app-drop-merge = Yhdistä
app-drop-open = Avaa
app-quit-question = Lopetetaanko Tiekartta?
app-about-text = Tiekartta { $version }: kunnan strategia ja sen tiekartta suunnitteluun ja seurantaan.
app-text-scale = Tekstin koko { $percent } %
key-text = Suurenna / pienennä tiekartan tekstiä, oletuskoko
key-menu = Toimintovalikko valitulle
key-quit = Lopeta

## New blank strategy in the app
app-new-blank = Uusi strategia
app-new-blank-years = Vuodet (esim. 2025–2029)
app-new-blank-theme-word = Mitä teemoja kutsutaan (valinnainen)
app-new-blank-create = Luo tyhjä strategia

## Follow-up round in the app
app-view-rounds = Seurantakierros
app-round-needs-project = Tallenna strategia ensin Tiekartta-tiedostoksi: seurantakierros kirjataan siihen.
app-edit-round-answer = Seurantakierroksen vastaus
app-round-conflict-kept = { $owner }: kohtaa ”{ $name }” oli muutettu myös projektissa; projektin arvo jäi voimaan.
app-round-folder-title = Kansio, johon kierroksen työkirjat kirjoitetaan
app-round-answers-title = Palautetut työkirjat
app-round-new = Uusi kierros
app-round-name = Kierroksen nimi
app-round-name-placeholder = esim. Syksyn 2026 seuranta
app-round-deadline = Vastaukset viimeistään
app-round-reply-to = Vastaukset kenelle
app-round-periods = Kysyttävät mittarien kaudet
app-round-periods-hint = esim. 2026; useampi pilkulla erotettuna
app-round-lang = Työkirjojen kieli
app-round-owners = Keneltä kysytään
app-round-owner-asks = { $actions ->
    [one] 1 toimenpide
   *[other] { $actions } toimenpidettä
  }, { $indicators ->
    [one] 1 mittari
   *[other] { $indicators } mittaria
  }{ $reports ->
    [0] {""}
    [one] {" "}· 1 raportti
   *[other] {" "}· { $reports } raporttia
  }
app-round-send = Kirjoita työkirjat kansioon…
app-round-sent = { $count ->
    [one] 1 työkirja kirjoitettiin
   *[other] { $count } työkirjaa kirjoitettiin
  } kansioon { $folder }, ja kierros tallennettiin tiedostoon.
app-round-take = Tuo palautetut työkirjat…
app-round-drop-hint = Palautetut työkirjat voi myös pudottaa ikkunaan.
app-round-taken-heading = Vastaukset otettiin vastaan
app-round-taken = { $owner } ({ $file }): { $count ->
    [one] 1 muutos
   *[other] { $count } muutosta
  }
app-round-nothing = Vastauksissa ei ollut mitään uutta.
app-round-problems = Näitä kohtia ei voitu ottaa vastaan
app-round-waiting = { $count ->
    [one] 1 arvo odottaa valintaa, koska sitä oli muutettu myös projektissa.
   *[other] { $count } arvoa odottaa valintaa, koska niitä oli muutettu myös projektissa.
  }
app-round-choose = Valitse Yhdistä-näkymässä
app-round-list = Lähetetyt kierrokset
app-round-none = Yhtään kierrosta ei ole vielä lähetetty.
app-round-summary = Lähetetty { $sent } · vastannut { $answered }/{ $owners }
app-round-summary-deadline = Lähetetty { $sent } · vastaukset { $deadline } mennessä · vastannut { $answered }/{ $owners }
app-round-col-owner = Omistaja
app-round-col-asked = Kysytty
app-round-col-answered = Vastannut
app-round-col-changed = Muutoksia
app-round-col-waiting = Odottaa valintaa
app-round-col-remind = Muistutus
app-round-not-answered = ei vielä
app-round-remind = Näytä muistutus
app-round-remind-text = Muistutusviesti omistajalle { $owner }
app-round-copy = Kopioi
app-round-copied = Kopioitu leikepöydälle.
app-drop-answer-question = Otetaanko { $name } vastaan seurantakierroksen vastauksena?
app-drop-take-answer = Ota vastaan
field-answers = vastaukset
field-choices = valinnat

## Sync server in the app
app-sync-needs-project = Tallenna strategia ensin Tiekartta-tiedostoksi: palvelimelle jaetaan tiedoston muutoshistoria.
app-edit-synced = Palvelimelta tulleet muutokset
app-sync-open-title = Tallenna palvelimen strategia tiedostoksi
app-sync-title = Synkronointipalvelin
app-sync-hint = Kun strategia on jaettu palvelimelle, kaikkien avaamat kopiot synkronoituvat muutaman sekunnin välein, ja tiedosto toimii myös ilman yhteyttä.
app-sync-server = Palvelimen osoite
app-sync-share = Jaa palvelimelle
app-sync-shared = Jaettu palvelimelle { $server }.
app-sync-document = Asiakirjan tunniste
app-sync-document-hint = Anna tunniste vain niille, jotka saavat muokata strategiaa: sillä sen voi avata.
app-sync-now = Synkronoi nyt
app-sync-done = Synkronoitu: palvelimelta ei tullut uutta.
app-sync-came = Palvelimelta tuli muutoksia: { $summary }
app-sync-failing = Synkronointi ei onnistu: { $message } Muutokset pysyvät tiedostossa ja lähtevät, kun yhteys palaa.
app-sync-back = Yhteys palvelimeen palasi.
app-sync-open = Avaa palvelimelta…
app-sync-open-id = Asiakirjan tunniste

## Draft in the app
app-draft-start = Tuo strategia tekstistä…
app-draft-title = Tuo strategia tekstistä
app-draft-hint = Liitä strategia Wordista, PowerPointista tai PDF:stä, tai avaa .txt-, .md- tai .docx-tiedosto. Jokainen rivi näkyy sen vieressä, miksi se tulkittiin; korjaa tekstiä, kunnes luonnos on oikein, ja ota se sitten strategiaksi.
app-draft-open = Avaa tiedosto…
app-draft-open-title = Strategia tekstinä tai Word-tiedostona
app-draft-text = Strategian teksti
app-draft-lines = Mitä riveistä tuli
app-draft-summary = { $placed ->
    [one] 1 rivi tulkittiin
   *[other] { $placed } riviä tulkittiin
  }, { $missed ->
    [0] kaikki ymmärrettiin.
    [one] 1 riviä ei ymmärretty.
   *[other] { $missed } riviä ei ymmärretty.
  }
app-draft-counts = { $themeWord }: { $themes } · tavoitteet: { $goals } · arvot: { $values } · toimenpiteet: { $actions } · vastuutahot: { $owners }
app-draft-not-understood = ei ymmärretty
app-draft-heading = Otsikko
app-draft-accept = Ota luonnos strategiaksi
app-draft-cancel = Peruuta
app-draft-empty = Liitä tai avaa teksti, niin luonnos näkyy tässä.
## Late and recurring (issue 13, items 2–4): one rule of late, every occurrence.
handout-at-risk-actions = Riskissä
handout-legend-late = Myöhässä
handout-legend-at-risk = Riskissä
cli-info-late = Myöhässä:
cli-info-at-risk = Riskissä:
field-occurrence = toistokerta
followup-occurrences = Määräajat ja arvioinnit
followup-occurrence-status = { $name } { $date }: tila
followup-not-recorded = – ei kirjattu –
followup-no-actions = Toimenpiteitä ei ole vielä: ne lisätään Strategia-näkymässä teeman alle tai vetämällä tiekartan kaistalla.
followup-no-indicators = Mittareita ei ole vielä: mittari lisätään Strategia-näkymässä, jolloin sen toteumat kirjataan tässä.
followup-to-strategy = Avaa Strategia
handout-success-factors = Menestystekijät
handout-milestones = Virstanpylväät
problem-future-actual = toteuma on päivätty tulevaisuuteen ({ $date }): tarkista vuosi.
handout-occurrences = Toistuu: { $dates }
handout-next-deadlines = Määräajat: { $list }
## Council snapshots, changes since the last meeting, the council deck
entity-snapshot = Tilanne
store-snapshot-unknown = Tilannetta { $id } ei ole tässä tiedostossa. Katso tallennetut: tiekartta snapshot TIEDOSTO --list
store-snapshot-ambiguous = Usean tilanteen tunnus alkaa { $id }. Anna tunnus pidempänä.
store-no-snapshots = Tiedostoon ei ole vielä tallennettu tilanteita. Tallenna ensin: tiekartta snapshot TIEDOSTO --meeting "Kaupunginvaltuusto 14.12.2026, § 87"
store-snapshot-heads = Tilanteen kohtaa historiassa ei löydy: { $detail }
handout-snapshot = Tilanne { $id } · { $meeting }
cli-snapshot-about = Tallenna tiedostoon tilanne kokousta varten (mitä esitettiin ja missä kohdassa historiaa)
cli-snapshot-file = Projektitiedosto (.tiekartta)
cli-snapshot-meeting-name = KOKOUS
cli-arg-meeting = Kokous: "Kaupunginvaltuusto 14.12.2026, § 87"
cli-arg-snapshot-date = Kokouksen päivä (oletus tänään)
cli-arg-handouts = Kokoukseen tehdyt monisteet, pilkuin eroteltuina
cli-arg-snapshot-list = Luettele tallennetut tilanteet
cli-arg-snapshot = Tulosta tallennettu tilanne (tunnus tai latest); alatunniste kertoo tilanteen tunnuksen
cli-arg-ghost = Piirrä tilanteen aikataulut haaleina palkkeina siirtyneiden toimenpiteiden viereen
cli-snapshot-none = Tilanteita ei ole tallennettu.
cli-snapshot-no-meeting = Kerro kokous: --meeting "Kaupunginvaltuusto 14.12.2026, § 87"
cli-snapshot-recorded = Tilanne { $id } tallennettu: { $meeting }
cli-snapshot-line = { $id }  { $date }  { $meeting }  { $handouts }
cli-changes-about = Näytä muutokset edellisen käsittelyn jälkeen: mitä on muuttunut tilanteesta nykyhetkeen (tai toiseen tilanteeseen)
cli-changes-file = Projektitiedosto (.tiekartta)
cli-changes-output = Kirjoita moniste tähän (.pdf, .pptx, .svg tai .png); ilman tätä tekstinä
cli-arg-since = Tilanne, josta lähtien (tunnus tai latest)
cli-arg-until = Tilanne, johon asti (oletus nyt)
cli-changes-extension = { $path }: tiedoston pääte kertoo muodon: .pdf, .pptx, .svg tai .png.
changes-title = Muutokset edellisen käsittelyn jälkeen
changes-point = { $meeting } (tilanne { $id }, { $date })
changes-now = nyt
changes-range = { $since } → { $until }
changes-none = Ei muutoksia.
changes-added = Uudet toimenpiteet
changes-removed = Poistetut toimenpiteet
changes-moved = Toiseen teemaan siirretyt toimenpiteet
changes-rescheduled = Aikataulu muuttui
changes-statuses = Tila muuttui
changes-actuals = Mittareiden uudet toteumat
changes-reworded = Uudelleen muotoillut
changes-action = { $name } ({ $theme })
changes-change = { $name }: { $old } → { $new }
changes-actual = { $name }: { $date } { $value } { $unit }
changes-text-value = Arvo: { $name }
changes-text-goal = Tavoite: { $name }
changes-no-dates = ei aikataulua
changes-old = Ennen
changes-new = Nyt
changes-now-done = { $count ->
    [one] 1 toimenpide valmistui
   *[other] { $count } toimenpidettä valmistui
}
changes-now-late = { $count ->
    [one] 1 myöhässä
   *[other] { $count } myöhässä
}
changes-now-at-risk = { $count ->
    [one] 1 riskissä
   *[other] { $count } riskissä
}
changes-now-on-track = { $count ->
    [one] 1 etenee
   *[other] { $count } etenee
}
changes-now-not-started = { $count ->
    [one] 1 ei aloitettu
   *[other] { $count } ei aloitettu
}
handout-deck = Valtuustoesitys
deck-indicator = Viimeisin { $latest } · tavoite { $target }
deck-indicators = Mittarit
deck-more-actions = { $count ->
    [one] ja 1 muu toimenpide
   *[other] ja { $count } muuta toimenpidettä
}
deck-more-indicators = { $count ->
    [one] ja 1 muu mittari
   *[other] ja { $count } muuta mittaria
}
deck-no-actions = Ei toimenpiteitä.
deck-no-deadlines = Ei tulevia määräaikoja.
handout-legend-ghost = Aikataulu tilanteessa { $id }
## The desktop for everyone (issue 15: accessibility, the roadmap's bars, printing)
bar-label = { $name } · { $owners } · { $dates } · { $status }
bar-label-late = { $name } · { $owners } · { $dates } · { $status }, myöhässä
bar-no-owner = ei vastuutahoa
bar-no-dates = ei päivämääriä
bar-dates = { $start }–{ $due }
bar-from = alkaen { $start }
bar-until = viimeistään { $due }
app-roadmap-label = Tiekartta: nuolinäppäimet valitsevat toimenpiteen, Enter muokkaa, Vaihto+F10 avaa valikon
app-roadmap-none-selected = Ei valittua toimenpidettä
ctx-copy = Kopioi
app-edit-copy = Kopioitu: { $name }
app-copy-name = { $name } (kopio)
app-print = Tulosta…
app-printing = Tulostetaan: { $name }
app-print-failed = Tulostus ei onnistunut: { $reason }
key-print = Tulosta käsite
## Excel in: an action list into a strategy (tiekartta import LIST.xlsx)
list-field-theme = teema
list-field-goal = tavoite
list-field-action = toimenpide
list-field-owner = vastuutaho
list-field-start = alkaa
list-field-due = valmistuu
list-field-status = tila
list-field-none = (ei käytetty)
list-no-list = Tiedostossa { $file } ei ole toimenpidelistaa: mikään taulukko ei ala otsikkorivillä, jossa on toimenpidesarake (esim. ”Toimenpide”, ”Åtgärd” tai ”Action”) ja jokin toinen tunnettu sarake.
list-problem-no-theme = Rivillä on toimenpide, mutta sen teemaa ei ole annettu tällä eikä ylemmillä riveillä; riviä ei otettu.
list-problem-no-action = Rivillä ei ole toimenpiteen nimeä; riviä ei otettu.
list-problem-bad-date = ”{ $value }” ei ole päivämäärä (esim. 15.3.2026, 3/2026 tai 2026); päivää ei otettu.
list-problem-due-before-start = Valmistumispäivä on ennen alkamista; valmistumista ei otettu.
list-problem-duplicate = Sama toimenpide saman teeman alla on jo rivillä { $row }; tätä riviä ei otettu toiseen kertaan.
cli-import-list-file = Luettava JSON-tiedosto tai toimenpidelista (.xlsx, .csv)
cli-import-into = Lisää listan uudet toimenpiteet tähän projektitiedostoon yhtenä muokkauksena
cli-import-preview = Näytä vain, mitä listasta löytyi; älä kirjoita mitään
cli-import-preview-sheet = Taulukko ”{ $sheet }”, otsikkorivi { $row }, toimenpiderivejä { $rows }:
cli-import-preview-column = { $column } ”{ $header }” → { $field }
cli-import-preview-new = Uutta: teemoja { $themes }, tavoitteita { $goals }, toimenpiteitä { $added }, vastuutahoja { $owners }.
cli-import-preview-existing = Jo strategiassa: teemoja { $themes }, tavoitteita { $goals }, toimenpiteitä { $added }, vastuutahoja { $owners }.
cli-import-preview-updated = { $count ->
    [one] Päivitetään 1 toimenpide:
   *[other] Päivitetään { $count } toimenpidettä:
}
list-update = Rivi { $row }: ”{ $name }”: { $changes }
list-update-value = { $field } { $old } » { $new }
cli-import-preview-problems = Rivejä tai soluja, joita ei ymmärretty: { $rows }.
cli-import-preview-only = Mitään ei kirjoitettu. Anna -o UUSI.tiekartta luodaksesi strategian tai --into TIEDOSTO.tiekartta lisätäksesi olemassa olevaan.
cli-import-into-done = Lisätty tiedostoon { $file } yhtenä muokkauksena.
cli-import-into-nothing = Listassa ei ollut mitään uutta tiedostoon { $file }.
cli-import-list-about = Luo projektitiedosto JSON-tiedostosta tai toimenpidelistasta (.xlsx, .csv), tai lisää lista olemassa olevaan
list-field-path = teema › tavoite

## The model grows (issue 13, item 5): owner roles, an indicator's goal, target rules
app-owner-kind-role = Virka tai rooli
handout-indicator-goal = Tavoite: { $goal }
handout-target-per-year = vuodessa
handout-target-from = { $date } alkaen
field-kinds = lajit
field-visionYear = vision vuosi
field-targetRule = tavoitetaso
field-percent = prosenttia vuodessa
field-from = alkaen

## Council meetings in the app
app-snapshot-needs-project = Tallenna strategia ensin Tiekartta-tiedostoksi: käsittelyn tilanne kirjataan siihen.
app-snapshot-needs-meeting = Anna kokouksen nimi, esim. Kaupunginvaltuusto 14.12.2026, § 87.
app-council-title = Valtuustokäsittelyt
app-council-hint = Kirjaa tilanne, kun strategia viedään kokoukseen: tulosteiden alatunniste kertoo sen tunnisteen, ja myöhemmin näet, mitä on muuttunut sen jälkeen.
app-council-meeting = Kokous
app-council-date = Päivämäärä
app-council-record = Kirjaa käsittely
app-council-none = Yhtään käsittelyä ei ole vielä kirjattu.
app-council-changes = Muutokset tämän käsittelyn jälkeen
app-council-nothing = Mitään ei ole muuttunut tämän käsittelyn jälkeen.

## The print view in front of the council: the changes handout, as it stood at a snapshot, ghost bars, PowerPoint and PNG
app-handout-changes = Muutokset edellisen käsittelyn jälkeen
app-handout-deck = Valtuustoesitys
app-print-changes-range = Muutokset
app-print-no-meetings = Kirjaa ensin käsittely (alla tai Yhdistä-näkymässä): muutokset luetellaan siitä lähtien.
app-print-since = Käsittelyn jälkeen
app-print-latest = Viimeisin käsittely
app-print-until = Käsittelyyn asti
app-print-now = Nykyinen tilanne
app-print-state = Tilanne
app-print-as-of = Strategia sellaisena kuin se oli
app-print-ghost = Haamupalkit: aikataulu käsittelyssä
app-print-no-ghost = Ei haamupalkkeja
app-print-for-meeting = Kokoukseen
app-print-meeting-hint = Kirjaa tilanne kokoukselle: moniste tulostetaan sen mukaisena, ja alatunniste kertoo sen tunnisteen.
app-print-record = Kirjaa tilanne kokoukselle
app-print-recorded = Tilanne { $id } kirjattu ja tallennettu tiedostoon.
app-save-pptx = Tallenna PowerPoint…
app-slide-shape = Dian muoto
app-save-png = Tallenna PNG…
app-png-dpi = Tarkkuus
app-handout-saved = Tallennettu: { $name }
app-pptx-title = Tallenna PowerPoint
app-print-preview = Esikatselu
app-png-title = Tallenna PNG-kuva
changes-renamed = Uudet nimet
changes-text-theme = Teema
changes-text-action = Toimenpide ({ $theme })
changes-text-indicator = Mittari
changes-text-indicator-in = Mittari ({ $theme })

## Handouts fill their page (fill): a theme without actions in the action plan
handout-col-content = Teeman sisältö
handout-col-kind = Mikä
handout-doc-plan = Suunnitelma
handout-doc-report = Raportti
handout-doc-programme = Ohjelma
## A blank strategy walked through, and an action list brought in (issues 13 and 12, item 5)
app-new-owner-for-action = Uusi vastuutaho
app-add-owner-to-action = Lisää
app-list-edit = Toimenpidelista tuotu: { $file }
app-list-none = Toimenpidelistaa ei ole esikatseltu. Valitse lista uudelleen.
app-list-start = Tuo toimenpidelista (Excel)…
menu-import-list = Tuo toimenpidelista…
app-list-open-title = Valitse toimenpidelista (.xlsx, .csv)
app-list-title = Toimenpidelistan tuonti
app-list-into-open = Lista tuodaan strategiaan ”{ $name }” yhtenä muokkauksena, jonka voi perua.
app-list-into-new = Listasta tehdään uusi strategia, jota ei ole vielä tallennettu.
app-list-sheet = { $file }: taulukko ”{ $sheet }”, otsikkorivi { $row }
app-list-columns = Mitä kukin sarake on
app-list-column = Sarake
app-list-header = Otsikko
app-list-read-as = Luettu
app-list-actions = Lisättävät toimenpiteet
app-list-updates = Muuttuvat toimenpiteet (vanha » uusi; tyhjä solu ei muuta mitään)
app-list-no-actions = Listassa ei ole uusia toimenpiteitä.
app-list-new-mark = uusi
app-list-problems = Rivit ja solut, joita ei ymmärretty (ne jätetään pois, muu tuodaan)
app-list-place-cell = rivi { $row }, sarake { $column }
app-list-place-row = rivi { $row }
app-list-place-file = tiedosto
app-list-accept = Tuo strategiaan
app-list-accept-new = Luo strategia listasta
app-list-nothing = Listassa ei ole mitään uutta eikä muuttunutta tähän strategiaan.
app-list-done = Toimenpidelista { $file } tuotu yhtenä muokkauksena.
## The follow-up round asks the next occurrence of recurring reports (issue 12, item 1)
round-sheet-reports = Raportit
round-col-document = Suunnitelma tai raportti
round-col-occurrence = Seuraava määräaika
round-instructions-reports = Taulukossa { $sheet }: valitse kunkin toistuvan raportin tai suunnitelman seuraavan määräajan tila luettelosta ja kirjoita tarvittaessa lyhyt huomio.
round-status-reports = { $count ->
    [one] Kysyttiin yhden toistuvan raportin seuraavaa määräaikaa.
   *[other] Kysyttiin { $count } toistuvan raportin seuraavaa määräaikaa.
}
