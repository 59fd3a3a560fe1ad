# Defining __eq__ sets __hash__ to None unless __hash__ is defined too.
class A:
    def __eq__(self, o):
        return True
class B(A):
    def __hash__(self):
        return 1
print(A.__hash__ is None, B.__hash__ is None)
print(len({B(), B()}))
try:
    hash(A())
except TypeError as e:
    print(e)
class C:
    pass
print(C() == C(), C.__hash__ is object.__hash__)
