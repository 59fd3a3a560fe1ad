# AttributeError on None.
def find_user(name):
    users = {'ann': {'email': 'ann@example.com'}}
    return users.get(name)
user = find_user('bob')
print(user)
print(user.foo)
