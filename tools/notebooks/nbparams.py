"""Small shared helpers for the notebook tools (standard library only).

* read/write notebooks the way nbformat writes them (indent 1, sorted keys, trailing newline);
* override assignments in the cell tagged ``parameters`` (papermill style), in place, so the cell keeps
  its position: ``NAME = <old value>`` becomes ``NAME = <new value>``;
* collect the stream text of the code cells.
"""
import json
import re


def read(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write(nb, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def source(cell):
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def parse_assignment(text):
    """'NAME=VALUE' -> (NAME, VALUE as Python source). VALUE is taken as a literal when it parses as one
    (numbers, True/False/None, quoted strings), otherwise as a string."""
    import ast
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not name.isidentifier():
        raise ValueError(f"expected NAME=VALUE, got {text!r}")
    try:
        ast.literal_eval(value)
        return name, value.strip()
    except (ValueError, SyntaxError):
        return name, repr(value)


def set_parameters(nb, assignments):
    """Rewrites `NAME = ...` lines of the parameters-tagged cell. Raises if a name is not assigned there."""
    cells = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    if not assignments:
        return
    if not cells:
        raise ValueError("no cell tagged 'parameters'")
    cell = cells[0]
    text = source(cell)
    for name, value in assignments:
        pattern = re.compile(r"^(%s\s*=\s*)(.*)$" % re.escape(name), re.M)
        if not pattern.search(text):
            raise ValueError(f"{name} is not assigned in the parameters cell")
        text = pattern.sub(lambda m: m.group(1) + value, text, count=1)
    cell["source"] = text.splitlines(True)


def stream_text(cell, name="stdout"):
    text = ""
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and out.get("name") == name:
            part = out.get("text", "")
            text += "".join(part) if isinstance(part, list) else part
    return text
