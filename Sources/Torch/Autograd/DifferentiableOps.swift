/// Every autograd node name this module can create (besides `AccumulateGrad`). The test suite runs a
/// finite-difference gradient check whose graph contains each of these; a new op must be added here and checked.
public enum DifferentiableOps {
  /// The node names, as `grad_fn` prints them.
  public static let nodeNames: [String] = [
    "AbsBackward0", "AddBackward0", "AddmmBackward0", "AliasBackward0", "BinaryCrossEntropyBackward0",
    "BinaryCrossEntropyWithLogitsBackward0", "BmmBackward0", "CatBackward0", "CeilBackward0", "ClampBackward1",
    "CloneBackward0", "CopyBackwards", "CopySlices", "AsStridedBackward0", "CosBackward0", "CumsumBackward0", "DivBackward0", "DotBackward0",
    "EmbeddingBackward0", "ExpBackward0", "ExpandBackward0", "FillBackward0", "FloorBackward0", "FloorDivideBackward0",
    "GatherBackward0", "IndexBackward0", "IndexSelectBackward0", "LinalgVectorNormBackward0", "LogBackward0",
    "Log1PBackward0", "LogSoftmaxBackward0", "MaskedFillBackward0", "MaskedSelectBackward0", "MaxBackward0",
    "MaxBackward1", "MaximumBackward0", "MeanBackward0", "MeanBackward1", "MinBackward0", "MinBackward1",
    "MinimumBackward0", "MmBackward0", "MseLossBackward0", "MulBackward0", "MvBackward0", "NativeLayerNormBackward0",
    "NegBackward0", "NllLossBackward0", "PackPaddedSequenceBackward0", "PermuteBackward0", "PowBackward0", "PowBackward1", "PowBackward2",
    "ProdBackward0", "ReciprocalBackward0", "ReluBackward0", "RemainderBackward0", "RepeatBackward0", "RoundBackward0",
    "RsqrtBackward0", "RsubBackward1", "ScatterAddBackward0", "ScatterBackward0", "SelectBackward0", "SigmoidBackward0",
    "SignBackward0", "SinBackward0", "SliceBackward0", "SoftmaxBackward0", "SortBackward0", "SplitBackward0",
    "SqrtBackward0", "SqueezeBackward0", "SqueezeBackward1", "StackBackward0", "StdBackward0", "SubBackward0",
    "SumBackward0", "SumBackward1", "TBackward0", "TanhBackward0", "ToCopyBackward0", "TopkBackward0",
    "TransposeBackward0", "TransposeBackward1", "TruncBackward0", "UnbindBackward0", "UnsafeViewBackward0",
    "UnsqueezeBackward0", "VarBackward0", "ViewBackward0", "WhereBackward0",
  ]
}
