// The instruction set's single source of truth: opcodes, bit fields, flags, enums and
// configuration registers. The TypeScript tools read this table directly; the AssemblyScript
// core gets constants and field getters generated from it at build time
// (scripts/gen-asc-isa.ts → asc/generated/isa.ts), and isa/ISA.md's field tables are generated
// from it too (tests/isa/doc.test.ts keeps them in step).

/** Every instruction is this many bytes, little-endian. */
export const INSTRUCTION_BYTES = 16;
/** Bits [0, 8) hold the opcode, bits [8, 16) the instruction's flags. */
export const OPCODE_LSB = 0;
export const OPCODE_WIDTH = 8;
export const FLAGS_LSB = 8;
export const FLAGS_WIDTH = 8;

/** The hardware unit that executes an instruction (each unit runs its own instructions in order). */
export type Unit = 'control' | 'host' | 'weights' | 'matrix' | 'activate' | 'vector';

/** How a field's value is written and read in assembly. */
export type FieldKind =
  /** unsigned integer */
  | 'uint'
  /** one of `enum` names (or its index) */
  | 'enum'
  /** a configuration-register name (or its id) */
  | 'register'
  /** a 32-bit register value: a float literal for f32 registers, an integer otherwise */
  | 'value';

/** One bit field of an instruction word. */
export interface FieldSpec {
  name: string;
  /** Least significant bit within the 128-bit instruction word. */
  lsb: number;
  width: number;
  kind: FieldKind;
  /** Names of the enum values, by index (kind 'enum'). */
  values?: readonly string[];
  /** Value when the assembly leaves the field out. */
  default: number;
  /** Disassembly prints this field in hex. */
  hex?: boolean;
  /** The assembler insists on this field being written (it has no useful default). */
  required?: boolean;
  /** Disassembly leaves this field out when it holds its default. */
  optional?: boolean;
  doc: string;
}

/** One flag bit (bit index within the flags byte). */
export interface FlagSpec {
  name: string;
  bit: number;
  doc: string;
}

/** One instruction. */
export interface OpcodeSpec {
  mnemonic: Mnemonic;
  opcode: number;
  unit: Unit;
  fields: readonly FieldSpec[];
  flags: readonly FlagSpec[];
  /** Aliases accepted by the assembler for a set of flags (e.g. SYNC `all`). */
  flagAliases?: Readonly<Record<string, readonly string[]>>;
  doc: string;
}

export type Mnemonic =
  'NOP' | 'HALT' | 'READ_HOST' | 'WRITE_HOST' | 'READ_WEIGHTS' | 'MATMUL' | 'ACTIVATE' | 'SET' | 'SYNC' | 'INTERRUPT' | 'TAG' | 'VECTOR';

/** Activation functions of ACTIVATE's `func` field, by encoding. */
export const ACTIVATION_FUNCTIONS = ['identity', 'relu', 'relu6', 'sigmoid', 'tanh'] as const;
/** Pooling modes of ACTIVATE's `pool` field, by encoding. */
export const POOL_MODES = ['none', 'max', 'avg'] as const;
/** Units named by SYNC flags, by flag bit. */
export const SYNC_UNITS = ['host', 'weights', 'matrix', 'activate', 'vector'] as const;
/** Operations of VECTOR's `op` field, by encoding (docs/vector-unit.md §3). */
export const VECTOR_OPS = [
  'copy',
  'add',
  'sub',
  'mul',
  'div',
  'max',
  'min',
  'lookup',
  'permute',
  'gather',
  'sum',
  'mean',
  'rmax',
  'softmax',
  'norm',
] as const;
/** A VECTOR operation. */
export type VectorOp = (typeof VECTOR_OPS)[number];
/** Operation classes of the vector unit (a config's `vectorUnit.ops`), by bit of the core's class mask. */
export const VECTOR_CLASSES = ['move', 'arith', 'divide', 'minmax', 'lookup', 'reduce', 'softmax', 'norm', 'mask'] as const;
/** A vector-unit operation class. */
export type VectorClass = (typeof VECTOR_CLASSES)[number];
/**
 * The class each VECTOR op belongs to. Class 'mask' has no op of its own: it is the softmax's lane
 * mask (vec.mask.rows > 0, docs/vector-unit.md §4), which a softmax needs besides class 'softmax'.
 */
