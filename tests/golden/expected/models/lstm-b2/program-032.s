; tpusim program: 13 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=16
TAG 227
READ_HOST ub=16, host=0x1000, rows=2, rowBytes=128
SET act.zeroPoint, 110
READ_WEIGHTS addr=0x150000, tiles=1, usedRows=128, usedCols=256
MATMUL ub=16, acc=0, len=2, switch, unsigned
ACTIVATE acc=0, ub=18, len=2, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x160000, tiles=1, usedRows=128, usedCols=256
MATMUL ub=16, acc=2048, len=2, switch, unsigned
ACTIVATE acc=2048, ub=20, len=2, params=8, func=identity, perColumn, unsigned
WRITE_HOST ub=18, host=0x1100, rows=2, rowBytes=256
WRITE_HOST ub=20, host=0x1300, rows=2, rowBytes=256
HALT
