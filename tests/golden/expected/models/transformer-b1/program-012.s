; tpusim program: 17 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=16
TAG 42
READ_HOST ub=16, host=0x1000, rows=32, rowBytes=128
SET act.zeroPoint, 137
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=128
MATMUL ub=16, acc=0, len=32, switch, unsigned
ACTIVATE acc=0, ub=48, len=32, func=identity, perColumn, unsigned
TAG 43
READ_HOST ub=16, host=0x2000, rows=32, rowBytes=128
SET act.zeroPoint, 121
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=16, acc=2048, len=32, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=48, acc=2048, len=32, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=80, len=32, params=8, func=identity, perColumn, unsigned
WRITE_HOST ub=80, host=0x3000, rows=32, rowBytes=128
HALT
