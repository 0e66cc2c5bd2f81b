; tpusim program: 190 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=64
TAG 1
SET act.scale, 0.0
ACTIVATE acc=0, ub=1064, len=13, func=identity, unsigned
SET out.count, 2
SET out.pitch, 12
ACTIVATE acc=0, ub=1087, len=18, func=identity, unsigned, strided
ACTIVATE acc=0, ub=1195, len=13, func=identity, unsigned
ACTIVATE acc=0, ub=1208, len=13, func=identity, unsigned
ACTIVATE acc=0, ub=1231, len=18, func=identity, unsigned, strided
ACTIVATE acc=0, ub=1339, len=13, func=identity, unsigned
READ_HOST ub=64, host=0x400, rows=200, rowBytes=16
READ_HOST ub=264, host=0x1080, rows=200, rowBytes=16
READ_HOST ub=464, host=0x1d00, rows=200, rowBytes=16
READ_HOST ub=664, host=0x2980, rows=200, rowBytes=16
READ_HOST ub=864, host=0x3600, rows=200, rowBytes=8
READ_WEIGHTS addr=0x0, tiles=1, usedRows=16, usedCols=16
MATMUL ub=64, acc=0, len=100, switch, unsigned
MATMUL ub=164, acc=100, len=100, unsigned
READ_WEIGHTS addr=0x100, tiles=1, usedRows=16, usedCols=16
MATMUL ub=264, acc=0, len=100, switch, accumulate, unsigned
MATMUL ub=364, acc=100, len=100, accumulate, unsigned
READ_WEIGHTS addr=0x200, tiles=1, usedRows=16, usedCols=16
MATMUL ub=464, acc=0, len=100, switch, accumulate, unsigned
MATMUL ub=564, acc=100, len=100, accumulate, unsigned
READ_WEIGHTS addr=0x300, tiles=1, usedRows=16, usedCols=16
MATMUL ub=664, acc=0, len=100, switch, accumulate, unsigned
MATMUL ub=764, acc=100, len=100, accumulate, unsigned
READ_WEIGHTS addr=0x400, tiles=1, usedRows=8, usedCols=16
MATMUL ub=864, acc=0, len=100, switch, accumulate, unsigned
MATMUL ub=964, acc=100, len=100, accumulate, unsigned
SET out.count, 10
ACTIVATE acc=0, ub=1077, len=100, func=relu, perColumn, unsigned, strided
ACTIVATE acc=100, ub=1221, len=100, func=relu, perColumn, unsigned, strided
TAG 2
SET act.clipHigh, 255
READ_WEIGHTS addr=0x500, tiles=1, usedRows=16, usedCols=4
MATMUL ub=1064, acc=512, len=100, cols=10, step=1, pitch=12, switch, conv, unsigned, fence
MATMUL ub=1208, acc=612, len=100, cols=10, step=1, pitch=12, conv, unsigned
READ_WEIGHTS addr=0x600, tiles=1, usedRows=16, usedCols=4
MATMUL ub=1065, acc=512, len=100, cols=10, step=1, pitch=12, switch, accumulate, conv, unsigned
MATMUL ub=1209, acc=612, len=100, cols=10, step=1, pitch=12, accumulate, conv, unsigned
READ_WEIGHTS addr=0x700, tiles=1, usedRows=16, usedCols=4
MATMUL ub=1066, acc=512, len=100, cols=10, step=1, pitch=12, switch, accumulate, conv, unsigned
MATMUL ub=1210, acc=612, len=100, cols=10, step=1, pitch=12, accumulate, conv, unsigned
READ_WEIGHTS addr=0x800, tiles=1, usedRows=16, usedCols=4
MATMUL ub=1076, acc=512, len=100, cols=10, step=1, pitch=12, switch, accumulate, conv, unsigned
MATMUL ub=1220, acc=612, len=100, cols=10, step=1, pitch=12, accumulate, conv, unsigned
READ_WEIGHTS addr=0x900, tiles=1, usedRows=16, usedCols=4
MATMUL ub=1077, acc=512, len=100, cols=10, step=1, pitch=12, switch, accumulate, conv, unsigned
MATMUL ub=1221, acc=612, len=100, cols=10, step=1, pitch=12, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa00, tiles=1, usedRows=16, usedCols=4
MATMUL ub=1078, acc=512, len=100, cols=10, step=1, pitch=12, switch, accumulate, conv, unsigned
MATMUL ub=1222, acc=612, len=100, cols=10, step=1, pitch=12, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb00, tiles=1, usedRows=16, usedCols=4
MATMUL ub=1088, acc=512, len=100, cols=10, step=1, pitch=12, switch, accumulate, conv, unsigned
MATMUL ub=1232, acc=612, len=100, cols=10, step=1, pitch=12, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc00, tiles=1, usedRows=16, usedCols=4
MATMUL ub=1089, acc=512, len=100, cols=10, step=1, pitch=12, switch, accumulate, conv, unsigned
MATMUL ub=1233, acc=612, len=100, cols=10, step=1, pitch=12, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd00, tiles=1, usedRows=16, usedCols=4
MATMUL ub=1090, acc=512, len=100, cols=10, step=1, pitch=12, switch, accumulate, conv, unsigned
MATMUL ub=1234, acc=612, len=100, cols=10, step=1, pitch=12, accumulate, conv, unsigned
ACTIVATE acc=512, ub=64, len=100, params=8, func=relu6, perColumn, unsigned
ACTIVATE acc=612, ub=164, len=100, params=8, func=relu6, perColumn, unsigned
TAG 3
SET act.zeroPoint, 32
READ_WEIGHTS addr=0xe00, tiles=1, usedRows=16, usedCols=1
MATMUL ub=1077, acc=0, len=100, cols=10, step=1, pitch=12, switch, conv, unsigned, fence
MATMUL ub=1221, acc=100, len=100, cols=10, step=1, pitch=12, conv, unsigned
READ_WEIGHTS addr=0xf00, tiles=1, usedRows=16, usedCols=1
MATMUL ub=64, acc=0, len=100, switch, accumulate, unsigned
MATMUL ub=164, acc=100, len=100, accumulate, unsigned
ACTIVATE acc=0, ub=264, len=100, params=16, func=relu, perColumn, unsigned
ACTIVATE acc=100, ub=364, len=100, params=16, func=relu, perColumn, unsigned
TAG 4
SET act.scale, 1.0
SET act.zeroPoint, 0
READ_WEIGHTS addr=0x1000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=264, acc=512, len=100, switch, unsigned, fence
SET pool.inHeight, 10
SET pool.inWidth, 10
SET pool.kh, 3
SET pool.kw, 3
SET pool.padTop, 1
SET pool.padLeft, 1
SET pool.outHeight, 10
SET pool.outWidth, 10
ACTIVATE acc=512, ub=64, len=100, func=identity, pool=max, unsigned
MATMUL ub=364, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=164, len=100, func=identity, pool=max, unsigned
TAG 5
MATMUL ub=264, acc=512, len=100, unsigned, fence
ACTIVATE acc=512, ub=464, len=100, func=identity, pool=avg, unsigned
MATMUL ub=364, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=564, len=100, func=identity, pool=avg, unsigned
TAG 6
SET act.zeroPoint, 32
SET act.outScale, 32.338818
READ_WEIGHTS addr=0x1100, tiles=1, usedRows=16, usedCols=8
MATMUL ub=464, acc=512, len=100, switch, unsigned, fence
MATMUL ub=564, acc=612, len=100, unsigned
ACTIVATE acc=512, ub=264, len=100, params=24, func=tanh, perColumn, unsigned
ACTIVATE acc=612, ub=364, len=100, params=24, func=tanh, perColumn, unsigned
TAG 7
SET act.scale, 0.0
ACTIVATE acc=0, ub=464, len=12, func=identity, unsigned
SET out.count, 1
SET out.pitch, 11
ACTIVATE acc=0, ub=486, len=9, func=identity, unsigned, strided
ACTIVATE acc=0, ub=585, len=12, func=identity, unsigned
ACTIVATE acc=0, ub=607, len=9, func=identity, unsigned, strided
ACTIVATE acc=0, ub=706, len=12, func=identity, unsigned
ACTIVATE acc=0, ub=728, len=9, func=identity, unsigned, strided
ACTIVATE acc=0, ub=827, len=12, func=identity, unsigned
ACTIVATE acc=0, ub=849, len=9, func=identity, unsigned, strided
READ_WEIGHTS addr=0x1000, tiles=1, usedRows=16, usedCols=1
MATMUL ub=64, acc=0, len=100, switch, unsigned, fence
MATMUL ub=164, acc=100, len=100, unsigned
SET out.count, 10
ACTIVATE acc=0, ub=476, len=100, params=32, func=identity, perColumn, unsigned, strided
ACTIVATE acc=100, ub=597, len=100, params=32, func=identity, perColumn, unsigned, strided
READ_WEIGHTS addr=0x1200, tiles=1, usedRows=8, usedCols=1
MATMUL ub=264, acc=512, len=100, switch, unsigned
MATMUL ub=364, acc=612, len=100, unsigned
ACTIVATE acc=512, ub=718, len=100, params=40, func=identity, perColumn, unsigned, strided
ACTIVATE acc=612, ub=839, len=100, params=40, func=identity, perColumn, unsigned, strided
TAG 8
SET act.zeroPoint, 0
READ_WEIGHTS addr=0x1300, tiles=1, usedRows=16, usedCols=1
MATMUL ub=464, acc=0, len=25, cols=5, step=2, pitch=22, switch, conv, unsigned, fence
MATMUL ub=585, acc=25, len=25, cols=5, step=2, pitch=22, conv, unsigned
READ_WEIGHTS addr=0x1400, tiles=1, usedRows=16, usedCols=1
MATMUL ub=465, acc=0, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=586, acc=25, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1500, tiles=1, usedRows=16, usedCols=1
MATMUL ub=466, acc=0, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=587, acc=25, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1600, tiles=1, usedRows=16, usedCols=1
MATMUL ub=475, acc=0, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=596, acc=25, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1700, tiles=1, usedRows=16, usedCols=1
MATMUL ub=476, acc=0, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=597, acc=25, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1800, tiles=1, usedRows=16, usedCols=1
MATMUL ub=477, acc=0, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=598, acc=25, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1900, tiles=1, usedRows=16, usedCols=1
MATMUL ub=486, acc=0, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=607, acc=25, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1a00, tiles=1, usedRows=16, usedCols=1
MATMUL ub=487, acc=0, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=608, acc=25, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1b00, tiles=1, usedRows=16, usedCols=1
MATMUL ub=488, acc=0, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=609, acc=25, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
ACTIVATE acc=0, ub=64, len=25, params=48, func=relu, perColumn, unsigned
ACTIVATE acc=25, ub=89, len=25, params=48, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0x1c00, tiles=1, usedRows=8, usedCols=1
MATMUL ub=706, acc=512, len=25, cols=5, step=2, pitch=22, switch, conv, unsigned
MATMUL ub=827, acc=537, len=25, cols=5, step=2, pitch=22, conv, unsigned
READ_WEIGHTS addr=0x1d00, tiles=1, usedRows=8, usedCols=1
MATMUL ub=707, acc=512, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=828, acc=537, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1e00, tiles=1, usedRows=8, usedCols=1
MATMUL ub=708, acc=512, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=829, acc=537, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1f00, tiles=1, usedRows=8, usedCols=1
MATMUL ub=717, acc=512, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=838, acc=537, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2000, tiles=1, usedRows=8, usedCols=1
MATMUL ub=718, acc=512, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=839, acc=537, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2100, tiles=1, usedRows=8, usedCols=1
MATMUL ub=719, acc=512, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=840, acc=537, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2200, tiles=1, usedRows=8, usedCols=1
MATMUL ub=728, acc=512, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=849, acc=537, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2300, tiles=1, usedRows=8, usedCols=1
MATMUL ub=729, acc=512, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=850, acc=537, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2400, tiles=1, usedRows=8, usedCols=1
MATMUL ub=730, acc=512, len=25, cols=5, step=2, pitch=22, switch, accumulate, conv, unsigned
MATMUL ub=851, acc=537, len=25, cols=5, step=2, pitch=22, accumulate, conv, unsigned
ACTIVATE acc=512, ub=114, len=25, params=56, func=relu, perColumn, unsigned
ACTIVATE acc=537, ub=139, len=25, params=56, func=relu, perColumn, unsigned
WRITE_HOST ub=64, host=0x3c40, rows=50, rowBytes=16
WRITE_HOST ub=114, host=0x3f60, rows=50, rowBytes=8
HALT
