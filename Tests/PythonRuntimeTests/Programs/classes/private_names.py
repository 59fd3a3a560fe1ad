# Name mangling of double-underscore attributes.
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._hint = 'protected'
    def balance(self):
        return self.__balance
a = Account(100)
print(a.balance(), a._hint)
try:
    a.__balance
except AttributeError as e:
    print(e)
print(a._Account__balance)
print(sorted(vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = 'sub'
print(sorted(vars(Sub()).items()))
