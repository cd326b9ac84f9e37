#!/usr/bin/env python3
"""Independent oracle for the S2/S3 golden calendar cases (python3 calendar_oracle.py > cases.csv).

Written apart from the Java engine, in another language, on the system tz database: walks minute by minute in
UTC, converts each minute to the calendar's local time and asks whether it lies in an opening. The rows it prints
are appended to ejb-module/src/test/resources/sla/calendar-cases.csv; run on purpose, never in CI.
"""
import random
from datetime import datetime, timedelta, timezone, date, time
from zoneinfo import ZoneInfo

SAT, SUN, MON, TUE, WED, THU, FRI = 5, 6, 0, 1, 2, 3, 4

def week(days, intervals):
    return {d: intervals for d in days}

CALENDARS = {
    # Saturday-Wednesday 08:00-16:30 Tehran, holidays around Nowruz 1406 and one at the Gregorian year end
    "TEHRAN_NOWRUZ": (ZoneInfo("Asia/Tehran"), week([SAT, SUN, MON, TUE, WED], [(480, 990)]),
                      {date(2027, 3, 20), date(2027, 3, 21), date(2027, 3, 22), date(2027, 3, 23),
                       date(2027, 3, 24), date(2026, 12, 30)}),
    # Monday-Friday 09:00-12:00 and 13:00-17:00 Berlin: two intervals a day, daylight saving changes
    "BERLIN_SPLIT": (ZoneInfo("Europe/Berlin"), week([MON, TUE, WED, THU, FRI], [(540, 720), (780, 1020)]),
                     {date(2026, 12, 25), date(2026, 12, 28)}),
    # Monday-Friday 09:00-18:00 Moscow: no daylight saving
    "MOSCOW": (ZoneInfo("Europe/Moscow"), week([MON, TUE, WED, THU, FRI], [(540, 1080)]), set()),
    # every night 22:00-06:00 UTC, written as two intervals across midnight
    "NIGHT_UTC": (timezone.utc, week([MON, TUE, WED, THU, FRI, SAT, SUN], [(0, 360), (1320, 1440)]), set()),
    # around the clock in Berlin: business time is elapsed time, whatever the clocks on the wall do
    "ALLDAY_BERLIN": (ZoneInfo("Europe/Berlin"), week(range(7), [(0, 1440)]), set()),
}

def is_open(cal, instant):
    zone, days, holidays = CALENDARS[cal]
    local = instant.astimezone(zone)
    if local.date() in holidays:
        return False
    minute = local.hour * 60 + local.minute
    return any(a <= minute < b for a, b in days.get(local.weekday(), []))

def add(cal, start, minutes):
    t = start
    while True:
        if is_open(cal, t):
            minutes -= 1
            if minutes == 0:
                return t + timedelta(minutes=1)
        t += timedelta(minutes=1)

def between(cal, a, b):
    n, t = 0, a
    while t < b:
        if is_open(cal, t):
            n += 1
        t += timedelta(minutes=1)
    return n

def next_opening(cal, t):
    while not is_open(cal, t):
        t += timedelta(minutes=1)
    return t

class Ambiguous(Exception):
    pass

def local(cal, instant):
    """Local wall time; a time that does not name the instant unambiguously (the hour repeated in autumn)
    is refused, since the CSV holds wall times."""
    zone = CALENDARS[cal][0]
    text = instant.astimezone(zone).strftime("%Y-%m-%dT%H:%M")
    if datetime.fromisoformat(text).replace(tzinfo=zone).astimezone(timezone.utc) != instant.astimezone(timezone.utc):
        raise Ambiguous(text)
    return text

def iso(minutes):
    h, m = divmod(minutes, 60)
    return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m or not h else "")

def starts(cal):
    """Start moments worth testing: around DST changes, year end, Nowruz, weekends, and random ones."""
    zone = CALENDARS[cal][0]
    fixed = ["2026-03-27T16:45", "2026-03-29T01:30", "2026-10-24T16:00", "2026-10-25T02:30", "2026-12-24T11:00",
             "2026-12-31T15:00", "2027-03-19T15:00", "2027-03-25T07:00", "2026-11-27T23:59", "2026-11-22T05:59"]
    out = [datetime.fromisoformat(s).replace(tzinfo=zone) for s in fixed]
    rnd = random.Random(sum(map(ord, cal)))
    base = datetime(2026, 1, 1, tzinfo=timezone.utc)
    out += [base + timedelta(minutes=rnd.randrange(0, 2 * 365 * 24 * 60)) for _ in range(14)]
    return [s.astimezone(timezone.utc) for s in out]

def main():
    print("# computed by ejb-module/src/test/oracle/calendar_oracle.py (independent minute-stepping oracle)")
    rnd = random.Random(20261122)
    for cal in CALENDARS:
        for s in starts(cal):
            minutes = rnd.choice([1, 30, 60, 240, 510, 600, 1440, 2880, 4000])
            emit(lambda: f"add,{cal},{local(cal, s)},{iso(minutes)},{local(cal, add(cal, s, minutes))}")
        for s in starts(cal)[:8]:
            e = s + timedelta(minutes=rnd.randrange(60, 6 * 24 * 60))
            emit(lambda: f"between,{cal},{local(cal, s)},{local(cal, e)},{iso(between(cal, s, e))}")
            emit(lambda: f"next,{cal},{local(cal, s)},,{local(cal, next_opening(cal, s))}")

def emit(row):
    try:
        print(row())
    except Ambiguous:
        pass

if __name__ == "__main__":
    main()
