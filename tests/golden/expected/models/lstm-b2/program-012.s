; tpusim program: 21 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=24
TAG 77
READ_HOST ub=24, host=0x1800, rows=2, rowBytes=32
READ_HOST ub=26, host=0x1840, rows=2, rowBytes=128
SET act.zeroPoint, 143
READ_WEIGHTS addr=0x20000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=24, acc=0, len=2, switch, unsigned
READ_WEIGHTS addr=0x30000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=26, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=28, len=2, func=identity, perColumn, unsigned
TAG 78
SET act.zeroPoint, 127
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=160, usedCols=256
MATMUL ub=28, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=24, len=2, params=8, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=160, usedCols=256
MATMUL ub=28, acc=0, len=2, switch, unsigned
ACTIVATE acc=0, ub=26, len=2, params=16, func=identity, perColumn, unsigned
WRITE_HOST ub=24, host=0x1940, rows=2, rowBytes=256
WRITE_HOST ub=26, host=0x1b40, rows=2, rowBytes=256
HALT