export const VECTOR_OP_CLASS: Readonly<Record<VectorOp, VectorClass>> = {
  copy: 'move',
  permute: 'move',
  gather: 'move',
  add: 'arith',
  sub: 'arith',
  mul: 'arith',
  div: 'divide',
  max: 'minmax',
  min: 'minmax',
  lookup: 'lookup',
  sum: 'reduce',
  mean: 'reduce',
  rmax: 'reduce',
  softmax: 'softmax',
  norm: 'norm',
};

/** Type of a configuration register's 32-bit value. */
export type RegisterType = 'u32' | 'i32' | 'f32';

/** One configuration register, written by SET and read by later instructions. */
export interface RegisterSpec {
  name: string;
  id: number;
  type: RegisterType;
  /** Value after reset. */
  reset: number;
  doc: string;
}

/** Configuration registers. Instructions capture the registers' values when they are issued. */
export const REGISTERS: readonly RegisterSpec[] = [
  {
    name: 'act.scale',
    id: 0,
    type: 'f32',
    reset: 1,
    doc: 'requantization scale when ACTIVATE has no `params` block (input scale for sigmoid/tanh)',
  },
  {
    name: 'act.outScale',
    id: 1,
    type: 'f32',
    reset: 1,
    doc: 'sigmoid/tanh: multiplier from the function value to output units (1 / output scale)',
  },
  { name: 'act.zeroPoint', id: 2, type: 'i32', reset: 0, doc: 'output zero point added after rounding' },
  { name: 'act.clipHigh', id: 3, type: 'i32', reset: 32767, doc: 'relu6: upper clip, in output units (the quantized value of 6.0)' },
  { name: 'out.count', id: 4, type: 'u32', reset: 0, doc: 'strided ACTIVATE writes: output rows per group (0 = contiguous)' },
  { name: 'out.step', id: 5, type: 'u32', reset: 1, doc: 'strided ACTIVATE writes: UB vectors between rows of a group' },
  { name: 'out.pitch', id: 6, type: 'u32', reset: 0, doc: 'strided ACTIVATE writes: UB vectors between the starts of groups' },
  { name: 'pool.inHeight', id: 7, type: 'u32', reset: 1, doc: 'pooling: input height (accumulator rows are an inHeight x inWidth image)' },
  { name: 'pool.inWidth', id: 8, type: 'u32', reset: 1, doc: 'pooling: input width' },
  { name: 'pool.kh', id: 9, type: 'u32', reset: 1, doc: 'pooling: window height' },
  { name: 'pool.kw', id: 10, type: 'u32', reset: 1, doc: 'pooling: window width' },
  { name: 'pool.sh', id: 11, type: 'u32', reset: 1, doc: 'pooling: vertical stride' },
  { name: 'pool.sw', id: 12, type: 'u32', reset: 1, doc: 'pooling: horizontal stride' },
  {
    name: 'pool.padTop',
    id: 13,
    type: 'u32',
    reset: 0,
    doc: 'pooling: rows of padding above the input (padding never wins a max, never counts in an average)',
  },
  { name: 'pool.padLeft', id: 14, type: 'u32', reset: 0, doc: 'pooling: columns of padding left of the input' },
  { name: 'pool.outHeight', id: 15, type: 'u32', reset: 1, doc: 'pooling: output height' },
  { name: 'pool.outWidth', id: 16, type: 'u32', reset: 1, doc: 'pooling: output width' },
  {
    name: 'in.lane',
    id: 17,
    type: 'u32',
    reset: 0,
    doc: "MATMUL: byte of the UB row where each input vector's R elements start (in.lane + R <= W)",
  },
  {
    name: 'out.lane',
    id: 18,
    type: 'u32',
    reset: 0,
    doc: "ACTIVATE: byte of the UB row where each output vector's C values are written (out.lane + C <= W)",
  },
  {
    name: 'wt.lane',
    id: 19,
    type: 'u32',
    reset: 0,
    doc: 'READ_WEIGHTS ub: byte of each UB row where a tile row (C bytes; R with transpose) starts',
  },
  { name: 'vec.a.scale', id: 20, type: 'f32', reset: 1, doc: 'VECTOR: quantization scale of A (real = scale x (q - zero))' },
  { name: 'vec.b.scale', id: 21, type: 'f32', reset: 1, doc: 'VECTOR: quantization scale of B (real = scale x (q - zero))' },
  { name: 'vec.y.scale', id: 22, type: 'f32', reset: 1, doc: 'VECTOR: quantization scale of Y (real = scale x (q - zero))' },
  { name: 'vec.a.zero', id: 23, type: 'i32', reset: 0, doc: 'VECTOR: zero point of A' },
  { name: 'vec.b.zero', id: 24, type: 'i32', reset: 0, doc: 'VECTOR: zero point of B' },
  { name: 'vec.y.zero', id: 25, type: 'i32', reset: 0, doc: 'VECTOR: zero point of Y' },
  { name: 'vec.a.lane', id: 26, type: 'u32', reset: 0, doc: "VECTOR: first lane of A's window in its rows" },
  { name: 'vec.b.lane', id: 27, type: 'u32', reset: 0, doc: "VECTOR: first lane of B's window in its rows" },
  { name: 'vec.y.lane', id: 28, type: 'u32', reset: 0, doc: "VECTOR: first lane of Y's window in its rows" },
  { name: 'vec.width', id: 29, type: 'u32', reset: 0, doc: 'VECTOR: lanes per row processed, w (0 = W)' },
  { name: 'vec.lastWidth', id: 30, type: 'u32', reset: 0, doc: "VECTOR reductions/softmax/norm: lanes of a group's last row (0 = w)" },
  { name: 'vec.a.count', id: 31, type: 'u32', reset: 0, doc: "VECTOR: A's row pattern, steps per group (0 = contiguous)" },
  { name: 'vec.a.step', id: 32, type: 'u32', reset: 1, doc: "VECTOR: A's row pattern, rows between steps of a group (0 repeats one row)" },
  { name: 'vec.a.pitch', id: 33, type: 'u32', reset: 0, doc: "VECTOR: A's row pattern, rows between the starts of groups" },
  { name: 'vec.b.count', id: 34, type: 'u32', reset: 0, doc: "VECTOR: B's row pattern, steps per group (0 = contiguous)" },
  { name: 'vec.b.step', id: 35, type: 'u32', reset: 1, doc: "VECTOR: B's row pattern, rows between steps of a group (0 repeats one row)" },
  { name: 'vec.b.pitch', id: 36, type: 'u32', reset: 0, doc: "VECTOR: B's row pattern, rows between the starts of groups" },
  { name: 'vec.y.count', id: 37, type: 'u32', reset: 0, doc: "VECTOR: Y's row pattern, steps per group (0 = contiguous)" },
  { name: 'vec.y.step', id: 38, type: 'u32', reset: 1, doc: "VECTOR: Y's row pattern, rows between steps of a group (0 repeats one row)" },
  { name: 'vec.y.pitch', id: 39, type: 'u32', reset: 0, doc: "VECTOR: Y's row pattern, rows between the starts of groups" },
  { name: 'vec.group.rows', id: 40, type: 'u32', reset: 1, doc: 'VECTOR reductions/softmax/norm: rows in one group' },
  { name: 'vec.group.stride', id: 41, type: 'u32', reset: 0, doc: "VECTOR reductions/softmax/norm: UB rows between a group's rows" },
  { name: 'vec.eps', id: 42, type: 'f32', reset: 1e-5, doc: 'VECTOR norm: epsilon' },
  { name: 'vec.one', id: 43, type: 'u32', reset: 255, doc: "VECTOR softmax: the output's quantized value of 1.0 above its zero point" },
  { name: 'vec.gather.rows', id: 44, type: 'u32', reset: 0, doc: 'VECTOR gather: rows in the table (indices must be below)' },
  {
    name: 'vec.mask.rows',
    id: 45,
    type: 'u32',
    reset: 0,
    doc: 'VECTOR softmax: mask patterns M (0 = no mask); group i uses pattern i mod M (class mask)',
  },
  {
    name: 'vec.mask.row',
    id: 46,
    type: 'u32',
    reset: 0,
    doc: "VECTOR softmax: UB row of the mask block; pattern p's group row r is row vec.mask.row + p x vec.group.rows + r, byte l 0 = lane masked",
  },
];

