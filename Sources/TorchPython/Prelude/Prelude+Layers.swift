extension Prelude {
  /// Recurrent layers, embedding, activations, dropout, normalisation and losses (part of `torch.nn`).
  static let nnLayers = #"""


class RNNBase(Module):
    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 dropout=0.0, bidirectional=False, proj_size=0, device=None, dtype=None):
        super().__init__()
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = float(dropout)
        self.bidirectional = bidirectional
        self.proj_size = proj_size
        num_directions = 2 if bidirectional else 1
        if not isinstance(dropout, (int, float)) or not 0 <= dropout <= 1 or isinstance(dropout, bool):
            raise ValueError("dropout should be a number in range [0, 1] representing the probability of an element being zeroed")
        if not isinstance(hidden_size, int):
            raise TypeError(f"hidden_size should be of type int, got: {type(hidden_size).__name__}")
        if hidden_size <= 0:
            raise ValueError("hidden_size must be greater than zero")
        if num_layers <= 0:
            raise ValueError("num_layers must be greater than zero")
        if proj_size != 0:
            raise NotImplementedError("proj_size > 0 is not supported by SwiftTorch yet")
        if mode == 'LSTM':
            gate_size = 4 * hidden_size
        elif mode == 'GRU':
            gate_size = 3 * hidden_size
        else:
            gate_size = hidden_size
        self._flat_weights_names = []
        for layer in range(num_layers):
            for direction in range(num_directions):
                layer_input_size = input_size if layer == 0 else hidden_size * num_directions
                suffix = '_reverse' if direction == 1 else ''
                w_ih = Parameter(torch.empty((gate_size, layer_input_size), dtype=dtype))
                w_hh = Parameter(torch.empty((gate_size, hidden_size), dtype=dtype))
                names = [f'weight_ih_l{layer}{suffix}', f'weight_hh_l{layer}{suffix}']
                params = [w_ih, w_hh]
                if bias:
                    names += [f'bias_ih_l{layer}{suffix}', f'bias_hh_l{layer}{suffix}']
                    params += [Parameter(torch.empty(gate_size, dtype=dtype)), Parameter(torch.empty(gate_size, dtype=dtype))]
                for name, param in zip(names, params):
                    setattr(self, name, param)
                self._flat_weights_names.extend(names)
        self.reset_parameters()

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        with torch.no_grad():
            for weight in self.parameters():
                weight.uniform_(-stdv, stdv)

    @property
    def _flat_weights(self):
        return [self._parameters[n] for n in self._flat_weights_names]

    @property
    def all_weights(self):
        num_directions = 2 if self.bidirectional else 1
        per = 4 if self.bias else 2
        w = self._flat_weights
        return [w[i * per:(i + 1) * per] for i in range(self.num_layers * num_directions)]

    def extra_repr(self):
        s = '{input_size}, {hidden_size}'
        if self.proj_size != 0:
            s += ', proj_size={proj_size}'
        if self.num_layers != 1:
            s += ', num_layers={num_layers}'
        if self.bias is not True:
            s += ', bias={bias}'
        if self.batch_first is not False:
            s += ', batch_first={batch_first}'
        if self.dropout != 0:
            s += ', dropout={dropout}'
        if self.bidirectional is not False:
            s += ', bidirectional={bidirectional}'
        return s.format(**self.__dict__)

    def _layer_weights(self, layer, direction):
        suffix = '_reverse' if direction == 1 else ''
        p = self._parameters
        w_ih = p[f'weight_ih_l{layer}{suffix}']
        w_hh = p[f'weight_hh_l{layer}{suffix}']
        if self.bias:
            return w_ih, w_hh, p[f'bias_ih_l{layer}{suffix}'], p[f'bias_hh_l{layer}{suffix}']
        return w_ih, w_hh, None, None

    def forward(self, input, hx=None):
        from torch.nn.utils.rnn import PackedSequence
        is_lstm = self.mode == 'LSTM'
        num_directions = 2 if self.bidirectional else 1
        if isinstance(input, PackedSequence):
            return self._forward_packed(input, hx)
        if input.dim() not in (2, 3):
            raise ValueError(f"{type(self).__name__}: Expected input to be 2D or 3D, got {input.dim()}D instead")
        is_batched = input.dim() == 3
        batch_first = self.batch_first and is_batched
        if not is_batched:
            input = input.unsqueeze(1)
            if hx is not None:
                if is_lstm:
                    hx = (hx[0].unsqueeze(1), hx[1].unsqueeze(1))
                else:
                    hx = hx.unsqueeze(1)
        if input.size(-1) != self.input_size:
            raise RuntimeError(f'input.size(-1) must be equal to input_size. Expected {self.input_size}, got {input.size(-1)}')
        batch = input.size(0) if batch_first else input.size(1)
        if hx is None:
            zeros = torch.zeros(self.num_layers * num_directions, batch, self.hidden_size, dtype=input.dtype)
            hx = (zeros, zeros) if is_lstm else zeros
        else:
            h0 = hx[0] if is_lstm else hx
            expected = [self.num_layers * num_directions, batch, self.hidden_size]
            if list(h0.shape) != expected:
                raise RuntimeError(f'Expected hidden size ({expected[0]}, {expected[1]}, {expected[2]}), got {list(h0.shape)}')
        output, h_n, c_n = _swifttorch.rnn_forward(self.mode, input, hx[0] if is_lstm else hx, hx[1] if is_lstm else None,
                                                   self._flat_weights, self.bias, self.num_layers, self.dropout if self.training else 0.0,
                                                   self.bidirectional, batch_first)
        if not is_batched:
            output = output.squeeze(1)
            h_n = h_n.squeeze(1)
            if is_lstm:
                c_n = c_n.squeeze(1)
        if is_lstm:
            return output, (h_n, c_n)
        return output, h_n

    def _forward_packed(self, packed, hx):
        from torch.nn.utils.rnn import PackedSequence
        is_lstm = self.mode == 'LSTM'
        num_directions = 2 if self.bidirectional else 1
        batch = int(packed.batch_sizes[0])
        if hx is None:
            zeros = torch.zeros(self.num_layers * num_directions, batch, self.hidden_size, dtype=packed.data.dtype)
            hx = (zeros, zeros) if is_lstm else zeros
        elif packed.sorted_indices is not None:
            if is_lstm:
                hx = (hx[0].index_select(1, packed.sorted_indices), hx[1].index_select(1, packed.sorted_indices))
            else:
                hx = hx.index_select(1, packed.sorted_indices)
        data, h_n, c_n = _swifttorch.rnn_forward_packed(self.mode, packed.data, packed.batch_sizes, hx[0] if is_lstm else hx,
                                                        hx[1] if is_lstm else None, self._flat_weights, self.bias, self.num_layers,
                                                        self.dropout if self.training else 0.0, self.bidirectional)
        output = PackedSequence(data, packed.batch_sizes, packed.sorted_indices, packed.unsorted_indices)
        if packed.unsorted_indices is not None:
            h_n = h_n.index_select(1, packed.unsorted_indices)
            if is_lstm:
                c_n = c_n.index_select(1, packed.unsorted_indices)
        if is_lstm:
            return output, (h_n, c_n)
        return output, h_n


