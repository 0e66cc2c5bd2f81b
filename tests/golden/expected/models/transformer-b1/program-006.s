; tpusim program: 13 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=16
TAG 22
READ_HOST ub=16, host=0x1000, rows=32, rowBytes=128
SET act.zeroPoint, 131
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=128, usedCols=256
MATMUL ub=16, acc=0, len=32, switch, unsigned
ACTIVATE acc=0, ub=48, len=32, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=128, usedCols=256
MATMUL ub=16, acc=2048, len=32, switch, unsigned
ACTIVATE acc=2048, ub=80, len=32, params=8, func=identity, perColumn, unsigned
WRITE_HOST ub=48, host=0x2000, rows=32, rowBytes=256
WRITE_HOST ub=80, host=0x4000, rows=32, rowBytes=256
HALT
