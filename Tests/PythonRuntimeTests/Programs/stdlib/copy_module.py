# copy.copy versus copy.deepcopy.
import copy
original = {'list': [1, [2, 3]], 'n': 5}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original['list'][1].append(4)
original['n'] = 6
print(original, shallow, deep)
print(shallow['list'] is original['list'], deep['list'] is original['list'])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
root = Node(1)
root.children.append(Node(2))
root.children.append(root)
clone = copy.deepcopy(root)
print(clone.v, clone.children[0].v, clone.children[1] is clone, clone is root)
print(copy.copy(5), copy.deepcopy('s'), copy.copy((1, [2])))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
