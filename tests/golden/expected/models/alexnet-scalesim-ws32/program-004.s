; tpusim program: 2728 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=96
TAG 4
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
READ_HOST ub=8808, host=0x44d00, rows=121, rowBytes=32
READ_HOST ub=8929, host=0x45c20, rows=121, rowBytes=32
READ_HOST ub=9050, host=0x46b40, rows=121, rowBytes=32
READ_HOST ub=9171, host=0x47a60, rows=121, rowBytes=32
READ_HOST ub=9292, host=0x48980, rows=121, rowBytes=32
READ_HOST ub=9413, host=0x498a0, rows=121, rowBytes=32
READ_HOST ub=9534, host=0x4a7c0, rows=121, rowBytes=32
READ_HOST ub=9655, host=0x4b6e0, rows=121, rowBytes=32
READ_HOST ub=9776, host=0x4c600, rows=121, rowBytes=32
READ_HOST ub=9897, host=0x4d520, rows=121, rowBytes=32
READ_HOST ub=10018, host=0x4e440, rows=121, rowBytes=32
READ_HOST ub=10139, host=0x4f360, rows=121, rowBytes=32
READ_HOST ub=10260, host=0x50280, rows=121, rowBytes=32
READ_HOST ub=10381, host=0x511a0, rows=121, rowBytes=32
READ_HOST ub=10502, host=0x520c0, rows=121, rowBytes=32
READ_HOST ub=10623, host=0x52fe0, rows=121, rowBytes=32
READ_HOST ub=10744, host=0x53f00, rows=121, rowBytes=32
READ_HOST ub=10865, host=0x54e20, rows=121, rowBytes=32
READ_HOST ub=10986, host=0x55d40, rows=121, rowBytes=32
READ_HOST ub=11107, host=0x56c60, rows=121, rowBytes=32
READ_HOST ub=11228, host=0x57b80, rows=121, rowBytes=32
READ_HOST ub=11349, host=0x58aa0, rows=121, rowBytes=32
READ_HOST ub=11470, host=0x599c0, rows=121, rowBytes=32
READ_HOST ub=11591, host=0x5a8e0, rows=121, rowBytes=32
READ_HOST ub=11712, host=0x5b800, rows=121, rowBytes=32
READ_HOST ub=11833, host=0x5c720, rows=121, rowBytes=32
READ_HOST ub=11954, host=0x5d640, rows=121, rowBytes=32
READ_HOST ub=12075, host=0x5e560, rows=121, rowBytes=32
READ_HOST ub=12196, host=0x5f480, rows=121, rowBytes=32
READ_HOST ub=12317, host=0x603a0, rows=121, rowBytes=32
READ_HOST ub=12438, host=0x612c0, rows=121, rowBytes=32
READ_HOST ub=12559, host=0x621e0, rows=121, rowBytes=32
READ_HOST ub=12680, host=0x63100, rows=121, rowBytes=32
READ_HOST ub=12801, host=0x64020, rows=121, rowBytes=32
READ_HOST ub=12922, host=0x64f40, rows=121, rowBytes=32
READ_HOST ub=13043, host=0x65e60, rows=121, rowBytes=32
READ_WEIGHTS addr=0x177000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x177400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x177800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x177c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x178000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x178400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x178800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x178c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x179000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x179400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x179800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x179c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x180000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x180400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x180800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x180c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x181000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x181400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x181800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x181c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x182000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x182400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x182800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x182c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x183000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x183400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x183800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x183c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x184000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x184400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x184800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x184c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x185000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x185400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x185800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x185c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x186000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x186400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x186800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x186c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x187000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x187400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x187800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x187c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x188000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x188400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x188800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x188c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x189000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x189400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x189800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x189c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x190000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x190400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x190800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x190c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x191000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x191400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x191800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x191c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=13164, len=121, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x192000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x192400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x192800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x192c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x193000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x193400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x193800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x193c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x194000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x194400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x194800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x194c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x195000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x195400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x195800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x195c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x196000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x196400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x196800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x196c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x197000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x197400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x197800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x197c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x198000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x198400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x198800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x198c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x199000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x199400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x199800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x199c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1aa000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1aa400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1aa800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1aac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ab000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ab400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ab800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1abc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ac000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ac400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ac800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1acc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=13285, len=121, params=8, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x1ad000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x1ad400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ad800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1adc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ae000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ae400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ae800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1aec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1af000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1af400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1af800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1afc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ba000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ba400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ba800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bcc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bdc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1be000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1be400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1be800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bf000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bf400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bf800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1bfc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=13406, len=121, params=16, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x1c8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x1c8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ca000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ca400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ca800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ccc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cdc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ce000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ce400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ce800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cf000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cf400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cf800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cfc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1da000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1da400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1da800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1db000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1db400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1db800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dcc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ddc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1de000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1de400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1de800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1df000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1df400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1df800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dfc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=13527, len=121, params=24, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x1e3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x1e3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ea000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ea400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ea800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1eac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1eb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1eb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1eb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ebc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ec000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ec400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ec800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ecc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ed000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ed400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ed800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1edc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ee000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ee400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ee800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1eec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ef000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ef400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ef800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1efc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fa000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fa400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fa800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fcc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fdc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=13648, len=121, params=32, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x1fe000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x1fe400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fe800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ff000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ff400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ff800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ffc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x200000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x200400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x200800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x200c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x201000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x201400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x201800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x201c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x202000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x202400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x202800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x202c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x203000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x203400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x203800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x203c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x204000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x204400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x204800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x204c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x205000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x205400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x205800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x205c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x206000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x206400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x206800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x206c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x207000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x207400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x207800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x207c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x208000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x208400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x208800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x208c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x209000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x209400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x209800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x209c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x210000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x210400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x210800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x210c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x211000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x211400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x211800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x211c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x212000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x212400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x212800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x212c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x213000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x213400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x213800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x213c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x214000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x214400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x214800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x214c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x215000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x215400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x215800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x215c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x216000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x216400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x216800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x216c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x217000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x217400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x217800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x217c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x218000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x218400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x218800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x218c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=13769, len=121, params=40, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x219000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x219400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x219800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x219c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x220000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x220400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x220800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x220c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x221000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x221400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x221800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x221c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x222000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x222400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x222800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x222c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x223000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x223400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x223800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x223c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x224000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x224400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x224800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x224c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x225000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x225400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x225800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x225c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x226000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x226400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x226800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x226c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x227000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x227400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x227800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x227c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x228000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x228400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x228800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x228c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x229000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x229400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x229800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x229c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x230000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x230400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x230800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x230c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x231000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x231400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x231800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x231c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x232000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x232400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x232800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x232c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x233000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x233400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x233800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x233c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=13890, len=121, params=48, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x234000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x234400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x234800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x234c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x235000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x235400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x235800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x235c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x236000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x236400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x236800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x236c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x237000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x237400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x237800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x237c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x238000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x238400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x238800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x238c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x239000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x239400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x239800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x239c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x240000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x240400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x240800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x240c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x241000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x241400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x241800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x241c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x242000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x242400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x242800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x242c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x243000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x243400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x243800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x243c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x244000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x244400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x244800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x244c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x245000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x245400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x245800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x245c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x246000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x246400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x246800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x246c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x247000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x247400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x247800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x247c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x248000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x248400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x248800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x248c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x249000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x249400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x249800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x249c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=14011, len=121, params=56, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x24f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x24f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x250000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x250400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x250800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x250c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x251000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x251400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x251800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x251c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x252000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x252400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x252800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x252c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x253000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x253400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x253800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x253c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x254000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x254400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x254800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x254c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x255000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x255400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x255800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x255c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x256000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x256400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x256800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x256c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x257000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x257400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x257800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x257c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x258000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x258400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x258800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x258c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x259000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x259400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x259800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x259c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x260000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x260400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x260800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x260c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x261000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x261400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x261800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x261c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x262000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x262400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x262800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x262c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x263000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x263400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x263800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x263c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x264000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x264400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x264800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x264c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x265000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x265400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x265800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x265c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x266000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x266400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x266800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x266c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x267000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x267400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x267800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x267c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x268000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x268400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x268800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x268c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x269000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x269400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x269800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x269c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=14132, len=121, params=64, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x26a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x26a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x270000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x270400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x270800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x270c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x271000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x271400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x271800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x271c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x272000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x272400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x272800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x272c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x273000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x273400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x273800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x273c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x274000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x274400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x274800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x274c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x275000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x275400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x275800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x275c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x276000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x276400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x276800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x276c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x277000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x277400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x277800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x277c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x278000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x278400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x278800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x278c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x279000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x279400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x279800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x279c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x280000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x280400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x280800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x280c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x281000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x281400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x281800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x281c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x282000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x282400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x282800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x282c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x283000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x283400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x283800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x283c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x284000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x284400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x284800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x284c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=14253, len=121, params=72, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x285000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x285400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x285800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x285c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x286000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x286400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x286800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x286c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x287000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x287400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x287800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x287c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x288000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x288400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x288800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x288c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x289000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x289400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x289800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x289c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x290000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x290400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x290800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x290c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x291000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x291400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x291800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x291c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x292000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x292400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x292800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x292c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x293000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x293400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x293800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x293c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x294000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x294400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x294800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x294c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x295000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x295400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x295800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x295c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x296000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x296400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x296800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x296c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x297000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x297400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x297800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x297c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x298000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x298400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x298800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x298c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x299000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x299400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x299800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x299c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=14374, len=121, params=80, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x2a0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=96, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x2a0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=217, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=338, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=459, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=580, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=701, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=822, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=943, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1064, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2aa000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2aa400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2aa800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2aac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ab000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ab400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ab800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2abc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ac000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ac400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ac800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2acc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ad000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ad400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ad800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2adc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ae000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ae400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ae800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2aec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2af000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2af400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2af800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2afc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8687, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8808, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8929, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9050, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9171, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9292, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9413, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9534, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9655, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9776, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9897, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10018, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10139, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10260, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10381, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10502, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10623, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10744, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10865, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10986, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11107, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11228, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11349, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11470, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11591, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11712, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11833, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11954, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12075, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12196, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12317, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12438, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12559, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ba000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12680, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ba400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12801, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ba800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12922, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13043, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=14495, len=121, params=88, func=identity, perColumn, unsigned
WRITE_HOST ub=13164, host=0x66d80, rows=121, rowBytes=32
WRITE_HOST ub=13285, host=0x67ca0, rows=121, rowBytes=32
WRITE_HOST ub=13406, host=0x68bc0, rows=121, rowBytes=32
WRITE_HOST ub=13527, host=0x69ae0, rows=121, rowBytes=32
WRITE_HOST ub=13648, host=0x6aa00, rows=121, rowBytes=32
WRITE_HOST ub=13769, host=0x6b920, rows=121, rowBytes=32
WRITE_HOST ub=13890, host=0x6c840, rows=121, rowBytes=32
WRITE_HOST ub=14011, host=0x6d760, rows=121, rowBytes=32
WRITE_HOST ub=14132, host=0x6e680, rows=121, rowBytes=32
WRITE_HOST ub=14253, host=0x6f5a0, rows=121, rowBytes=32
WRITE_HOST ub=14374, host=0x704c0, rows=121, rowBytes=32
WRITE_HOST ub=14495, host=0x713e0, rows=121, rowBytes=32
HALT
