; tpusim program: 1828 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=96
TAG 3
SET act.zeroPoint, 127
READ_HOST ub=96, host=0xc00, rows=121, rowBytes=32
READ_HOST ub=217, host=0x1b20, rows=121, rowBytes=32
READ_HOST ub=338, host=0x2a40, rows=121, rowBytes=32
READ_HOST ub=459, host=0x3960, rows=121, rowBytes=32
READ_HOST ub=580, host=0x4880, rows=121, rowBytes=32
READ_HOST ub=701, host=0x57a0, rows=121, rowBytes=32
READ_HOST ub=822, host=0x66c0, rows=121, rowBytes=32
READ_HOST ub=943, host=0x75e0, rows=121, rowBytes=32
READ_HOST ub=1064, host=0x8500, rows=121, rowBytes=32
READ_HOST ub=1185, host=0x9420, rows=121, rowBytes=32
READ_HOST ub=1306, host=0xa340, rows=121, rowBytes=32
READ_HOST ub=1427, host=0xb260, rows=121, rowBytes=32
READ_HOST ub=1548, host=0xc180, rows=121, rowBytes=32
READ_HOST ub=1669, host=0xd0a0, rows=121, rowBytes=32
READ_HOST ub=1790, host=0xdfc0, rows=121, rowBytes=32
READ_HOST ub=1911, host=0xeee0, rows=121, rowBytes=32
READ_HOST ub=2032, host=0xfe00, rows=121, rowBytes=32
READ_HOST ub=2153, host=0x10d20, rows=121, rowBytes=32
READ_HOST ub=2274, host=0x11c40, rows=121, rowBytes=32
READ_HOST ub=2395, host=0x12b60, rows=121, rowBytes=32
READ_HOST ub=2516, host=0x13a80, rows=121, rowBytes=32
READ_HOST ub=2637, host=0x149a0, rows=121, rowBytes=32
READ_HOST ub=2758, host=0x158c0, rows=121, rowBytes=32
READ_HOST ub=2879, host=0x167e0, rows=121, rowBytes=32
READ_HOST ub=3000, host=0x17700, rows=121, rowBytes=32
READ_HOST ub=3121, host=0x18620, rows=121, rowBytes=32
READ_HOST ub=3242, host=0x19540, rows=121, rowBytes=32
READ_HOST ub=3363, host=0x1a460, rows=121, rowBytes=32
READ_HOST ub=3484, host=0x1b380, rows=121, rowBytes=32
READ_HOST ub=3605, host=0x1c2a0, rows=121, rowBytes=32
READ_HOST ub=3726, host=0x1d1c0, rows=121, rowBytes=32
READ_HOST ub=3847, host=0x1e0e0, rows=121, rowBytes=32
READ_HOST ub=3968, host=0x1f000, rows=121, rowBytes=32
READ_HOST ub=4089, host=0x1ff20, rows=121, rowBytes=32
READ_HOST ub=4210, host=0x20e40, rows=121, rowBytes=32
READ_HOST ub=4331, host=0x21d60, rows=121, rowBytes=32
READ_HOST ub=4452, host=0x22c80, rows=121, rowBytes=32
READ_HOST ub=4573, host=0x23ba0, rows=121, rowBytes=32
READ_HOST ub=4694, host=0x24ac0, rows=121, rowBytes=32
READ_HOST ub=4815, host=0x259e0, rows=121, rowBytes=32
READ_HOST ub=4936, host=0x26900, rows=121, rowBytes=32
READ_HOST ub=5057, host=0x27820, rows=121, rowBytes=32
READ_HOST ub=5178, host=0x28740, rows=121, rowBytes=32
READ_HOST ub=5299, host=0x29660, rows=121, rowBytes=32
READ_HOST ub=5420, host=0x2a580, rows=121, rowBytes=32
READ_HOST ub=5541, host=0x2b4a0, rows=121, rowBytes=32
READ_HOST ub=5662, host=0x2c3c0, rows=121, rowBytes=32
READ_HOST ub=5783, host=0x2d2e0, rows=121, rowBytes=32
READ_HOST ub=5904, host=0x2e200, rows=121, rowBytes=32
READ_HOST ub=6025, host=0x2f120, rows=121, rowBytes=32
READ_HOST ub=6146, host=0x30040, rows=121, rowBytes=32
READ_HOST ub=6267, host=0x30f60, rows=121, rowBytes=32
READ_HOST ub=6388, host=0x31e80, rows=121, rowBytes=32
READ_HOST ub=6509, host=0x32da0, rows=121, rowBytes=32
READ_HOST ub=6630, host=0x33cc0, rows=121, rowBytes=32
READ_HOST ub=6751, host=0x34be0, rows=121, rowBytes=32
READ_HOST ub=6872, host=0x35b00, rows=121, rowBytes=32
READ_HOST ub=6993, host=0x36a20, rows=121, rowBytes=32
READ_HOST ub=7114, host=0x37940, rows=121, rowBytes=32
READ_HOST ub=7235, host=0x38860, rows=121, rowBytes=32
READ_HOST ub=7356, host=0x39780, rows=121, rowBytes=32
READ_HOST ub=7477, host=0x3a6a0, rows=121, rowBytes=32
READ_HOST ub=7598, host=0x3b5c0, rows=121, rowBytes=32
READ_HOST ub=7719, host=0x3c4e0, rows=121, rowBytes=32
READ_HOST ub=7840, host=0x3d400, rows=121, rowBytes=32
READ_HOST ub=7961, host=0x3e320, rows=121, rowBytes=32
READ_HOST ub=8082, host=0x3f240, rows=121, rowBytes=32
READ_HOST ub=8203, host=0x40160, rows=121, rowBytes=32
READ_HOST ub=8324, host=0x41080, rows=121, rowBytes=32
READ_HOST ub=8445, host=0x41fa0, rows=121, rowBytes=32
READ_HOST ub=8566, host=0x42ec0, rows=121, rowBytes=32
READ_HOST ub=8687, host=0x43de0, rows=121, rowBytes=32
READ_WEIGHTS addr=0x9f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x9f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xaa000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xaa400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xaa800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xaac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xab000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xab400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xab800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xabc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xac000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xac400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xac800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xacc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xad000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xad400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xad800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xadc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xae000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xae400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xae800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xaec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xaf000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xaf400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xaf800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xafc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=8808, len=121, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0xb1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0xb1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xba000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xba400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xba800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbcc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbdc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbe000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbe400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbe800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbf000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbf400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbf800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbfc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=8929, len=121, params=8, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0xc3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0xc3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xca000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xca400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xca800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xccc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcdc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xce000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xce400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xce800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcf000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcf400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcf800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcfc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=9050, len=121, params=16, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0xd5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0xd5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xda000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xda400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xda800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdcc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xddc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xde000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xde400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xde800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdf000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdf400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdf800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdfc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=9171, len=121, params=24, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0xe7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0xe7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xea000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xea400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xea800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xeac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xeb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xeb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xeb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xebc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xec000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xec400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xec800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xecc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xed000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xed400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xed800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xedc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xee000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xee400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xee800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xeec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xef000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xef400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xef800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xefc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=9292, len=121, params=32, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0xf9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0xf9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfa000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfa400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfa800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfcc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfdc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfe000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfe400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfe800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xff000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xff400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xff800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0xffc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x100400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x100800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x100c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x101000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x101400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x101800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x101c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x102000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x102400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x102800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x102c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x103000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x103400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x103800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x103c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x104000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x104400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x104800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x104c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x105000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x105400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x105800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x105c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x106000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x106400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x106800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x106c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x107000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x107400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x107800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x107c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x108000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x108400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x108800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x108c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x109000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x109400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x109800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x109c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=9413, len=121, params=40, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x10b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x10b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x110400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x110800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x110c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x111000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x111400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x111800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x111c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x112000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x112400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x112800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x112c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x113000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x113400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x113800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x113c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x114000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x114400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x114800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x114c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x115000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x115400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x115800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x115c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x116000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x116400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x116800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x116c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x117000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x117400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x117800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x117c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x118000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x118400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x118800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x118c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x119000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x119400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x119800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x119c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=9534, len=121, params=48, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x11d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x11d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x120400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x120800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x120c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x121000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x121400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x121800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x121c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x122000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x122400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x122800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x122c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x123000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x123400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x123800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x123c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x124000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x124400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x124800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x124c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x125000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x125400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x125800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x125c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x126000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x126400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x126800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x126c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x127000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x127400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x127800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x127c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x128000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x128400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x128800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x128c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x129000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x129400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x129800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x129c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=9655, len=121, params=56, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x12f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x12f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x130400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x130800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x130c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x131000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x131400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x131800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x131c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x132000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x132400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x132800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x132c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x133000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x133400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x133800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x133c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x134000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x134400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x134800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x134c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x135000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x135400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x135800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x135c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x136000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x136400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x136800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x136c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x137000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x137400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x137800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x137c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x138000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x138400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x138800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x138c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x139000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x139400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x139800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x139c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x140000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x140400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x140800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x140c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=9776, len=121, params=64, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x141000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x141400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x141800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x141c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x142000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x142400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x142800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x142c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x143000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x143400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x143800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x143c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x144000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x144400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x144800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x144c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x145000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x145400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x145800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x145c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x146000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x146400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x146800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x146c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x147000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x147400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x147800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x147c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x148000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x148400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x148800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x148c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x149000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x149400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x149800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x149c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x150000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x150400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x150800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x150c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x151000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x151400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x151800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x151c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x152000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x152400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x152800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x152c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=9897, len=121, params=72, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x153000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x153400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x153800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x153c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x154000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x154400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x154800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x154c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x155000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x155400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x155800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x155c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x156000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x156400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x156800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x156c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x157000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x157400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x157800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x157c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x158000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x158400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x158800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x158c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x159000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x159400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x159800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x159c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x160000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x160400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x160800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x160c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x161000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x161400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x161800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x161c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x162000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x162400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x162800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x162c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x163000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x163400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x163800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x163c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x164000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x164400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x164800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x164c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=10018, len=121, params=80, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x165000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x165400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x165800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x165c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x166000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x166400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x166800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x166c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x167000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x167400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x167800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x167c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x168000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x168400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x168800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x168c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x169000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x169400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x169800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x169c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x170000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x170400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x170800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x170c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x171000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x171400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x171800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x171c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x172000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x172400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x172800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x172c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x173000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x173400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x173800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x173c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x174000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x174400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x174800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x174c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x175000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x175400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x175800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x175c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x176000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x176400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x176800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x176c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=10139, len=121, params=88, func=identity, perColumn, unsigned
WRITE_HOST ub=8808, host=0x44d00, rows=121, rowBytes=32
WRITE_HOST ub=8929, host=0x45c20, rows=121, rowBytes=32
WRITE_HOST ub=9050, host=0x46b40, rows=121, rowBytes=32
WRITE_HOST ub=9171, host=0x47a60, rows=121, rowBytes=32
WRITE_HOST ub=9292, host=0x48980, rows=121, rowBytes=32
WRITE_HOST ub=9413, host=0x498a0, rows=121, rowBytes=32
WRITE_HOST ub=9534, host=0x4a7c0, rows=121, rowBytes=32
WRITE_HOST ub=9655, host=0x4b6e0, rows=121, rowBytes=32
WRITE_HOST ub=9776, host=0x4c600, rows=121, rowBytes=32
WRITE_HOST ub=9897, host=0x4d520, rows=121, rowBytes=32
WRITE_HOST ub=10018, host=0x4e440, rows=121, rowBytes=32
WRITE_HOST ub=10139, host=0x4f360, rows=121, rowBytes=32
HALT