class RNN(RNNBase):
    def __init__(self, *args, **kwargs):
        if 'proj_size' in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        if len(args) > 3:
            self_nonlinearity = args[3]
            args = args[:3] + args[4:]
        else:
            self_nonlinearity = kwargs.pop('nonlinearity', 'tanh')
        if self_nonlinearity == 'tanh':
            mode = 'RNN_TANH'
        elif self_nonlinearity == 'relu':
            mode = 'RNN_RELU'
        else:
            raise ValueError(f"Unknown nonlinearity '{self_nonlinearity}'. Select from 'tanh' or 'relu'.")
        super().__init__(mode, *args, **kwargs)
        self.nonlinearity = self_nonlinearity

    def extra_repr(self):
        s = super().extra_repr()
        if self.nonlinearity != 'tanh':
            s += ', nonlinearity={}'.format(repr(self.nonlinearity).replace("'", "'"))
        return s


class LSTM(RNNBase):
    def __init__(self, *args, **kwargs):
        super().__init__('LSTM', *args, **kwargs)


class GRU(RNNBase):
    def __init__(self, *args, **kwargs):
        if 'proj_size' in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        super().__init__('GRU', *args, **kwargs)


class Embedding(Module):
    def __init__(self, num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0,
                 scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False, device=None, dtype=None):
        super().__init__()
        self.num_embeddings = num_embeddings
        self.embedding_dim = embedding_dim
        if padding_idx is not None:
            if padding_idx > 0:
                assert padding_idx < self.num_embeddings, 'Padding_idx must be within num_embeddings'
            elif padding_idx < 0:
                assert padding_idx >= -self.num_embeddings, 'Padding_idx must be within num_embeddings'
                padding_idx = self.num_embeddings + padding_idx
        self.padding_idx = padding_idx
        self.max_norm = max_norm
        self.norm_type = norm_type
        self.scale_grad_by_freq = scale_grad_by_freq
        self.sparse = sparse
        if _weight is None:
            self.weight = Parameter(torch.empty((num_embeddings, embedding_dim), dtype=dtype), requires_grad=not _freeze)
            self.reset_parameters()
        else:
            self.weight = Parameter(_weight, requires_grad=not _freeze)

    def reset_parameters(self):
        with torch.no_grad():
            self.weight.normal_(0, 1)
            if self.padding_idx is not None:
                self.weight[self.padding_idx].fill_(0)

    def forward(self, input):
        return _swifttorch.embedding(input, self.weight, self.padding_idx)

    def extra_repr(self):
        s = '{num_embeddings}, {embedding_dim}'
        if self.padding_idx is not None:
            s += ', padding_idx={padding_idx}'
        if self.max_norm is not None:
            s += ', max_norm={max_norm}'
        if self.norm_type != 2:
            s += ', norm_type={norm_type}'
        if self.scale_grad_by_freq is not False:
            s += ', scale_grad_by_freq={scale_grad_by_freq}'
        if self.sparse is not False:
            s += ', sparse=True'
        return s.format(**self.__dict__)

    @classmethod
    def from_pretrained(cls, embeddings, freeze=True, padding_idx=None):
        rows, cols = embeddings.shape
        return cls(rows, cols, _weight=embeddings, _freeze=freeze, padding_idx=padding_idx)


