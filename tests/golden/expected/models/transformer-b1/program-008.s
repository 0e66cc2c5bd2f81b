; tpusim program: 9 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=8
TAG 27
READ_HOST ub=8, host=0x800, rows=32, rowBytes=128
SET act.zeroPoint, 127
READ_WEIGHTS addr=0xb0000, tiles=1, usedRows=128, usedCols=128
MATMUL ub=8, acc=0, len=32, switch, unsigned
ACTIVATE acc=0, ub=40, len=32, func=identity, perColumn, unsigned
WRITE_HOST ub=40, host=0x1800, rows=32, rowBytes=128
HALT
