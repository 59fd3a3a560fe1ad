# typing annotations have no runtime effect on values.
from typing import List, Dict, Optional, Tuple, Union, Any, Callable
def f(xs: List[int], m: Dict[str, int], o: Optional[str] = None) -> Tuple[int, str]:
    return sum(xs) + sum(m.values()), o or 'none'
print(f([1, 2], {'a': 3}))
Alias = Union[int, str]
def g(v: Alias, cb: Callable[[int], int] = lambda x: x) -> Any:
    return cb(v) if isinstance(v, int) else v
print(g(3, lambda x: x * 10), g('s'))
x: List[str] = ['untyped', 'at', 'runtime', 1]
print(x)
