; tpusim program: 9 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=8
TAG 451
READ_HOST ub=8, host=0x800, rows=2, rowBytes=128
SET act.zeroPoint, 127
READ_WEIGHTS addr=0x250000, tiles=1, usedRows=128, usedCols=10
MATMUL ub=8, acc=0, len=2, switch, unsigned
ACTIVATE acc=0, ub=10, len=2, func=identity, perColumn, unsigned
WRITE_HOST ub=10, host=0x900, rows=2, rowBytes=10
HALT
