; tpusim program: 70 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=24
TAG 1
READ_HOST ub=24, host=0x1800, rows=512, rowBytes=27
READ_WEIGHTS addr=0x0, tiles=1, usedRows=27, usedCols=8
MATMUL ub=24, acc=0, len=256, switch, unsigned
MATMUL ub=280, acc=256, len=256, unsigned
ACTIVATE acc=0, ub=536, len=256, func=relu, perColumn, unsigned
ACTIVATE acc=256, ub=792, len=256, func=relu, perColumn, unsigned
TAG 2
READ_WEIGHTS addr=0x10000, tiles=1, usedRows=256, usedCols=1
MATMUL ub=536, acc=2048, len=256, switch, unsigned, fence
SET pool.inHeight, 16
SET pool.inWidth, 16
SET pool.kh, 2
SET pool.kw, 2
SET pool.sh, 2
SET pool.sw, 2
SET pool.outHeight, 8
SET pool.outWidth, 8
ACTIVATE acc=2048, ub=24, len=256, func=identity, pool=max, unsigned
MATMUL ub=792, acc=0, len=256, unsigned
ACTIVATE acc=0, ub=88, len=256, func=identity, pool=max, unsigned
TAG 3
SET act.scale, 0.0
SET act.zeroPoint, 45
ACTIVATE acc=0, ub=152, len=10, func=identity, unsigned
SET out.count, 1
SET out.pitch, 9
ACTIVATE acc=0, ub=170, len=7, func=identity, unsigned, strided
ACTIVATE acc=0, ub=233, len=10, func=identity, unsigned
ACTIVATE acc=0, ub=251, len=7, func=identity, unsigned, strided
READ_WEIGHTS addr=0x20000, tiles=1, usedRows=8, usedCols=1
MATMUL ub=24, acc=2048, len=64, switch, unsigned, fence
MATMUL ub=88, acc=2112, len=64, unsigned
SET out.count, 8
ACTIVATE acc=2048, ub=162, len=64, params=8, func=identity, perColumn, unsigned, strided
ACTIVATE acc=2112, ub=243, len=64, params=8, func=identity, perColumn, unsigned, strided
TAG 4
SET act.zeroPoint, 0
READ_WEIGHTS addr=0x30000, tiles=1, usedRows=8, usedCols=16
MATMUL ub=152, acc=0, len=16, cols=4, step=2, pitch=18, switch, conv, unsigned, fence
MATMUL ub=233, acc=16, len=16, cols=4, step=2, pitch=18, conv, unsigned
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=8, usedCols=16
MATMUL ub=153, acc=0, len=16, cols=4, step=2, pitch=18, switch, accumulate, conv, unsigned
MATMUL ub=234, acc=16, len=16, cols=4, step=2, pitch=18, accumulate, conv, unsigned
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=8, usedCols=16
MATMUL ub=154, acc=0, len=16, cols=4, step=2, pitch=18, switch, accumulate, conv, unsigned
MATMUL ub=235, acc=16, len=16, cols=4, step=2, pitch=18, accumulate, conv, unsigned
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=8, usedCols=16
MATMUL ub=161, acc=0, len=16, cols=4, step=2, pitch=18, switch, accumulate, conv, unsigned
MATMUL ub=242, acc=16, len=16, cols=4, step=2, pitch=18, accumulate, conv, unsigned
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=8, usedCols=16
MATMUL ub=162, acc=0, len=16, cols=4, step=2, pitch=18, switch, accumulate, conv, unsigned
MATMUL ub=243, acc=16, len=16, cols=4, step=2, pitch=18, accumulate, conv, unsigned
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=8, usedCols=16
MATMUL ub=163, acc=0, len=16, cols=4, step=2, pitch=18, switch, accumulate, conv, unsigned
MATMUL ub=244, acc=16, len=16, cols=4, step=2, pitch=18, accumulate, conv, unsigned
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=8, usedCols=16
MATMUL ub=170, acc=0, len=16, cols=4, step=2, pitch=18, switch, accumulate, conv, unsigned
MATMUL ub=251, acc=16, len=16, cols=4, step=2, pitch=18, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa0000, tiles=1, usedRows=8, usedCols=16
MATMUL ub=171, acc=0, len=16, cols=4, step=2, pitch=18, switch, accumulate, conv, unsigned
MATMUL ub=252, acc=16, len=16, cols=4, step=2, pitch=18, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb0000, tiles=1, usedRows=8, usedCols=16
MATMUL ub=172, acc=0, len=16, cols=4, step=2, pitch=18, switch, accumulate, conv, unsigned
MATMUL ub=253, acc=16, len=16, cols=4, step=2, pitch=18, accumulate, conv, unsigned
ACTIVATE acc=0, ub=24, len=16, params=16, func=relu, perColumn, unsigned
ACTIVATE acc=16, ub=40, len=16, params=16, func=relu, perColumn, unsigned
WRITE_HOST ub=24, host=0x4e00, rows=32, rowBytes=16
HALT
