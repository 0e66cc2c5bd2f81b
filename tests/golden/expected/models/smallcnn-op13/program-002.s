; tpusim program: 64 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=8
TAG 6
READ_HOST ub=15, host=0x800, rows=4, rowBytes=16
READ_HOST ub=21, host=0x840, rows=4, rowBytes=16
READ_HOST ub=27, host=0x880, rows=4, rowBytes=16
READ_HOST ub=33, host=0x8c0, rows=4, rowBytes=16
READ_HOST ub=51, host=0x900, rows=4, rowBytes=16
READ_HOST ub=57, host=0x940, rows=4, rowBytes=16
READ_HOST ub=63, host=0x980, rows=4, rowBytes=16
READ_HOST ub=69, host=0x9c0, rows=4, rowBytes=16
SET act.scale, 0.0
ACTIVATE acc=0, ub=8, len=7, func=identity, unsigned
SET out.count, 2
SET out.pitch, 6
ACTIVATE acc=0, ub=19, len=6, func=identity, unsigned, strided
ACTIVATE acc=0, ub=37, len=7, func=identity, unsigned
ACTIVATE acc=0, ub=44, len=7, func=identity, unsigned
ACTIVATE acc=0, ub=55, len=6, func=identity, unsigned, strided
ACTIVATE acc=0, ub=73, len=7, func=identity, unsigned
SET act.outScale, 410.41843
READ_WEIGHTS addr=0xc0000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=8, acc=0, len=16, cols=4, step=1, pitch=6, switch, conv, unsigned
MATMUL ub=44, acc=16, len=16, cols=4, step=1, pitch=6, conv, unsigned
READ_WEIGHTS addr=0xd0000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=9, acc=0, len=16, cols=4, step=1, pitch=6, switch, accumulate, conv, unsigned
MATMUL ub=45, acc=16, len=16, cols=4, step=1, pitch=6, accumulate, conv, unsigned
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=10, acc=0, len=16, cols=4, step=1, pitch=6, switch, accumulate, conv, unsigned
MATMUL ub=46, acc=16, len=16, cols=4, step=1, pitch=6, accumulate, conv, unsigned
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=14, acc=0, len=16, cols=4, step=1, pitch=6, switch, accumulate, conv, unsigned
MATMUL ub=50, acc=16, len=16, cols=4, step=1, pitch=6, accumulate, conv, unsigned
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=15, acc=0, len=16, cols=4, step=1, pitch=6, switch, accumulate, conv, unsigned
MATMUL ub=51, acc=16, len=16, cols=4, step=1, pitch=6, accumulate, conv, unsigned
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=16, acc=0, len=16, cols=4, step=1, pitch=6, switch, accumulate, conv, unsigned
MATMUL ub=52, acc=16, len=16, cols=4, step=1, pitch=6, accumulate, conv, unsigned
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=20, acc=0, len=16, cols=4, step=1, pitch=6, switch, accumulate, conv, unsigned
MATMUL ub=56, acc=16, len=16, cols=4, step=1, pitch=6, accumulate, conv, unsigned
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=21, acc=0, len=16, cols=4, step=1, pitch=6, switch, accumulate, conv, unsigned
MATMUL ub=57, acc=16, len=16, cols=4, step=1, pitch=6, accumulate, conv, unsigned
READ_WEIGHTS addr=0x140000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=22, acc=0, len=16, cols=4, step=1, pitch=6, switch, accumulate, conv, unsigned
MATMUL ub=58, acc=16, len=16, cols=4, step=1, pitch=6, accumulate, conv, unsigned
ACTIVATE acc=0, ub=80, len=16, func=sigmoid, perColumn, unsigned
ACTIVATE acc=16, ub=96, len=16, func=sigmoid, perColumn, unsigned
TAG 7
SET vec.a.scale, 0.0024365378
SET vec.b.scale, 0.0048927427
SET vec.y.scale, 0.0021249591
SET vec.width, 16
VECTOR a=80, b=15, y=112, len=4, operation=mul
VECTOR a=84, b=21, y=116, len=4, operation=mul
VECTOR a=88, b=27, y=120, len=4, operation=mul
VECTOR a=92, b=33, y=124, len=4, operation=mul
VECTOR a=96, b=51, y=128, len=4, operation=mul
VECTOR a=100, b=57, y=132, len=4, operation=mul
VECTOR a=104, b=63, y=136, len=4, operation=mul
VECTOR a=108, b=69, y=140, len=4, operation=mul
WRITE_HOST ub=112, host=0xa00, rows=32, rowBytes=16
HALT
