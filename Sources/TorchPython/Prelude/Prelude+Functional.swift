extension Prelude {
  /// `torch.nn.functional`.
  static let functional = #"""
import torch
import _swifttorch


def linear(input, weight, bias=None):
    return _swifttorch.linear(input, weight, bias)

def leaky_relu(input, negative_slope=0.01, inplace=False):
    return input.leaky_relu(negative_slope)


def elu(input, alpha=1.0, inplace=False):
    return input.elu(alpha)


def softplus(input, beta=1.0, threshold=20.0):
    return input.softplus(beta, threshold)


def gelu(input, approximate='none'):
    return input.gelu()


def silu(input, inplace=False):
    return input.silu()


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    return input.hardtanh(min_val, max_val)


def relu6(input, inplace=False):
    return input.hardtanh(0.0, 6.0)


def relu(input, inplace=False):
    return input.relu_() if inplace else torch.relu(input)

def tanh(input):
    return torch.tanh(input)

def sigmoid(input):
    return torch.sigmoid(input)

def softmax(input, dim=None, dtype=None):
    return _swifttorch.softmax(input, dim)

def log_softmax(input, dim=None, dtype=None):
    return _swifttorch.log_softmax(input, dim)

def dropout(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    return _swifttorch.dropout(input, p, training)

def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False):
    return _swifttorch.embedding(input, weight, padding_idx)

def one_hot(tensor, num_classes=-1):
    return _swifttorch.one_hot(tensor, num_classes)

def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0):
    return _swifttorch.cross_entropy(input, target, weight, ignore_index, reduction, label_smoothing)

def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'):
    return _swifttorch.nll_loss(input, target, weight, ignore_index, reduction)

def mse_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    return _swifttorch.mse_loss(input, target, reduction)

def l1_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    return _swifttorch.l1_loss(input, target, reduction)

def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction='mean'):
    return _swifttorch.binary_cross_entropy(input, target, weight, reduction)

def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None):
    return _swifttorch.binary_cross_entropy_with_logits(input, target, weight, reduction, pos_weight)

def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
    return _swifttorch.layer_norm(input, tuple(normalized_shape), weight, bias, eps)
"""#

  /// `torch.nn.init`.
  static let initSource = #"""
import math
import torch
import _swifttorch


def uniform_(tensor, a=0.0, b=1.0, generator=None):
    with torch.no_grad():
        return tensor.uniform_(a, b, generator=generator)

def normal_(tensor, mean=0.0, std=1.0, generator=None):
    with torch.no_grad():
        return tensor.normal_(mean, std, generator=generator)

def constant_(tensor, val):
    with torch.no_grad():
        return tensor.fill_(val)

def zeros_(tensor):
    with torch.no_grad():
        return tensor.zero_()

def ones_(tensor):
    with torch.no_grad():
        return tensor.fill_(1.0)

def _calculate_fan_in_and_fan_out(tensor):
    dimensions = tensor.dim()
    if dimensions < 2:
        raise ValueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    num_input_fmaps = tensor.size(1)
    num_output_fmaps = tensor.size(0)
    receptive_field_size = 1
    for s in tensor.shape[2:]:
        receptive_field_size *= s
    return num_input_fmaps * receptive_field_size, num_output_fmaps * receptive_field_size

def calculate_gain(nonlinearity, param=None):
    if nonlinearity in ('linear', 'conv1d', 'conv2d', 'conv3d', 'sigmoid'):
        return 1
    if nonlinearity == 'tanh':
        return 5.0 / 3
    if nonlinearity == 'relu':
        return math.sqrt(2.0)
    if nonlinearity == 'leaky_relu':
        negative_slope = 0.01 if param is None else param
        return math.sqrt(2.0 / (1 + negative_slope ** 2))
    raise ValueError(f"Unsupported nonlinearity {nonlinearity}")

def kaiming_uniform_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None):
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    fan = fan_in if mode == 'fan_in' else fan_out
    gain = calculate_gain(nonlinearity, a)
    std = gain / math.sqrt(fan)
    bound = math.sqrt(3.0) * std
    with torch.no_grad():
        return tensor.uniform_(-bound, bound, generator=generator)

def xavier_uniform_(tensor, gain=1.0, generator=None):
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    a = math.sqrt(3.0) * std
    with torch.no_grad():
        return tensor.uniform_(-a, a, generator=generator)

def xavier_normal_(tensor, gain=1.0, generator=None):
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    with torch.no_grad():
        return tensor.normal_(0, std, generator=generator)
"""#

  /// `torch.nn.utils`.
  static let nnUtils = #"""
