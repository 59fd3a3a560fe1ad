import PythonRuntime

/// `IPython.display`: `display(obj, ...)`, `clear_output(wait=False)`, `HTML`, `Markdown`, `JSON`, `SVG` —
/// rich outputs sent as display_data / clear_output events of the running cell.
extension EngineCore {
  func installDisplayModule() {
    interp.nativeModules["IPython"] = { [unowned self] interp in
      let m = interp.makeModule("IPython", [])
      m.globals["get_ipython"] = interp.makeFunction("get_ipython") { _, _ in .none }
      _ = self
      return .object(m)
    }
    interp.nativeModules["IPython.display"] = { [unowned self] interp in
      let m = interp.makeModule("IPython.display", [])
      m.globals["display"] = interp.makeFunction("display", signature: "(*objs, display_id=None, clear=False)", doc: "Shows each object as rich output below the cell.") { [unowned self] interp, args in
        if let clear = args.keyword("clear"), try interp.truthy(clear) { self.emit(.clearOutput(wait: true)) }
        for obj in args.positional {
          self.emit(.displayData(try self.mimeBundle(obj), displayID: nil))
        }
        return .none
      }
      m.globals["clear_output"] = interp.makeFunction("clear_output", signature: "(wait=False)", doc: "Clears the cell's output (after the next output when wait=True).") { [unowned self] interp, args in
        let wait = try args.argument(0, "wait").map { try interp.truthy($0) } ?? false
        self.emit(.clearOutput(wait: wait))
        return .none
      }
      // Objects that carry one representation: HTML(text) → text/html, and so on.
      for (name, method) in [("HTML", "_repr_html_"), ("Markdown", "_repr_markdown_"), ("SVG", "_repr_svg_"), ("Latex", "_repr_latex_")] {
        let cls = PyType(name: name, module: "IPython.core.display", bases: [interp.types.object])
        interp.defineMethod(cls, "__init__") { interp, args in
          let data = args.positional[safe: 1] ?? args.keyword("data") ?? .string("")
          try interp.setInstanceAttribute(args.positional[0], "data", data)
          return .none
        }
        interp.defineMethod(cls, method) { interp, args in
          .string(try interp.str(try interp.getAttribute(args.positional[0], "data")))
        }
        interp.defineMethod(cls, "__repr__") { interp, args in
          guard let o = args.positional.first?.asObject else { return .string("<\(name) object>") }
          return .string("<IPython.core.display.\(name) object at \(interp.address(o))>")
        }
        m.globals[name] = .type(cls)
      }
      return .object(m)
    }
  }

  /// Sends an event of the running cell, after any buffered stream text.
  func emit(_ event: OutputEvent) {
    stream.flush()
    sink?.emit(event)
  }
}
