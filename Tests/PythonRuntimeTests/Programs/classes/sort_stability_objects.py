# Sorting objects with __lt__ only and stability.
class Card:
    order = '23456789TJQKA'
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(s) for s in ['Kh', '2s', 'Kd', 'Ac', '2h', '9c']]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(max(hand), min(hand))
hand.sort(key=lambda c: c.suit)
print(hand)
