#!/usr/bin/env bash
# Renders docs/council/*.png: the Paimio council deck as LibreOffice Impress
# shows it (pptx -> PDF -> PNG) and a changes report, from a Paimio project
# with two snapshots and the edits between them. Needs a built
# target/debug/tiekartta, soffice (libreoffice-impress) and pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."
B=${TIEKARTTA:-target/debug/tiekartta}
OUT=docs/council
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export TIEKARTTA_LANG=fi
"$B" import seeds/paimio.json -o "$W/paimio.tiekartta" >/dev/null
first=$("$B" snapshot "$W/paimio.tiekartta" --meeting "Kaupunginhallitus 16.11.2026, § 210" \
    --date 16.11.2026 --handouts roadmap | awk '{print $2}')
"$B" export "$W/paimio.tiekartta" -o "$W/p.json" >/dev/null
python3 - "$W/p.json" <<'PY'
import json, sys
path = sys.argv[1]
d = json.load(open(path))
s = d["strategy"]; a = s["actions"]; th = [t["id"] for t in s["themes"]]
find = lambda p: next(x for x in a if x["name"].startswith(p))
find("Säästö")["due"] = "6/2028"
find("Prosessien")["status"] = "onTrack"
find("Roolien")["status"] = "atRisk"
find("Tiedolla")["start"] = "1/2028"; find("Tiedolla")["due"] = "12/2029"
find("Kaikki mukaan")["status"] = "onTrack"
x = find("Palveluiden sekä"); x["theme"] = th[1]; x.pop("goal", None)
a.remove(find("Palveluverkon"))
a.append(dict(id="paimio.action.kirjasto", theme=th[2],
              name="Kirjaston ja kulttuuripalveluiden uudistus", start="1/2029", due="12/2030"))
s["themes"][0]["goals"][0]["name"] = "Talous tasapainoon vuoteen 2028 mennessä"
v = s["values"][0]
v["meaning"] = v.get("meaning", "") + " Palvelemme asukkaita yhtä sujuvasti verkossa kuin kasvokkain."
json.dump(d, open(path, "w"), ensure_ascii=False)
PY
"$B" update "$W/paimio.tiekartta" --from "$W/p.json" >/dev/null
"$B" snapshot "$W/paimio.tiekartta" --meeting "Kaupunginvaltuusto 14.12.2026, § 87" \
    --date 14.12.2026 --handouts deck,changes >/dev/null
"$B" pptx "$W/paimio.tiekartta" --kind deck --snapshot latest --today 2.12.2026 -o "$W/deck.pptx" >/dev/null
soffice --headless "-env:UserInstallation=file://$W/lo" --convert-to pdf --outdir "$W" "$W/deck.pptx" >/dev/null 2>&1
mkdir -p "$OUT"
rm -f "$OUT"/deck-*.png "$OUT"/muutokset*.png
pdftoppm -r 72 -png "$W/deck.pdf" "$OUT/deck"
"$B" changes "$W/paimio.tiekartta" --since "$first" --until latest --today 2.12.2026 -o "$W/muutokset.pdf" >/dev/null
pdftoppm -r 80 -png -singlefile "$W/muutokset.pdf" "$OUT/muutokset"
"$B" png "$W/paimio.tiekartta" --kind roadmap --ghost "$first" --today 2.12.2026 --dpi 72 -o "$OUT/roadmap-ghosts.png" >/dev/null
ls -l "$OUT"
