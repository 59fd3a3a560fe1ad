# datetime with fixed values: arithmetic and strftime.
from datetime import datetime, date, timedelta, time
dt = datetime(2024, 2, 28, 13, 5, 9)
print(dt, repr(dt))
print(dt + timedelta(days=1), dt + timedelta(days=2), dt - timedelta(hours=14, minutes=6))
print(dt.strftime('%Y-%m-%d %H:%M:%S'), dt.strftime('%A %d %B %Y, %I:%M %p'), dt.strftime('%j %a %b %y %%'))
print(dt.isoformat(), dt.date(), dt.time(), dt.weekday(), dt.isoweekday(), dt.year, dt.month, dt.day)
d1, d2 = date(2024, 1, 1), date(2024, 12, 25)
print(d2 - d1, (d2 - d1).days, d1 < d2, d1.replace(month=3), date(2023, 3, 1) - timedelta(days=1))
print(datetime.strptime('2021-07-04 09:30', '%Y-%m-%d %H:%M'), date.fromisoformat('2020-02-29'))
print(time(9, 30), time(23, 59, 59, 500), datetime(2024, 1, 1).timestamp() > 0)
print(dt.replace(hour=0, minute=0, second=0), datetime(2000, 1, 1) + timedelta(weeks=52))
