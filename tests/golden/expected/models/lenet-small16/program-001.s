; tpusim program: 670 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=136
TAG 1
READ_HOST ub=136, host=0x880, rows=504, rowBytes=16
READ_HOST ub=648, host=0x6a80, rows=504, rowBytes=9
READ_WEIGHTS addr=0x0, tiles=1, usedRows=16, usedCols=6
MATMUL ub=136, acc=0, len=504, switch, unsigned
READ_WEIGHTS addr=0x100, tiles=1, usedRows=9, usedCols=6
MATMUL ub=648, acc=0, len=504, switch, accumulate, unsigned
ACTIVATE acc=0, ub=2184, len=504, func=relu, perColumn, unsigned
READ_HOST ub=1160, host=0x2800, rows=280, rowBytes=16
READ_HOST ub=1672, host=0x7c38, rows=280, rowBytes=9
READ_WEIGHTS addr=0x0, tiles=1, usedRows=16, usedCols=6
MATMUL ub=1160, acc=512, len=280, switch, unsigned
READ_WEIGHTS addr=0x100, tiles=1, usedRows=9, usedCols=6
MATMUL ub=1672, acc=512, len=280, switch, accumulate, unsigned
ACTIVATE acc=512, ub=2688, len=280, func=relu, perColumn, unsigned
READ_HOST ub=136, host=0x3980, rows=504, rowBytes=16
READ_HOST ub=648, host=0x8610, rows=504, rowBytes=9
READ_WEIGHTS addr=0x0, tiles=1, usedRows=16, usedCols=6
MATMUL ub=136, acc=0, len=504, switch, unsigned
READ_WEIGHTS addr=0x100, tiles=1, usedRows=9, usedCols=6
MATMUL ub=648, acc=0, len=504, switch, accumulate, unsigned
ACTIVATE acc=0, ub=2968, len=504, func=relu, perColumn, unsigned
READ_HOST ub=1160, host=0x5900, rows=280, rowBytes=16
READ_HOST ub=1672, host=0x97c8, rows=280, rowBytes=9
READ_WEIGHTS addr=0x0, tiles=1, usedRows=16, usedCols=6
MATMUL ub=1160, acc=512, len=280, switch, unsigned
READ_WEIGHTS addr=0x100, tiles=1, usedRows=9, usedCols=6
MATMUL ub=1672, acc=512, len=280, switch, accumulate, unsigned
ACTIVATE acc=512, ub=3472, len=280, func=relu, perColumn, unsigned
TAG 2
READ_WEIGHTS addr=0x200, tiles=1, usedRows=16, usedCols=1
MATMUL ub=2184, acc=0, len=504, switch, unsigned, fence
SET pool.inHeight, 18
SET pool.inWidth, 28
SET pool.kh, 2
SET pool.kw, 2
SET pool.sh, 2
SET pool.sw, 2
SET pool.outHeight, 9
SET pool.outWidth, 14
ACTIVATE acc=0, ub=136, len=504, func=identity, pool=max, unsigned
MATMUL ub=2688, acc=512, len=280, unsigned
SET pool.inHeight, 10
SET pool.outHeight, 5
ACTIVATE acc=512, ub=262, len=280, func=identity, pool=max, unsigned
MATMUL ub=2968, acc=0, len=504, unsigned
SET pool.inHeight, 18
SET pool.outHeight, 9
ACTIVATE acc=0, ub=332, len=504, func=identity, pool=max, unsigned
MATMUL ub=3472, acc=512, len=280, unsigned
SET pool.inHeight, 10
SET pool.outHeight, 5
ACTIVATE acc=512, ub=458, len=280, func=identity, pool=max, unsigned
TAG 3
READ_WEIGHTS addr=0x300, tiles=1, usedRows=6, usedCols=16
MATMUL ub=136, acc=0, len=100, cols=10, step=1, pitch=14, switch, conv, unsigned, fence
MATMUL ub=332, acc=100, len=100, cols=10, step=1, pitch=14, conv, unsigned
READ_WEIGHTS addr=0x400, tiles=1, usedRows=6, usedCols=16
MATMUL ub=137, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=333, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x500, tiles=1, usedRows=6, usedCols=16
MATMUL ub=138, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=334, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x600, tiles=1, usedRows=6, usedCols=16
MATMUL ub=139, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=335, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x700, tiles=1, usedRows=6, usedCols=16
MATMUL ub=140, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=336, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x800, tiles=1, usedRows=6, usedCols=16
MATMUL ub=150, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=346, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x900, tiles=1, usedRows=6, usedCols=16
MATMUL ub=151, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=347, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa00, tiles=1, usedRows=6, usedCols=16
MATMUL ub=152, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=348, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb00, tiles=1, usedRows=6, usedCols=16
MATMUL ub=153, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=349, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc00, tiles=1, usedRows=6, usedCols=16
MATMUL ub=154, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=350, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd00, tiles=1, usedRows=6, usedCols=16
MATMUL ub=164, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=360, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xe00, tiles=1, usedRows=6, usedCols=16
MATMUL ub=165, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=361, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xf00, tiles=1, usedRows=6, usedCols=16
MATMUL ub=166, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=362, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=167, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=363, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1100, tiles=1, usedRows=6, usedCols=16
MATMUL ub=168, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=364, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1200, tiles=1, usedRows=6, usedCols=16
MATMUL ub=178, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=374, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1300, tiles=1, usedRows=6, usedCols=16
MATMUL ub=179, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=375, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1400, tiles=1, usedRows=6, usedCols=16
MATMUL ub=180, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=376, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1500, tiles=1, usedRows=6, usedCols=16
MATMUL ub=181, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=377, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1600, tiles=1, usedRows=6, usedCols=16
MATMUL ub=182, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=378, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1700, tiles=1, usedRows=6, usedCols=16
MATMUL ub=192, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=388, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1800, tiles=1, usedRows=6, usedCols=16
MATMUL ub=193, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=389, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1900, tiles=1, usedRows=6, usedCols=16
MATMUL ub=194, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=390, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1a00, tiles=1, usedRows=6, usedCols=16
MATMUL ub=195, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=391, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1b00, tiles=1, usedRows=6, usedCols=16
MATMUL ub=196, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=392, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
ACTIVATE acc=0, ub=528, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=100, ub=628, len=100, params=8, func=relu, perColumn, unsigned
TAG 4
READ_WEIGHTS addr=0x200, tiles=1, usedRows=16, usedCols=1
MATMUL ub=528, acc=512, len=100, switch, unsigned, fence
SET pool.inWidth, 10
SET pool.outWidth, 5
ACTIVATE acc=512, ub=136, len=100, func=identity, pool=max, unsigned
MATMUL ub=628, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=161, len=100, func=identity, pool=max, unsigned
TAG 5
TAG 6
READ_WEIGHTS addr=0x1c00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=136, acc=512, len=2, cols=1, step=1, pitch=25, switch, conv, unsigned, fence
READ_WEIGHTS addr=0x1d00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=137, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1e00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=138, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1f00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=139, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=140, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=141, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=142, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=143, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=144, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=145, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=146, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=147, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=148, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=149, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2a00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=150, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2b00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=151, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2c00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=152, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2d00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=153, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2e00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=154, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2f00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=155, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=156, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=157, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=158, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=159, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=160, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
ACTIVATE acc=512, ub=186, len=2, params=16, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0x3500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=136, acc=0, len=2, cols=1, step=1, pitch=25, switch, conv, unsigned
READ_WEIGHTS addr=0x3600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=137, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=138, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=139, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=140, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3a00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=141, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3b00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=142, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3c00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=143, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3d00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=144, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3e00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=145, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x3f00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=146, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=147, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=148, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=149, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=150, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=151, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=152, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=153, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=154, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=155, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=156, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4a00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=157, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4b00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=158, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4c00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=159, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x4d00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=160, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
ACTIVATE acc=0, ub=188, len=2, params=24, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0x4e00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=136, acc=512, len=2, cols=1, step=1, pitch=25, switch, conv, unsigned
READ_WEIGHTS addr=0x4f00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=137, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=138, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=139, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=140, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=141, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=142, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=143, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=144, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=145, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=146, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=147, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5a00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=148, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5b00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=149, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5c00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=150, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5d00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=151, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5e00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=152, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x5f00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=153, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=154, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=155, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=156, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=157, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=158, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=159, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=160, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
ACTIVATE acc=512, ub=190, len=2, params=32, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0x6700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=136, acc=0, len=2, cols=1, step=1, pitch=25, switch, conv, unsigned
READ_WEIGHTS addr=0x6800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=137, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=138, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6a00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=139, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6b00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=140, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6c00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=141, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6d00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=142, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6e00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=143, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x6f00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=144, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=145, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=146, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=147, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=148, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=149, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=150, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=151, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=152, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=153, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=154, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7a00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=155, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7b00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=156, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7c00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=157, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7d00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=158, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7e00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=159, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x7f00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=160, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
ACTIVATE acc=0, ub=192, len=2, params=40, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0x8000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=136, acc=512, len=2, cols=1, step=1, pitch=25, switch, conv, unsigned
READ_WEIGHTS addr=0x8100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=137, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=138, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=139, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=140, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=141, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=142, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=143, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=144, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=145, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8a00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=146, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8b00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=147, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8c00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=148, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8d00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=149, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8e00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=150, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x8f00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=151, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=152, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=153, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=154, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=155, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=156, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=157, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=158, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=159, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=160, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
ACTIVATE acc=512, ub=194, len=2, params=48, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0x9900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=136, acc=0, len=2, cols=1, step=1, pitch=25, switch, conv, unsigned
READ_WEIGHTS addr=0x9a00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=137, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9b00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=138, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9c00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=139, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9d00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=140, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9e00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=141, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x9f00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=142, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=143, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=144, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=145, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=146, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=147, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=148, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=149, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=150, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=151, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=152, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xaa00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=153, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xab00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=154, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xac00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=155, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xad00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=156, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xae00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=157, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xaf00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=158, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=159, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=160, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
ACTIVATE acc=0, ub=196, len=2, params=56, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0xb200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=136, acc=512, len=2, cols=1, step=1, pitch=25, switch, conv, unsigned
READ_WEIGHTS addr=0xb300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=137, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=138, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=139, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=140, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=141, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=142, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=143, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xba00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=144, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xbb00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=145, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xbc00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=146, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xbd00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=147, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xbe00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=148, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xbf00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=149, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=150, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=151, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=152, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=153, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=154, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=155, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=156, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=157, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=158, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=159, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xca00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=160, acc=512, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
ACTIVATE acc=512, ub=198, len=2, params=64, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0xcb00, tiles=1, usedRows=16, usedCols=8
MATMUL ub=136, acc=0, len=2, cols=1, step=1, pitch=25, switch, conv, unsigned
READ_WEIGHTS addr=0xcc00, tiles=1, usedRows=16, usedCols=8
MATMUL ub=137, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xcd00, tiles=1, usedRows=16, usedCols=8
MATMUL ub=138, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xce00, tiles=1, usedRows=16, usedCols=8
MATMUL ub=139, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xcf00, tiles=1, usedRows=16, usedCols=8
MATMUL ub=140, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd000, tiles=1, usedRows=16, usedCols=8
MATMUL ub=141, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd100, tiles=1, usedRows=16, usedCols=8
MATMUL ub=142, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd200, tiles=1, usedRows=16, usedCols=8
MATMUL ub=143, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd300, tiles=1, usedRows=16, usedCols=8
MATMUL ub=144, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd400, tiles=1, usedRows=16, usedCols=8
MATMUL ub=145, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd500, tiles=1, usedRows=16, usedCols=8
MATMUL ub=146, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd600, tiles=1, usedRows=16, usedCols=8
MATMUL ub=147, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd700, tiles=1, usedRows=16, usedCols=8
MATMUL ub=148, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd800, tiles=1, usedRows=16, usedCols=8
MATMUL ub=149, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd900, tiles=1, usedRows=16, usedCols=8
MATMUL ub=150, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xda00, tiles=1, usedRows=16, usedCols=8
MATMUL ub=151, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xdb00, tiles=1, usedRows=16, usedCols=8
MATMUL ub=152, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xdc00, tiles=1, usedRows=16, usedCols=8
MATMUL ub=153, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xdd00, tiles=1, usedRows=16, usedCols=8
MATMUL ub=154, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xde00, tiles=1, usedRows=16, usedCols=8
MATMUL ub=155, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xdf00, tiles=1, usedRows=16, usedCols=8
MATMUL ub=156, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xe000, tiles=1, usedRows=16, usedCols=8
MATMUL ub=157, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xe100, tiles=1, usedRows=16, usedCols=8
MATMUL ub=158, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xe200, tiles=1, usedRows=16, usedCols=8
MATMUL ub=159, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0xe300, tiles=1, usedRows=16, usedCols=8
MATMUL ub=160, acc=0, len=2, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
ACTIVATE acc=0, ub=200, len=2, params=72, func=relu, perColumn, unsigned
TAG 7
READ_WEIGHTS addr=0xe400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=186, acc=512, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xe500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=188, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=190, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=192, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=194, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=196, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xea00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=198, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xeb00, tiles=1, usedRows=8, usedCols=16
MATMUL ub=200, acc=512, len=2, switch, accumulate, unsigned
ACTIVATE acc=512, ub=136, len=2, params=80, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0xec00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=186, acc=0, len=2, switch, unsigned
READ_WEIGHTS addr=0xed00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=188, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xee00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=190, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xef00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=192, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=194, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=196, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=198, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf300, tiles=1, usedRows=8, usedCols=16
MATMUL ub=200, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=138, len=2, params=88, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0xf400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=186, acc=512, len=2, switch, unsigned
READ_WEIGHTS addr=0xf500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=188, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=190, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=192, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=194, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=196, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfa00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=198, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfb00, tiles=1, usedRows=8, usedCols=16
MATMUL ub=200, acc=512, len=2, switch, accumulate, unsigned
ACTIVATE acc=512, ub=140, len=2, params=96, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0xfc00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=186, acc=0, len=2, switch, unsigned
READ_WEIGHTS addr=0xfd00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=188, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfe00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=190, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0xff00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=192, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10000, tiles=1, usedRows=16, usedCols=16
MATMUL ub=194, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=196, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=198, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10300, tiles=1, usedRows=8, usedCols=16
MATMUL ub=200, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=142, len=2, params=104, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0x10400, tiles=1, usedRows=16, usedCols=16
MATMUL ub=186, acc=512, len=2, switch, unsigned
READ_WEIGHTS addr=0x10500, tiles=1, usedRows=16, usedCols=16
MATMUL ub=188, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10600, tiles=1, usedRows=16, usedCols=16
MATMUL ub=190, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10700, tiles=1, usedRows=16, usedCols=16
MATMUL ub=192, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10800, tiles=1, usedRows=16, usedCols=16
MATMUL ub=194, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10900, tiles=1, usedRows=16, usedCols=16
MATMUL ub=196, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10a00, tiles=1, usedRows=16, usedCols=16
MATMUL ub=198, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10b00, tiles=1, usedRows=8, usedCols=16
MATMUL ub=200, acc=512, len=2, switch, accumulate, unsigned
ACTIVATE acc=512, ub=144, len=2, params=112, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0x10c00, tiles=1, usedRows=16, usedCols=4
MATMUL ub=186, acc=0, len=2, switch, unsigned
READ_WEIGHTS addr=0x10d00, tiles=1, usedRows=16, usedCols=4
MATMUL ub=188, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10e00, tiles=1, usedRows=16, usedCols=4
MATMUL ub=190, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10f00, tiles=1, usedRows=16, usedCols=4
MATMUL ub=192, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11000, tiles=1, usedRows=16, usedCols=4
MATMUL ub=194, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11100, tiles=1, usedRows=16, usedCols=4
MATMUL ub=196, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11200, tiles=1, usedRows=16, usedCols=4
MATMUL ub=198, acc=0, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11300, tiles=1, usedRows=8, usedCols=4
MATMUL ub=200, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=146, len=2, params=120, func=relu, perColumn, unsigned
TAG 8
SET act.zeroPoint, 130
READ_WEIGHTS addr=0x11400, tiles=1, usedRows=16, usedCols=10
MATMUL ub=136, acc=512, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x11500, tiles=1, usedRows=16, usedCols=10
MATMUL ub=138, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11600, tiles=1, usedRows=16, usedCols=10
MATMUL ub=140, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11700, tiles=1, usedRows=16, usedCols=10
MATMUL ub=142, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11800, tiles=1, usedRows=16, usedCols=10
MATMUL ub=144, acc=512, len=2, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11900, tiles=1, usedRows=4, usedCols=10
MATMUL ub=146, acc=512, len=2, switch, accumulate, unsigned
ACTIVATE acc=512, ub=148, len=2, params=128, func=identity, perColumn, unsigned
WRITE_HOST ub=148, host=0xa1a0, rows=2, rowBytes=10
HALT
