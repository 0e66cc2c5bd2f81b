; tpusim program: 12 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=8
TAG 245
READ_HOST ub=8, host=0x800, rows=2, rowBytes=128
READ_HOST ub=10, host=0x900, rows=2, rowBytes=128
SET act.zeroPoint, 126
READ_WEIGHTS addr=0x1b0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=8, acc=0, len=2, switch, unsigned
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=10, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=12, len=2, func=identity, perColumn, unsigned
WRITE_HOST ub=12, host=0xa00, rows=2, rowBytes=128
HALT
