# timedelta arithmetic and normalisation.
from datetime import timedelta
a = timedelta(days=1, hours=25, minutes=61, seconds=3661)
print(a, repr(a), a.days, a.seconds, a.total_seconds())
print(timedelta(hours=-1), repr(timedelta(hours=-1)), -timedelta(days=1, seconds=1))
print(timedelta(minutes=90) * 2, timedelta(hours=3) / 2, timedelta(hours=3) / timedelta(minutes=45), timedelta(days=7) // 3)
print(timedelta(0), timedelta(microseconds=1500), timedelta(seconds=0.5), timedelta(weeks=1, days=-1))
print(timedelta(days=1) > timedelta(hours=23), abs(timedelta(days=-2)), timedelta(days=1) % timedelta(hours=5))
print(sum([timedelta(hours=10)] * 5, timedelta()), timedelta(days=999999999).days)
