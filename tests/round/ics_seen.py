"""Parses a .ics with Python's icalendar package and prints its events as JSON."""
import datetime
import json
import sys

import icalendar

cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
events = []
for ev in cal.walk("VEVENT"):
    start = ev.decoded("DTSTART")
    end = ev.decoded("DTEND")
    events.append({
        "uid": str(ev["UID"]),
        "summary": str(ev["SUMMARY"]),
        "description": str(ev.get("DESCRIPTION", "")),
        "start": start.isoformat(),
        "all_day": type(start) is datetime.date,
        "days": (end - start).days,
        "sequence": int(ev.get("SEQUENCE", 0)),
    })
print(json.dumps({"name": str(cal.get("X-WR-CALNAME")), "events": events}, ensure_ascii=False))
