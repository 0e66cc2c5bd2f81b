; tpusim program: 33 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=24
TAG 9
READ_HOST ub=24, host=0x1800, rows=32, rowBytes=16
READ_WEIGHTS addr=0x150000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=24, acc=0, len=4, cols=2, step=2, pitch=8, switch, conv, unsigned
MATMUL ub=40, acc=4, len=4, cols=2, step=2, pitch=8, conv, unsigned
MATMUL ub=25, acc=0, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
MATMUL ub=41, acc=4, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
MATMUL ub=28, acc=0, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
MATMUL ub=44, acc=4, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
MATMUL ub=29, acc=0, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
MATMUL ub=45, acc=4, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
ACTIVATE acc=0, ub=56, len=4, func=identity, perColumn, unsigned
ACTIVATE acc=4, ub=60, len=4, func=identity, perColumn, unsigned
TAG 10
MATMUL ub=56, acc=2048, len=1, unsigned, fence
MATMUL ub=60, acc=2049, len=1, unsigned
MATMUL ub=57, acc=2048, len=1, accumulate, unsigned
MATMUL ub=61, acc=2049, len=1, accumulate, unsigned
MATMUL ub=58, acc=2048, len=1, accumulate, unsigned
MATMUL ub=62, acc=2049, len=1, accumulate, unsigned
MATMUL ub=59, acc=2048, len=1, accumulate, unsigned
MATMUL ub=63, acc=2049, len=1, accumulate, unsigned
ACTIVATE acc=2048, ub=24, len=1, params=8, func=identity, perColumn, unsigned
ACTIVATE acc=2049, ub=25, len=1, params=8, func=identity, perColumn, unsigned
TAG 11
TAG 12
SET act.zeroPoint, 132
READ_WEIGHTS addr=0x160000, tiles=1, usedRows=16, usedCols=10
MATMUL ub=24, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=26, len=2, params=16, func=identity, perColumn, unsigned
WRITE_HOST ub=26, host=0x1a00, rows=2, rowBytes=10
HALT