class ReLU(Module):
    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def forward(self, input):
        return torch.relu(input)

    def extra_repr(self):
        return 'inplace=True' if self.inplace else ''


class Tanh(Module):
    def forward(self, input):
        return torch.tanh(input)


class Sigmoid(Module):
    def forward(self, input):
        return torch.sigmoid(input)


class Softmax(Module):
    def __init__(self, dim=None):
        super().__init__()
        self.dim = dim

    def forward(self, input):
        return _swifttorch.softmax(input, self.dim)

    def extra_repr(self):
        return f'dim={self.dim}'


class LogSoftmax(Module):
    def __init__(self, dim=None):
        super().__init__()
        self.dim = dim

    def forward(self, input):
        return _swifttorch.log_softmax(input, self.dim)

    def extra_repr(self):
        return f'dim={self.dim}'


class Flatten(Module):
    def __init__(self, start_dim=1, end_dim=-1):
        super().__init__()
        self.start_dim = start_dim
        self.end_dim = end_dim

    def forward(self, input):
        return input.flatten(self.start_dim, self.end_dim)

    def extra_repr(self):
        return f'start_dim={self.start_dim}, end_dim={self.end_dim}'


class Dropout(Module):
    def __init__(self, p=0.5, inplace=False):
        super().__init__()
        if p < 0 or p > 1:
            raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
        self.p = p
        self.inplace = inplace

    def forward(self, input):
        return _swifttorch.dropout(input, self.p, self.training)

    def extra_repr(self):
        return f'p={self.p}, inplace={self.inplace}'


class LayerNorm(Module):
    def __init__(self, normalized_shape, eps=1e-05, elementwise_affine=True, bias=True, device=None, dtype=None):
        super().__init__()
        if isinstance(normalized_shape, int):
            normalized_shape = (normalized_shape,)
        self.normalized_shape = tuple(normalized_shape)
        self.eps = eps
        self.elementwise_affine = elementwise_affine
        if elementwise_affine:
            self.weight = Parameter(torch.ones(self.normalized_shape))
            if bias:
                self.bias = Parameter(torch.zeros(self.normalized_shape))
            else:
                self.register_parameter('bias', None)
        else:
            self.register_parameter('weight', None)
            self.register_parameter('bias', None)

    def forward(self, input):
        return _swifttorch.layer_norm(input, self.normalized_shape, self.weight, self.bias, self.eps)

    def extra_repr(self):
        return '{normalized_shape}, eps={eps}, elementwise_affine={elementwise_affine}'.format(**self.__dict__)


class _Loss(Module):
    def __init__(self, size_average=None, reduce=None, reduction='mean'):
        super().__init__()
        self.reduction = reduction


class CrossEntropyLoss(_Loss):
    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0):
        super().__init__(size_average, reduce, reduction)
        self.register_buffer('weight', weight)
        self.ignore_index = ignore_index
        self.label_smoothing = label_smoothing

    def forward(self, input, target):
        return _swifttorch.cross_entropy(input, target, self.weight, self.ignore_index, self.reduction, self.label_smoothing)


class NLLLoss(_Loss):
    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'):
        super().__init__(size_average, reduce, reduction)
        self.register_buffer('weight', weight)
        self.ignore_index = ignore_index

    def forward(self, input, target):
        return _swifttorch.nll_loss(input, target, self.weight, self.ignore_index, self.reduction)


class MSELoss(_Loss):
    def forward(self, input, target):
        return _swifttorch.mse_loss(input, target, self.reduction)


class L1Loss(_Loss):
    def forward(self, input, target):
        return _swifttorch.l1_loss(input, target, self.reduction)


class BCELoss(_Loss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction='mean'):
        super().__init__(size_average, reduce, reduction)
        self.register_buffer('weight', weight)

    def forward(self, input, target):
        return _swifttorch.binary_cross_entropy(input, target, self.weight, self.reduction)


class BCEWithLogitsLoss(_Loss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None):
        super().__init__(size_average, reduce, reduction)
        self.register_buffer('weight', weight)
        self.register_buffer('pos_weight', pos_weight)

    def forward(self, input, target):
        return _swifttorch.binary_cross_entropy_with_logits(input, target, self.weight, self.reduction, self.pos_weight)

import torch.nn.functional as functional
import torch.nn.init as init
import torch.nn.utils as utils
"""#
}