const uint = (name: string, lsb: number, width: number, doc: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  lsb,
  width,
  kind: 'uint',
  default: 0,
  doc,
  ...extra,
});

const hostTransferFields = (dir: 'to' | 'from'): FieldSpec[] => [
  uint('ub', 16, 24, `first Unified Buffer row ${dir === 'to' ? 'written' : 'read'}`),
  uint('host', 40, 40, `host-memory byte address ${dir === 'to' ? 'read' : 'written'}`, { hex: true }),
  uint('rows', 80, 32, 'number of rows moved', { required: true }),
  uint(
    'rowBytes',
    112,
    16,
    'bytes per row in host memory (0 = the full UB row width); the rest of a UB row written from the host is zero-filled',
    { optional: true },
  ),
];

/** The instruction table. */
export const OPCODES: readonly OpcodeSpec[] = [
  {
    mnemonic: 'NOP',
    opcode: 0x00,
    unit: 'control',
    fields: [uint('cycles', 16, 32, 'cycles the front end waits before issuing the next instruction', { default: 1 })],
    flags: [],
    doc: 'Delay issue of later instructions by `cycles` cycles. Never needed for correctness.',
  },
  {
    mnemonic: 'HALT',
    opcode: 0x01,
    unit: 'control',
    fields: [],
    flags: [],
    doc: 'Wait until every unit has finished, then stop. The run ends here.',
  },
  {
    mnemonic: 'READ_HOST',
    opcode: 0x02,
    unit: 'host',
    fields: hostTransferFields('to'),
    flags: [],
    doc: 'DMA `rows` rows from host memory into the Unified Buffer.',
  },
  {
    mnemonic: 'WRITE_HOST',
    opcode: 0x03,
    unit: 'host',
    fields: hostTransferFields('from'),
    flags: [],
    doc: 'DMA `rows` rows from the Unified Buffer to host memory.',
  },
  {
    mnemonic: 'READ_WEIGHTS',
    opcode: 0x04,
    unit: 'weights',
    fields: [
      uint('addr', 16, 40, 'weight-memory byte address of the first tile (with `ub`: the Unified Buffer row of its first tile row)', {
        hex: true,
      }),
      uint('tiles', 56, 32, 'number of consecutive tiles fetched into the weight FIFO', { default: 1 }),
      uint('usedRows', 88, 16, 'rows of each tile holding real weights, for the useful-MAC counter (0 = all)', { optional: true }),
      uint('usedCols', 104, 16, 'columns of each tile holding real weights (0 = all)', { optional: true }),
    ],
    flags: [
      { name: 'w16', bit: 0, doc: '16-bit weights: each tile is rows x cols int16 and takes two FIFO slots' },
      {
        name: 'ub',
        bit: 1,
        doc: 'read each tile from the Unified Buffer: tile row k is bytes [wt.lane, wt.lane + cols) of UB row addr + t*rows + k (int8; needs weightFifo.fromUnifiedBuffer)',
      },
      { name: 'transpose', bit: 2, doc: 'with `ub`: tile column n is bytes [wt.lane, wt.lane + rows) of UB row addr + t*cols + n' },
    ],
    doc: 'Fetch `tiles` weight tiles (rows x cols each) from weight memory, or with `ub` from the Unified Buffer, into the weight FIFO, in order.',
  },
  {
    mnemonic: 'MATMUL',
    opcode: 0x05,
    unit: 'matrix',
    fields: [
      uint('ub', 16, 24, 'Unified Buffer row of the first input vector'),
      uint('acc', 40, 24, 'first accumulator row written'),
      uint('len', 64, 24, 'number of input vectors (B)', { required: true }),
      uint('cols', 88, 16, 'convolution addressing: vectors per output row (with `conv`)', { optional: true }),
      uint('step', 104, 8, 'convolution addressing: UB vectors between neighbouring outputs (the stride)', { optional: true }),
      uint('pitch', 112, 16, 'convolution addressing: UB vectors between output rows', { optional: true }),
    ],
    flags: [
      { name: 'switch', bit: 0, doc: 'start using the next weight tile (the one shifted in behind the current one)' },
      { name: 'accumulate', bit: 1, doc: 'add into the accumulators (otherwise overwrite them)' },
      { name: 'conv', bit: 2, doc: 'convolution addressing: vector i is read at ub + (i / cols) * pitch + (i % cols) * step' },
      { name: 'unsigned', bit: 3, doc: 'input elements are unsigned (uint8 / uint16); otherwise signed' },
      { name: 'in16', bit: 4, doc: '16-bit inputs: each vector is two UB rows (low bytes, then high bytes)' },
      { name: 'w16', bit: 5, doc: 'the tile is 16-bit (must match how it was fetched)' },
      { name: 'fence', bit: 6, doc: 'layer boundary: start only when every earlier ACTIVATE has finished, whatever rows it writes' },
    ],
    doc: 'Multiply `len` input vectors from the UB by the current weight tile into accumulator rows acc..acc+len-1.',
  },
  {
    mnemonic: 'ACTIVATE',
    opcode: 0x06,
    unit: 'activate',
    fields: [
      uint('acc', 16, 24, 'first accumulator row read'),
      uint('ub', 40, 24, 'first Unified Buffer row written'),
      uint('len', 64, 24, 'accumulator rows read (with pooling: pool.inHeight x pool.inWidth)', { required: true }),
      uint('params', 88, 24, 'UB row of the per-column parameter block (with `perColumn`): int32 bias[cols] then float32 scale[cols]', {
        optional: true,
      }),
      { name: 'func', lsb: 112, width: 4, kind: 'enum', values: ACTIVATION_FUNCTIONS, default: 0, doc: 'activation function' },
      {
        name: 'pool',
        lsb: 116,
        width: 2,
        kind: 'enum',
        values: POOL_MODES,
        default: 0,
        optional: true,
        doc: 'pooling over the accumulator rows seen as an image',
      },
    ],
    flags: [
      {
        name: 'perColumn',
        bit: 0,
        doc: 'add per-column bias and use per-column scales from the block at `params` (else no bias and scale act.scale)',
      },
      { name: 'unsigned', bit: 1, doc: 'outputs are unsigned (uint8 / uint16); otherwise signed' },
      { name: 'strided', bit: 2, doc: 'write output rows with the out.count / out.step / out.pitch pattern' },
      { name: 'out16', bit: 3, doc: '16-bit outputs: each vector is written as two UB rows (low bytes, then high bytes)' },
    ],
    doc: 'Read accumulator rows, add bias, requantize, apply the function, optionally pool, write the UB.',
  },
  {
    mnemonic: 'SET',
    opcode: 0x07,
    unit: 'control',
    fields: [
      { name: 'reg', lsb: 16, width: 16, kind: 'register', default: 0, required: true, doc: 'configuration register' },
      { name: 'value', lsb: 32, width: 32, kind: 'value', default: 0, required: true, doc: 'new value (float for f32 registers)' },
    ],
    flags: [],
    doc: 'Write a configuration register; instructions issued later see the new value.',
  },
  {
    mnemonic: 'SYNC',
    opcode: 0x08,
    unit: 'control',
    fields: [],
    flags: SYNC_UNITS.map((u, bit) => ({ name: u, bit, doc: `wait for the ${u} unit` })),
    flagAliases: { all: SYNC_UNITS },
    doc: 'Issue nothing more until every earlier instruction of the named units has finished.',
  },
  {
    mnemonic: 'INTERRUPT',
    opcode: 0x09,
    unit: 'control',
    fields: [uint('code', 16, 32, 'code reported to the host')],
    flags: [],
    doc: 'Wait for every earlier instruction to finish, then signal the host with `code`.',
  },
  {
    mnemonic: 'TAG',
    opcode: 0x0a,
    unit: 'control',
    fields: [uint('id', 16, 32, 'tag id (the compiler uses one per graph node)')],
    flags: [],
    doc: 'Attribute the cycles and counters of the instructions that follow to tag `id`.',
  },
  {
    mnemonic: 'VECTOR',
    opcode: 0x0b,
    unit: 'vector',
    fields: [
      uint('a', 16, 24, 'UB row of operand A at step 0 (or of the gather table)'),
      uint('b', 40, 24, 'UB row of operand B at step 0, or of the lookup/permute/softmax table, the norm parameters, the gather indices'),
      uint('y', 64, 24, 'UB row of the first output'),
      uint('len', 88, 24, 'steps: rows for element-wise ops and moves, groups for reductions, softmax and norm', { required: true }),
      {
        name: 'operation',
        lsb: 112,
        width: 5,
        kind: 'enum',
        values: VECTOR_OPS,
        default: 0,
        required: true,
        doc: 'operation (docs/vector-unit.md §4; the design calls this field op, which names the mnemonic in an Instruction)',
      },
    ],
    flags: [
      { name: 'aSigned', bit: 0, doc: "A's bytes are int8 (otherwise uint8)" },
      { name: 'bSigned', bit: 1, doc: "B's bytes are int8" },
      { name: 'ySigned', bit: 2, doc: "Y's bytes are int8 (outputs saturate to [-128, 127], else [0, 255])" },
      {
        name: 'bF32',
        bit: 3,
        doc: 'binary ops: B is float32 constants, one per lane (lane l at byte 4(vec.b.lane + l) of the 4W bytes from row b)',
      },
      { name: 'bLane', bit: 4, doc: 'binary ops: B is one byte, lane vec.b.lane of row B(i), broadcast to every lane' },
      { name: 'perLane', bit: 5, doc: "sum/mean/rmax: reduce each lane over the group's rows (else all of the group to one value)" },
    ],
    doc: 'Vector unit: `len` steps of `operation` over UB rows of A (and B), writing UB rows of Y; quantization, lane windows, row patterns and groups come from the vec.* registers.',
  },
];

const BY_MNEMONIC = new Map<string, OpcodeSpec>(OPCODES.map((o) => [o.mnemonic, o]));

/** Looks up an instruction by mnemonic (case-insensitive). */
export function opcodeByMnemonic(name: string): OpcodeSpec | undefined {
  return BY_MNEMONIC.get(name) ?? BY_MNEMONIC.get(name.toUpperCase());
}

/** Looks up an instruction by opcode number. */
export function opcodeByNumber(opcode: number): OpcodeSpec | undefined {
  return OPCODES.find((o) => o.opcode === opcode);
}

/** Looks up a configuration register by name or id. */
export function registerByName(name: string): RegisterSpec | undefined {
  return REGISTERS.find((r) => r.name === name);
}

/** Looks up a configuration register by id. */
export function registerById(id: number): RegisterSpec | undefined {
  return REGISTERS.find((r) => r.id === id);
}
