# Comprehensions calling functions and methods.
def is_palindrome(s):
    return s == s[::-1]
words = ['level', 'hello', 'noon', 'python', 'a', 'refer']
print([w for w in words if is_palindrome(w)])
print([w.capitalize() for w in words if len(w) > 4])
print({w: is_palindrome(w) for w in words[:3]})
print(sum(len(w) for w in words))
print([str(n).zfill(3) for n in [1, 22, 333]])
print([divmod(n, 4) for n in range(9, 13)])
