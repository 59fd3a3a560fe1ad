# Chained traceback with an explicit cause.
class ConfigError(Exception):
    pass
def read_port(settings):
    try:
        return int(settings['port'])
    except KeyError as exc:
        raise ConfigError('port setting is missing') from exc
print('reading')
read_port({'host': 'localhost'})
