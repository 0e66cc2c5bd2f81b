; tpusim program: 1174 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=40
TAG 1
READ_HOST ub=40, host=0x2800, rows=1568, rowBytes=25
READ_WEIGHTS addr=0x0, tiles=1, usedRows=25, usedCols=6
MATMUL ub=40, acc=0, len=784, switch, unsigned
MATMUL ub=824, acc=784, len=784, unsigned
ACTIVATE acc=0, ub=4136, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=784, ub=4920, len=784, func=relu, perColumn, unsigned
READ_HOST ub=2088, host=0xc120, rows=1568, rowBytes=25
MATMUL ub=2088, acc=2048, len=784, unsigned
MATMUL ub=2872, acc=2832, len=784, unsigned
ACTIVATE acc=2048, ub=5704, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=2832, ub=6488, len=784, func=relu, perColumn, unsigned
READ_HOST ub=40, host=0x15a40, rows=1568, rowBytes=25
MATMUL ub=40, acc=0, len=784, unsigned
MATMUL ub=824, acc=784, len=784, unsigned
ACTIVATE acc=0, ub=7272, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=784, ub=8056, len=784, func=relu, perColumn, unsigned
READ_HOST ub=2088, host=0x1f360, rows=1568, rowBytes=25
MATMUL ub=2088, acc=2048, len=784, unsigned
MATMUL ub=2872, acc=2832, len=784, unsigned
ACTIVATE acc=2048, ub=8840, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=2832, ub=9624, len=784, func=relu, perColumn, unsigned
READ_HOST ub=40, host=0x28c80, rows=1568, rowBytes=25
MATMUL ub=40, acc=0, len=784, unsigned
MATMUL ub=824, acc=784, len=784, unsigned
ACTIVATE acc=0, ub=10408, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=784, ub=11192, len=784, func=relu, perColumn, unsigned
READ_HOST ub=2088, host=0x325a0, rows=1568, rowBytes=25
MATMUL ub=2088, acc=2048, len=784, unsigned
MATMUL ub=2872, acc=2832, len=784, unsigned
ACTIVATE acc=2048, ub=11976, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=2832, ub=12760, len=784, func=relu, perColumn, unsigned
READ_HOST ub=40, host=0x3bec0, rows=1568, rowBytes=25
MATMUL ub=40, acc=0, len=784, unsigned
MATMUL ub=824, acc=784, len=784, unsigned
ACTIVATE acc=0, ub=13544, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=784, ub=14328, len=784, func=relu, perColumn, unsigned
READ_HOST ub=2088, host=0x457e0, rows=1568, rowBytes=25
MATMUL ub=2088, acc=2048, len=784, unsigned
MATMUL ub=2872, acc=2832, len=784, unsigned
ACTIVATE acc=2048, ub=15112, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=2832, ub=15896, len=784, func=relu, perColumn, unsigned
READ_HOST ub=40, host=0x4f100, rows=1568, rowBytes=25
MATMUL ub=40, acc=0, len=784, unsigned
MATMUL ub=824, acc=784, len=784, unsigned
ACTIVATE acc=0, ub=16680, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=784, ub=17464, len=784, func=relu, perColumn, unsigned
READ_HOST ub=2088, host=0x58a20, rows=1568, rowBytes=25
MATMUL ub=2088, acc=2048, len=784, unsigned
MATMUL ub=2872, acc=2832, len=784, unsigned
ACTIVATE acc=2048, ub=18248, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=2832, ub=19032, len=784, func=relu, perColumn, unsigned
READ_HOST ub=40, host=0x62340, rows=1568, rowBytes=25
MATMUL ub=40, acc=0, len=784, unsigned
MATMUL ub=824, acc=784, len=784, unsigned
ACTIVATE acc=0, ub=19816, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=784, ub=20600, len=784, func=relu, perColumn, unsigned
READ_HOST ub=2088, host=0x6bc60, rows=1568, rowBytes=25
MATMUL ub=2088, acc=2048, len=784, unsigned
MATMUL ub=2872, acc=2832, len=784, unsigned
ACTIVATE acc=2048, ub=21384, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=2832, ub=22168, len=784, func=relu, perColumn, unsigned
READ_HOST ub=40, host=0x75580, rows=1568, rowBytes=25
MATMUL ub=40, acc=0, len=784, unsigned
MATMUL ub=824, acc=784, len=784, unsigned
ACTIVATE acc=0, ub=22952, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=784, ub=23736, len=784, func=relu, perColumn, unsigned
READ_HOST ub=2088, host=0x7eea0, rows=1568, rowBytes=25
MATMUL ub=2088, acc=2048, len=784, unsigned
MATMUL ub=2872, acc=2832, len=784, unsigned
ACTIVATE acc=2048, ub=24520, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=2832, ub=25304, len=784, func=relu, perColumn, unsigned
READ_HOST ub=40, host=0x887c0, rows=1568, rowBytes=25
MATMUL ub=40, acc=0, len=784, unsigned
MATMUL ub=824, acc=784, len=784, unsigned
ACTIVATE acc=0, ub=26088, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=784, ub=26872, len=784, func=relu, perColumn, unsigned
READ_HOST ub=2088, host=0x920e0, rows=1568, rowBytes=25
MATMUL ub=2088, acc=2048, len=784, unsigned
MATMUL ub=2872, acc=2832, len=784, unsigned
ACTIVATE acc=2048, ub=27656, len=784, func=relu, perColumn, unsigned
ACTIVATE acc=2832, ub=28440, len=784, func=relu, perColumn, unsigned
TAG 2
READ_WEIGHTS addr=0x10000, tiles=1, usedRows=256, usedCols=1
MATMUL ub=4136, acc=0, len=784, switch, unsigned, fence
SET pool.inHeight, 28
SET pool.inWidth, 28
SET pool.kh, 2
SET pool.kw, 2
SET pool.sh, 2
SET pool.sw, 2
SET pool.outHeight, 14
SET pool.outWidth, 14
ACTIVATE acc=0, ub=29224, len=784, func=identity, pool=max, unsigned
MATMUL ub=4920, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=29420, len=784, func=identity, pool=max, unsigned
MATMUL ub=5704, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=29616, len=784, func=identity, pool=max, unsigned
MATMUL ub=6488, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=29812, len=784, func=identity, pool=max, unsigned
MATMUL ub=7272, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=30008, len=784, func=identity, pool=max, unsigned
MATMUL ub=8056, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=30204, len=784, func=identity, pool=max, unsigned
MATMUL ub=8840, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=30400, len=784, func=identity, pool=max, unsigned
MATMUL ub=9624, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=30596, len=784, func=identity, pool=max, unsigned
MATMUL ub=10408, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=30792, len=784, func=identity, pool=max, unsigned
MATMUL ub=11192, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=30988, len=784, func=identity, pool=max, unsigned
MATMUL ub=11976, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=31184, len=784, func=identity, pool=max, unsigned
MATMUL ub=12760, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=31380, len=784, func=identity, pool=max, unsigned
MATMUL ub=13544, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=31576, len=784, func=identity, pool=max, unsigned
MATMUL ub=14328, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=31772, len=784, func=identity, pool=max, unsigned
MATMUL ub=15112, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=31968, len=784, func=identity, pool=max, unsigned
MATMUL ub=15896, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=32164, len=784, func=identity, pool=max, unsigned
MATMUL ub=16680, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=32360, len=784, func=identity, pool=max, unsigned
MATMUL ub=17464, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=32556, len=784, func=identity, pool=max, unsigned
MATMUL ub=18248, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=32752, len=784, func=identity, pool=max, unsigned
MATMUL ub=19032, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=32948, len=784, func=identity, pool=max, unsigned
MATMUL ub=19816, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=33144, len=784, func=identity, pool=max, unsigned
MATMUL ub=20600, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=33340, len=784, func=identity, pool=max, unsigned
MATMUL ub=21384, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=33536, len=784, func=identity, pool=max, unsigned
MATMUL ub=22168, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=33732, len=784, func=identity, pool=max, unsigned
MATMUL ub=22952, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=33928, len=784, func=identity, pool=max, unsigned
MATMUL ub=23736, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=34124, len=784, func=identity, pool=max, unsigned
MATMUL ub=24520, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=34320, len=784, func=identity, pool=max, unsigned
MATMUL ub=25304, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=34516, len=784, func=identity, pool=max, unsigned
MATMUL ub=26088, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=34712, len=784, func=identity, pool=max, unsigned
MATMUL ub=26872, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=34908, len=784, func=identity, pool=max, unsigned
MATMUL ub=27656, acc=0, len=784, unsigned
ACTIVATE acc=0, ub=35104, len=784, func=identity, pool=max, unsigned
MATMUL ub=28440, acc=2048, len=784, unsigned
ACTIVATE acc=2048, ub=35300, len=784, func=identity, pool=max, unsigned
TAG 3
READ_WEIGHTS addr=0x20000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29224, acc=0, len=100, cols=10, step=1, pitch=14, switch, conv, unsigned, fence
MATMUL ub=29420, acc=100, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=29616, acc=200, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=29812, acc=300, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=30008, acc=400, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=30204, acc=500, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=30400, acc=600, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=30596, acc=700, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=30792, acc=800, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=30988, acc=900, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=31184, acc=1000, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=31380, acc=1100, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=31576, acc=1200, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=31772, acc=1300, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=31968, acc=1400, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=32164, acc=1500, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=32360, acc=1600, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=32556, acc=1700, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=32752, acc=1800, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=32948, acc=1900, len=100, cols=10, step=1, pitch=14, conv, unsigned
READ_WEIGHTS addr=0x30000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29225, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29421, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29617, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29813, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30009, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30205, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30401, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30597, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30793, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30989, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31185, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31381, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31577, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31773, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31969, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32165, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32361, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32557, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32753, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32949, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29226, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29422, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29618, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29814, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30010, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30206, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30402, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30598, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30794, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30990, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31186, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31382, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31578, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31774, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31970, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32166, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32362, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32558, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32754, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32950, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29227, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29423, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29619, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29815, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30011, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30207, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30403, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30599, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30795, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30991, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31187, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31383, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31579, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31775, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31971, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32167, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32363, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32559, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32755, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32951, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29228, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29424, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29620, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29816, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30012, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30208, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30404, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30600, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30796, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30992, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31188, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31384, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31580, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31776, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31972, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32168, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32364, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32560, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32756, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32952, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29238, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29434, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29630, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29826, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30022, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30218, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30414, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30610, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30806, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31002, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31198, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31394, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31590, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31786, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31982, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32178, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32374, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32570, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32766, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32962, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29239, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29435, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29631, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29827, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30023, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30219, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30415, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30611, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30807, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31003, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31199, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31395, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31591, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31787, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31983, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32179, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32375, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32571, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32767, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32963, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29240, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29436, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29632, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29828, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30024, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30220, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30416, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30612, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30808, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31004, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31200, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31396, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31592, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31788, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31984, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32180, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32376, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32572, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32768, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32964, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29241, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29437, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29633, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29829, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30025, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30221, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30417, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30613, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30809, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31005, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31201, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31397, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31593, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31789, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31985, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32181, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32377, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32573, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32769, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32965, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29242, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29438, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29634, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29830, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30026, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30222, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30418, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30614, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30810, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31006, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31202, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31398, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31594, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31790, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31986, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32182, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32378, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32574, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32770, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32966, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29252, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29448, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29644, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29840, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30036, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30232, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30428, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30624, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30820, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31016, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31212, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31408, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31604, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31800, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31996, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32192, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32388, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32584, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32780, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32976, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29253, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29449, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29645, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29841, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30037, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30233, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30429, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30625, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30821, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31017, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31213, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31409, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31605, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31801, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31997, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32193, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32389, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32585, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32781, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32977, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29254, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29450, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29646, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29842, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30038, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30234, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30430, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30626, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30822, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31018, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31214, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31410, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31606, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31802, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31998, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32194, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32390, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32586, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32782, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32978, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29255, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29451, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29647, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29843, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30039, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30235, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30431, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30627, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30823, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31019, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31215, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31411, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31607, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31803, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31999, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32195, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32391, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32587, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32783, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32979, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29256, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29452, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29648, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29844, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30040, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30236, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30432, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30628, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30824, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31020, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31216, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31412, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31608, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31804, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32000, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32196, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32392, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32588, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32784, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32980, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29266, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29462, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29658, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29854, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30050, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30246, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30442, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30638, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30834, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31030, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31226, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31422, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31618, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31814, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32010, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32206, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32402, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32598, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32794, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32990, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29267, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29463, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29659, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29855, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30051, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30247, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30443, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30639, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30835, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31031, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31227, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31423, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31619, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31815, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32011, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32207, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32403, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32599, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32795, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32991, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29268, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29464, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29660, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29856, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30052, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30248, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30444, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30640, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30836, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31032, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31228, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31424, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31620, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31816, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32012, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32208, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32404, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32600, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32796, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32992, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x140000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29269, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29465, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29661, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29857, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30053, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30249, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30445, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30641, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30837, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31033, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31229, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31425, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31621, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31817, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32013, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32209, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32405, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32601, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32797, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32993, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x150000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29270, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29466, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29662, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29858, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30054, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30250, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30446, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30642, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30838, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31034, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31230, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31426, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31622, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31818, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32014, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32210, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32406, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32602, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32798, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32994, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x160000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29280, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29476, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29672, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29868, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30064, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30260, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30456, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30652, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30848, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31044, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31240, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31436, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31632, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31828, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32024, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32220, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32416, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32612, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32808, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33004, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x170000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29281, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29477, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29673, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29869, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30065, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30261, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30457, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30653, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30849, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31045, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31241, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31437, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31633, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31829, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32025, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32221, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32417, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32613, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32809, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33005, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x180000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29282, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29478, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29674, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29870, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30066, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30262, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30458, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30654, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30850, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31046, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31242, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31438, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31634, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31830, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32026, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32222, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32418, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32614, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32810, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33006, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x190000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29283, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29479, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29675, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29871, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30067, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30263, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30459, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30655, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30851, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31047, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31243, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31439, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31635, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31831, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32027, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32223, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32419, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32615, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32811, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33007, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1a0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=29284, acc=0, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=29480, acc=100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29676, acc=200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=29872, acc=300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30068, acc=400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30264, acc=500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30460, acc=600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30656, acc=700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=30852, acc=800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31048, acc=900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31244, acc=1000, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31440, acc=1100, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31636, acc=1200, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=31832, acc=1300, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32028, acc=1400, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32224, acc=1500, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32420, acc=1600, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32616, acc=1700, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=32812, acc=1800, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33008, acc=1900, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
ACTIVATE acc=0, ub=40, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=100, ub=140, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=200, ub=240, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=300, ub=340, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=400, ub=440, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=500, ub=540, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=600, ub=640, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=700, ub=740, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=800, ub=840, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=900, ub=940, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=1000, ub=1040, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=1100, ub=1140, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=1200, ub=1240, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=1300, ub=1340, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=1400, ub=1440, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=1500, ub=1540, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=1600, ub=1640, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=1700, ub=1740, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=1800, ub=1840, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=1900, ub=1940, len=100, params=8, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0x20000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33144, acc=2048, len=100, cols=10, step=1, pitch=14, switch, conv, unsigned
MATMUL ub=33340, acc=2148, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=33536, acc=2248, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=33732, acc=2348, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=33928, acc=2448, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=34124, acc=2548, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=34320, acc=2648, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=34516, acc=2748, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=34712, acc=2848, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=34908, acc=2948, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=35104, acc=3048, len=100, cols=10, step=1, pitch=14, conv, unsigned
MATMUL ub=35300, acc=3148, len=100, cols=10, step=1, pitch=14, conv, unsigned
READ_WEIGHTS addr=0x30000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33145, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33341, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33537, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33733, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33929, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34125, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34321, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34517, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34713, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34909, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35105, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35301, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33146, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33342, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33538, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33734, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33930, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34126, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34322, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34518, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34714, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34910, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35106, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35302, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33147, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33343, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33539, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33735, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33931, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34127, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34323, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34519, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34715, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34911, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35107, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35303, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33148, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33344, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33540, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33736, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33932, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34128, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34324, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34520, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34716, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34912, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35108, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35304, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33158, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33354, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33550, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33746, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33942, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34138, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34334, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34530, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34726, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34922, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35118, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35314, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33159, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33355, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33551, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33747, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33943, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34139, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34335, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34531, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34727, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34923, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35119, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35315, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33160, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33356, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33552, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33748, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33944, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34140, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34336, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34532, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34728, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34924, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35120, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35316, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xa0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33161, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33357, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33553, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33749, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33945, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34141, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34337, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34533, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34729, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34925, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35121, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35317, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xb0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33162, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33358, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33554, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33750, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33946, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34142, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34338, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34534, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34730, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34926, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35122, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35318, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xc0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33172, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33368, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33564, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33760, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33956, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34152, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34348, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34544, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34740, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34936, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35132, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35328, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xd0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33173, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33369, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33565, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33761, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33957, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34153, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34349, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34545, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34741, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34937, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35133, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35329, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33174, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33370, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33566, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33762, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33958, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34154, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34350, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34546, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34742, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34938, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35134, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35330, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33175, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33371, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33567, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33763, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33959, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34155, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34351, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34547, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34743, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34939, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35135, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35331, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33176, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33372, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33568, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33764, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33960, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34156, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34352, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34548, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34744, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34940, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35136, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35332, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33186, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33382, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33578, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33774, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33970, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34166, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34362, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34558, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34754, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34950, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35146, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35342, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33187, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33383, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33579, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33775, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33971, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34167, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34363, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34559, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34755, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34951, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35147, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35343, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33188, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33384, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33580, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33776, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33972, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34168, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34364, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34560, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34756, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34952, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35148, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35344, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x140000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33189, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33385, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33581, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33777, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33973, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34169, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34365, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34561, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34757, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34953, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35149, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35345, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x150000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33190, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33386, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33582, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33778, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33974, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34170, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34366, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34562, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34758, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34954, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35150, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35346, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x160000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33200, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33396, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33592, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33788, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33984, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34180, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34376, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34572, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34768, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34964, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35160, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35356, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x170000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33201, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33397, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33593, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33789, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33985, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34181, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34377, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34573, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34769, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34965, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35161, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35357, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x180000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33202, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33398, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33594, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33790, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33986, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34182, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34378, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34574, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34770, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34966, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35162, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35358, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x190000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33203, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33399, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33595, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33791, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33987, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34183, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34379, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34575, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34771, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34967, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35163, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35359, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1a0000, tiles=1, usedRows=6, usedCols=16
MATMUL ub=33204, acc=2048, len=100, cols=10, step=1, pitch=14, switch, accumulate, conv, unsigned
MATMUL ub=33400, acc=2148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33596, acc=2248, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33792, acc=2348, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=33988, acc=2448, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34184, acc=2548, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34380, acc=2648, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34576, acc=2748, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34772, acc=2848, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=34968, acc=2948, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35164, acc=3048, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
MATMUL ub=35360, acc=3148, len=100, cols=10, step=1, pitch=14, accumulate, conv, unsigned
ACTIVATE acc=2048, ub=2040, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=2148, ub=2140, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=2248, ub=2240, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=2348, ub=2340, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=2448, ub=2440, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=2548, ub=2540, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=2648, ub=2640, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=2748, ub=2740, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=2848, ub=2840, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=2948, ub=2940, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=3048, ub=3040, len=100, params=8, func=relu, perColumn, unsigned
ACTIVATE acc=3148, ub=3140, len=100, params=8, func=relu, perColumn, unsigned
TAG 4
READ_WEIGHTS addr=0x10000, tiles=1, usedRows=256, usedCols=1
MATMUL ub=40, acc=0, len=100, switch, unsigned, fence
SET pool.inHeight, 10
SET pool.inWidth, 10
SET pool.outHeight, 5
SET pool.outWidth, 5
ACTIVATE acc=0, ub=3240, len=100, func=identity, pool=max, unsigned
MATMUL ub=140, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3265, len=100, func=identity, pool=max, unsigned
MATMUL ub=240, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3290, len=100, func=identity, pool=max, unsigned
MATMUL ub=340, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3315, len=100, func=identity, pool=max, unsigned
MATMUL ub=440, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3340, len=100, func=identity, pool=max, unsigned
MATMUL ub=540, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3365, len=100, func=identity, pool=max, unsigned
MATMUL ub=640, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3390, len=100, func=identity, pool=max, unsigned
MATMUL ub=740, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3415, len=100, func=identity, pool=max, unsigned
MATMUL ub=840, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3440, len=100, func=identity, pool=max, unsigned
MATMUL ub=940, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3465, len=100, func=identity, pool=max, unsigned
MATMUL ub=1040, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3490, len=100, func=identity, pool=max, unsigned
MATMUL ub=1140, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3515, len=100, func=identity, pool=max, unsigned
MATMUL ub=1240, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3540, len=100, func=identity, pool=max, unsigned
MATMUL ub=1340, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3565, len=100, func=identity, pool=max, unsigned
MATMUL ub=1440, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3590, len=100, func=identity, pool=max, unsigned
MATMUL ub=1540, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3615, len=100, func=identity, pool=max, unsigned
MATMUL ub=1640, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3640, len=100, func=identity, pool=max, unsigned
MATMUL ub=1740, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3665, len=100, func=identity, pool=max, unsigned
MATMUL ub=1840, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3690, len=100, func=identity, pool=max, unsigned
MATMUL ub=1940, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3715, len=100, func=identity, pool=max, unsigned
MATMUL ub=2040, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3740, len=100, func=identity, pool=max, unsigned
MATMUL ub=2140, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3765, len=100, func=identity, pool=max, unsigned
MATMUL ub=2240, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3790, len=100, func=identity, pool=max, unsigned
MATMUL ub=2340, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3815, len=100, func=identity, pool=max, unsigned
MATMUL ub=2440, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3840, len=100, func=identity, pool=max, unsigned
MATMUL ub=2540, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3865, len=100, func=identity, pool=max, unsigned
MATMUL ub=2640, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3890, len=100, func=identity, pool=max, unsigned
MATMUL ub=2740, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3915, len=100, func=identity, pool=max, unsigned
MATMUL ub=2840, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3940, len=100, func=identity, pool=max, unsigned
MATMUL ub=2940, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=3965, len=100, func=identity, pool=max, unsigned
MATMUL ub=3040, acc=0, len=100, unsigned
ACTIVATE acc=0, ub=3990, len=100, func=identity, pool=max, unsigned
MATMUL ub=3140, acc=2048, len=100, unsigned
ACTIVATE acc=2048, ub=4015, len=100, func=identity, pool=max, unsigned
TAG 5
TAG 6
READ_WEIGHTS addr=0x1b0000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3240, acc=0, len=32, cols=1, step=1, pitch=25, switch, conv, unsigned, fence
READ_WEIGHTS addr=0x1c0000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3241, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1d0000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3242, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1e0000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3243, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x1f0000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3244, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x200000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3245, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x210000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3246, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x220000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3247, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x230000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3248, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x240000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3249, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x250000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3250, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x260000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3251, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x270000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3252, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x280000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3253, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x290000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3254, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2a0000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3255, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2b0000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3256, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2c0000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3257, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2d0000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3258, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2e0000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3259, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x2f0000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3260, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x300000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3261, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x310000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3262, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x320000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3263, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
READ_WEIGHTS addr=0x330000, tiles=1, usedRows=16, usedCols=120
MATMUL ub=3264, acc=0, len=32, cols=1, step=1, pitch=25, switch, accumulate, conv, unsigned
ACTIVATE acc=0, ub=40, len=32, params=16, func=relu, perColumn, unsigned
TAG 7
READ_WEIGHTS addr=0x340000, tiles=1, usedRows=120, usedCols=84
MATMUL ub=40, acc=2048, len=32, switch, unsigned, fence
ACTIVATE acc=2048, ub=72, len=32, params=24, func=relu, perColumn, unsigned
TAG 8
SET act.zeroPoint, 139
READ_WEIGHTS addr=0x350000, tiles=1, usedRows=84, usedCols=10
MATMUL ub=72, acc=0, len=32, switch, unsigned, fence
ACTIVATE acc=0, ub=40, len=32, params=32, func=identity, perColumn, unsigned
WRITE_HOST ub=40, host=0x9ba00, rows=32, rowBytes=10
HALT
