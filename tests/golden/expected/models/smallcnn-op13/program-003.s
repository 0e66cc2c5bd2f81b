; tpusim program: 40 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=28
TAG 9
READ_HOST ub=28, host=0x1c00, rows=32, rowBytes=16
READ_WEIGHTS addr=0x150000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=28, acc=0, len=4, cols=2, step=2, pitch=8, switch, conv, unsigned
MATMUL ub=44, acc=4, len=4, cols=2, step=2, pitch=8, conv, unsigned
MATMUL ub=29, acc=0, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
MATMUL ub=45, acc=4, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
MATMUL ub=32, acc=0, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
MATMUL ub=48, acc=4, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
MATMUL ub=33, acc=0, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
MATMUL ub=49, acc=4, len=4, cols=2, step=2, pitch=8, accumulate, conv, unsigned
ACTIVATE acc=0, ub=60, len=4, func=identity, perColumn, unsigned
ACTIVATE acc=4, ub=64, len=4, func=identity, perColumn, unsigned
TAG 10
MATMUL ub=60, acc=2048, len=1, unsigned, fence
MATMUL ub=64, acc=2049, len=1, unsigned
MATMUL ub=61, acc=2048, len=1, accumulate, unsigned
MATMUL ub=65, acc=2049, len=1, accumulate, unsigned
MATMUL ub=62, acc=2048, len=1, accumulate, unsigned
MATMUL ub=66, acc=2049, len=1, accumulate, unsigned
MATMUL ub=63, acc=2048, len=1, accumulate, unsigned
MATMUL ub=67, acc=2049, len=1, accumulate, unsigned
ACTIVATE acc=2048, ub=28, len=1, params=8, func=identity, perColumn, unsigned
ACTIVATE acc=2049, ub=29, len=1, params=8, func=identity, perColumn, unsigned
TAG 11
TAG 12
SET act.zeroPoint, 132
READ_WEIGHTS addr=0x160000, tiles=1, usedRows=16, usedCols=10
MATMUL ub=28, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=30, len=2, params=16, func=identity, perColumn, unsigned
TAG 13
SET vec.width, 10
SET vec.a.scale, 0.0018442437
SET vec.a.zero, 132
SET vec.y.scale, 0.00047664443
SET vec.one, 2098
VECTOR a=30, b=24, y=28, len=2, operation=softmax
WRITE_HOST ub=28, host=0x1e00, rows=2, rowBytes=10
HALT
