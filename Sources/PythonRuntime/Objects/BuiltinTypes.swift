/// The builtin classes of one interpreter (`object`, `int`, `list`, the exception hierarchy, ...).
/// Each interpreter has its own, so sessions on different threads share nothing mutable.
public final class BuiltinTypes {
  public let object = PyType(name: "object", bases: [])
  public let type: PyType
  public let none: PyType, bool: PyType, int: PyType, float: PyType, complex: PyType, str: PyType, bytes: PyType
  public let list: PyType, tuple: PyType, dict: PyType, set: PyType, frozenset: PyType
  public let range: PyType, slice: PyType, module: PyType, ellipsis: PyType, notImplemented: PyType
  public let function: PyType, builtinFunction: PyType, method: PyType, cell: PyType
  public let property: PyType, nativeProperty: PyType, staticmethod: PyType, classmethod: PyType, superType: PyType
  public let iterator: PyType, generator: PyType
  /// Named iterator classes (`type(iter([])).__name__ == 'list_iterator'`); all derive from `iterator`.
  public let listIterator: PyType, tupleIterator: PyType, strAsciiIterator: PyType, strIterator: PyType, rangeIterator: PyType
  public let setIterator: PyType, dictKeyIterator: PyType, bytesIterator: PyType
  public let enumerateType: PyType, zipType: PyType, mapType: PyType, filterType: PyType
  public let dictKeys: PyType, dictValues: PyType, dictItems: PyType

  // Exceptions
  public let baseException: PyType
  public let systemExit: PyType, keyboardInterrupt: PyType, generatorExit: PyType
  public let exception: PyType
  public let stopIteration: PyType, arithmeticError: PyType, floatingPointError: PyType, overflowError: PyType, zeroDivisionError: PyType
  public let assertionError: PyType, attributeError: PyType, bufferError: PyType, eofError: PyType
  public let importError: PyType, moduleNotFoundError: PyType
  public let lookupError: PyType, indexError: PyType, keyError: PyType
  public let memoryError: PyType, nameError: PyType, unboundLocalError: PyType
  public let osError: PyType, fileNotFoundError: PyType, fileExistsError: PyType, permissionError: PyType, isADirectoryError: PyType, notADirectoryError: PyType, timeoutError: PyType
  public let referenceError: PyType, runtimeError: PyType, notImplementedError: PyType, recursionError: PyType
  public let syntaxError: PyType, indentationError: PyType, tabError: PyType
  public let systemError: PyType, typeError: PyType, valueError: PyType, unicodeError: PyType, unicodeDecodeError: PyType, unicodeEncodeError: PyType
  public let warning: PyType, userWarning: PyType, deprecationWarning: PyType, runtimeWarning: PyType, futureWarning: PyType
  public let stopAsyncIteration: PyType

  /// Every builtin exception class by name, for the builtins module.
  public private(set) var exceptionsByName: [(String, PyType)] = []

  init() {
    func t(_ name: String, _ bases: [PyType], generic: Bool = false) -> PyType {
      PyType(name: name, bases: bases, generic: generic)
    }
    let o = object
    type = t("type", [o])
    none = t("NoneType", [o])
    int = t("int", [o])
    bool = t("bool", [int])
    float = t("float", [o])
    complex = t("complex", [o])
    str = t("str", [o])
    bytes = t("bytes", [o])
    list = t("list", [o])
    tuple = t("tuple", [o])
    dict = t("dict", [o])
    set = t("set", [o])
    frozenset = t("frozenset", [o])
    range = t("range", [o])
    slice = t("slice", [o])
    module = t("module", [o])
    ellipsis = t("ellipsis", [o])
    notImplemented = t("NotImplementedType", [o])
    function = t("function", [o])
    builtinFunction = t("builtin_function_or_method", [o])
    method = t("method", [o])
    cell = t("cell", [o])
    property = t("property", [o])
    nativeProperty = t("getset_descriptor", [o])
    staticmethod = t("staticmethod", [o])
    classmethod = t("classmethod", [o])
    superType = t("super", [o])
    iterator = t("iterator", [o])
    listIterator = t("list_iterator", [iterator])
    tupleIterator = t("tuple_iterator", [iterator])
    strAsciiIterator = t("str_ascii_iterator", [iterator])
    strIterator = t("str_iterator", [iterator])
    rangeIterator = t("range_iterator", [iterator])
    setIterator = t("set_iterator", [iterator])
    dictKeyIterator = t("dict_keyiterator", [iterator])
    bytesIterator = t("bytes_iterator", [iterator])
    enumerateType = t("enumerate", [iterator])
    zipType = t("zip", [iterator])
    mapType = t("map", [iterator])
    filterType = t("filter", [iterator])
    generator = t("generator", [o])
    dictKeys = t("dict_keys", [o])
    dictValues = t("dict_values", [o])
    dictItems = t("dict_items", [o])

    var all: [(String, PyType)] = []
    func e(_ name: String, _ base: PyType) -> PyType {
      let x = PyType(name: name, bases: [base], generic: true)
      all.append((name, x))
      return x
    }
    baseException = PyType(name: "BaseException", bases: [o], generic: true)
    baseException.markAsExceptionRoot()
    all.append(("BaseException", baseException))
    systemExit = e("SystemExit", baseException)
    keyboardInterrupt = e("KeyboardInterrupt", baseException)
    generatorExit = e("GeneratorExit", baseException)
    exception = e("Exception", baseException)
    stopIteration = e("StopIteration", exception)
    stopAsyncIteration = e("StopAsyncIteration", exception)
    arithmeticError = e("ArithmeticError", exception)
    floatingPointError = e("FloatingPointError", arithmeticError)
    overflowError = e("OverflowError", arithmeticError)
    zeroDivisionError = e("ZeroDivisionError", arithmeticError)
    assertionError = e("AssertionError", exception)
    attributeError = e("AttributeError", exception)
    bufferError = e("BufferError", exception)
    eofError = e("EOFError", exception)
    importError = e("ImportError", exception)
    moduleNotFoundError = e("ModuleNotFoundError", importError)
    lookupError = e("LookupError", exception)
    indexError = e("IndexError", lookupError)
    keyError = e("KeyError", lookupError)
    memoryError = e("MemoryError", exception)
    nameError = e("NameError", exception)
    unboundLocalError = e("UnboundLocalError", nameError)
    osError = e("OSError", exception)
    fileNotFoundError = e("FileNotFoundError", osError)
    fileExistsError = e("FileExistsError", osError)
    permissionError = e("PermissionError", osError)
    isADirectoryError = e("IsADirectoryError", osError)
    notADirectoryError = e("NotADirectoryError", osError)
    timeoutError = e("TimeoutError", osError)
    referenceError = e("ReferenceError", exception)
    runtimeError = e("RuntimeError", exception)
    notImplementedError = e("NotImplementedError", runtimeError)
    recursionError = e("RecursionError", runtimeError)
    syntaxError = e("SyntaxError", exception)
    indentationError = e("IndentationError", syntaxError)
    tabError = e("TabError", indentationError)
    systemError = e("SystemError", exception)
    typeError = e("TypeError", exception)
    valueError = e("ValueError", exception)
    unicodeError = e("UnicodeError", valueError)
    unicodeDecodeError = e("UnicodeDecodeError", unicodeError)
    unicodeEncodeError = e("UnicodeEncodeError", unicodeError)
    warning = e("Warning", exception)
    userWarning = e("UserWarning", warning)
    deprecationWarning = e("DeprecationWarning", warning)
    runtimeWarning = e("RuntimeWarning", warning)
    futureWarning = e("FutureWarning", warning)
    exceptionsByName = all
  }
}
