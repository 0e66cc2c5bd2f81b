; tpusim program: 27 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=8
TAG 18
READ_HOST ub=8, host=0x80, rows=50, rowBytes=16
READ_HOST ub=58, host=0x3a0, rows=50, rowBytes=8
READ_WEIGHTS addr=0x1000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=8, acc=0, len=25, switch, unsigned
SET pool.inHeight, 5
SET pool.inWidth, 5
SET pool.kh, 5
SET pool.kw, 5
ACTIVATE acc=0, ub=108, len=25, func=identity, pool=max, unsigned
MATMUL ub=58, acc=512, len=25, unsigned
ACTIVATE acc=512, ub=110, len=25, func=identity, pool=max, unsigned
MATMUL ub=33, acc=0, len=25, unsigned
ACTIVATE acc=0, ub=109, len=25, func=identity, pool=max, unsigned
MATMUL ub=83, acc=512, len=25, unsigned
ACTIVATE acc=512, ub=111, len=25, func=identity, pool=max, unsigned
TAG 19
TAG 20
SET act.zeroPoint, 121
READ_WEIGHTS addr=0x2500, tiles=1, usedRows=16, usedCols=10
MATMUL ub=108, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x2600, tiles=1, usedRows=8, usedCols=10
MATMUL ub=110, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=8, len=2, func=identity, perColumn, unsigned
WRITE_HOST ub=8, host=0x530, rows=2, rowBytes=10
HALT
