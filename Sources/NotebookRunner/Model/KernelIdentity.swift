import ExecutionEngine

/// The kernel that runs notebooks headless, as the notebook metadata names it: the same kernelspec
/// `swifttorch install` writes and the `language_info` its `kernel_info_reply` sends.
public enum KernelIdentity {
  /// `metadata.kernelspec`.
  public static let kernelspec: JSONValue = ["display_name": "SwiftTorch", "language": "python", "name": "swifttorch"]

  /// `metadata.language_info`.
  public static let languageInfo: JSONValue = [
    "name": "python",
    "version": "3.11",
    "mimetype": "text/x-python",
    "file_extension": ".py",
    "pygments_lexer": "ipython3",
    "codemirror_mode": ["name": "ipython", "version": 3],
    "nbconvert_exporter": "python",
  ]

  /// Records in the notebook that this kernel ran it (as nbclient stores the kernel's language_info).
  public static func stamp(_ notebook: inout Notebook) {
    notebook.metadata["kernelspec"] = kernelspec
    notebook.metadata["language_info"] = languageInfo
  }
}