import math
import torch
import torch.nn.utils.rnn as rnn


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    if isinstance(parameters, torch.Tensor):
        parameters = [parameters]
    grads = [p.grad for p in parameters if p.grad is not None]
    max_norm = float(max_norm)
    if len(grads) == 0:
        return torch.tensor(0.0)
    norms = torch.stack([g.detach().norm() for g in grads])
    total_norm = norms.norm()
    clip_coef = max_norm / (total_norm + 1e-6)
    clip_coef_clamped = clip_coef.clamp(max=1.0)
    for g in grads:
        g.detach().mul_(clip_coef_clamped)
    return total_norm
"""#

  /// `torch.nn.utils.rnn`.
  static let nnUtilsRNN = #"""
import torch
import _swifttorch


class PackedSequence:
    """A batch of variable-length sequences packed time step by time step, as pack_padded_sequence makes it."""
    def __init__(self, data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
        self.data = data
        self.batch_sizes = batch_sizes
        self.sorted_indices = sorted_indices
        self.unsorted_indices = unsorted_indices

    def __iter__(self):
        return iter((self.data, self.batch_sizes, self.sorted_indices, self.unsorted_indices))

    def __getitem__(self, i):
        return (self.data, self.batch_sizes, self.sorted_indices, self.unsorted_indices)[i]

    def __len__(self):
        return 4

    def __repr__(self):
        return (f'PackedSequence(data={self.data!r}, batch_sizes={self.batch_sizes!r}, '
                f'sorted_indices={self.sorted_indices!r}, unsorted_indices={self.unsorted_indices!r})')

    def to(self, *args, **kwargs):
        return self


def _invert_permutation(permutation):
    if permutation is None:
        return None
    output = torch.empty_like(permutation)
    output.scatter_(0, permutation, torch.arange(0, permutation.numel()))
    return output


def pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True):
    if isinstance(lengths, torch.Tensor):
        if lengths.dim() != 1 or lengths.dtype != torch.int64:
            raise RuntimeError("'lengths' argument should be a 1D CPU int64 tensor, but got " + str(lengths.dim()) + "D " + str(lengths.dtype).replace('torch.', '') + " tensor")
        lengths_list = lengths.tolist()
    else:
        lengths_list = [int(x) for x in lengths]
    if enforce_sorted:
        for i in range(len(lengths_list) - 1):
            if lengths_list[i] < lengths_list[i + 1]:
                raise RuntimeError("`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to sidestep this requirement if you do not need ONNX exportability.")
        sorted_indices = None
    else:
        lengths_tensor = torch.tensor(lengths_list, dtype=torch.int64)
        lengths_tensor, sorted_indices = torch.sort(lengths_tensor, descending=True)
        lengths_list = lengths_tensor.tolist()
        batch_dim = 0 if batch_first else 1
        input = input.index_select(batch_dim, sorted_indices)
    if batch_first:
        input = input.transpose(0, 1)
    if len(lengths_list) == 0 or lengths_list[-1] <= 0:
        raise RuntimeError("Length of all samples has to be greater than 0, but found an element in 'lengths' that is <= 0")
    data, batch_sizes = _swifttorch.pack_padded(input, lengths_list)
    return PackedSequence(data, batch_sizes, sorted_indices, _invert_permutation(sorted_indices))


def pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None):
    padded, lengths = _swifttorch.pad_packed(sequence.data, sequence.batch_sizes, padding_value, total_length)
    if batch_first:
        padded = padded.transpose(0, 1)
    if sequence.unsorted_indices is not None:
        batch_dim = 0 if batch_first else 1
        return padded.index_select(batch_dim, sequence.unsorted_indices), lengths[sequence.unsorted_indices]
    return padded, lengths


def pad_sequence(sequences, batch_first=False, padding_value=0.0, padding_side='right'):
    max_len = max(s.size(0) for s in sequences)
    trailing = tuple(sequences[0].shape[1:])
    out = torch.full((len(sequences), max_len) + trailing, padding_value, dtype=sequences[0].dtype)
    for i, s in enumerate(sequences):
        n = s.size(0)
        if padding_side == 'right':
            out[i, :n] = s
        else:
            out[i, max_len - n:] = s
    if not batch_first:
        out = out.transpose(0, 1)
    return out


def pack_sequence(sequences, enforce_sorted=True):
    lengths = torch.tensor([v.size(0) for v in sequences], dtype=torch.int64)
    return pack_padded_sequence(pad_sequence(sequences), lengths, enforce_sorted=enforce_sorted)
"""#
}
