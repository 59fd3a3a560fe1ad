# Lambdas as sort keys with ties.
people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 25), ('ed', 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
words = ['Banana', 'apple', 'cherry', 'Apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
