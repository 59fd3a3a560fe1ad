# Order of except clauses matters with a user hierarchy.
class BaseErr(Exception): pass
class MidErr(BaseErr): pass
class LeafErr(MidErr): pass
def handle(exc):
    try:
        raise exc
    except LeafErr:
        return 'leaf handler'
    except MidErr:
        return 'mid handler'
    except BaseErr:
        return 'base handler'
print(handle(LeafErr()), handle(MidErr()), handle(BaseErr()))
def wrong_order(exc):
    try:
        raise exc
    except BaseErr:
        return 'base catches all'
    except LeafErr:
        return 'unreachable'
print(wrong_order(LeafErr()))
try:
    raise LeafErr
except MidErr as e:
    print(repr(e), type(e).__name__)
