; tpusim program: 15 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=16
TAG 51
READ_HOST ub=16, host=0x1000, rows=1, rowBytes=128
SET act.zeroPoint, 128
SET act.outScale, 130.01598
READ_WEIGHTS addr=0x150000, tiles=1, usedRows=128, usedCols=128
MATMUL ub=16, acc=0, len=1, switch, unsigned
ACTIVATE acc=0, ub=17, len=1, func=tanh, perColumn, unsigned
TAG 52
SET act.zeroPoint, 154
READ_WEIGHTS addr=0x160000, tiles=1, usedRows=128, usedCols=10
MATMUL ub=17, acc=2048, len=1, switch, unsigned, fence
ACTIVATE acc=2048, ub=16, len=1, params=8, func=identity, perColumn, unsigned
WRITE_HOST ub=16, host=0x1080, rows=1, rowBytes=10
HALT
