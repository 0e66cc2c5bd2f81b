; tpusim program: 1856 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=64
TAG 5
SET act.zeroPoint, 127
READ_HOST ub=64, host=0x800, rows=121, rowBytes=32
READ_HOST ub=185, host=0x1720, rows=121, rowBytes=32
READ_HOST ub=306, host=0x2640, rows=121, rowBytes=32
READ_HOST ub=427, host=0x3560, rows=121, rowBytes=32
READ_HOST ub=548, host=0x4480, rows=121, rowBytes=32
READ_HOST ub=669, host=0x53a0, rows=121, rowBytes=32
READ_HOST ub=790, host=0x62c0, rows=121, rowBytes=32
READ_HOST ub=911, host=0x71e0, rows=121, rowBytes=32
READ_HOST ub=1032, host=0x8100, rows=121, rowBytes=32
READ_HOST ub=1153, host=0x9020, rows=121, rowBytes=32
READ_HOST ub=1274, host=0x9f40, rows=121, rowBytes=32
READ_HOST ub=1395, host=0xae60, rows=121, rowBytes=32
READ_HOST ub=1516, host=0xbd80, rows=121, rowBytes=32
READ_HOST ub=1637, host=0xcca0, rows=121, rowBytes=32
READ_HOST ub=1758, host=0xdbc0, rows=121, rowBytes=32
READ_HOST ub=1879, host=0xeae0, rows=121, rowBytes=32
READ_HOST ub=2000, host=0xfa00, rows=121, rowBytes=32
READ_HOST ub=2121, host=0x10920, rows=121, rowBytes=32
READ_HOST ub=2242, host=0x11840, rows=121, rowBytes=32
READ_HOST ub=2363, host=0x12760, rows=121, rowBytes=32
READ_HOST ub=2484, host=0x13680, rows=121, rowBytes=32
READ_HOST ub=2605, host=0x145a0, rows=121, rowBytes=32
READ_HOST ub=2726, host=0x154c0, rows=121, rowBytes=32
READ_HOST ub=2847, host=0x163e0, rows=121, rowBytes=32
READ_HOST ub=2968, host=0x17300, rows=121, rowBytes=32
READ_HOST ub=3089, host=0x18220, rows=121, rowBytes=32
READ_HOST ub=3210, host=0x19140, rows=121, rowBytes=32
READ_HOST ub=3331, host=0x1a060, rows=121, rowBytes=32
READ_HOST ub=3452, host=0x1af80, rows=121, rowBytes=32
READ_HOST ub=3573, host=0x1bea0, rows=121, rowBytes=32
READ_HOST ub=3694, host=0x1cdc0, rows=121, rowBytes=32
READ_HOST ub=3815, host=0x1dce0, rows=121, rowBytes=32
READ_HOST ub=3936, host=0x1ec00, rows=121, rowBytes=32
READ_HOST ub=4057, host=0x1fb20, rows=121, rowBytes=32
READ_HOST ub=4178, host=0x20a40, rows=121, rowBytes=32
READ_HOST ub=4299, host=0x21960, rows=121, rowBytes=32
READ_HOST ub=4420, host=0x22880, rows=121, rowBytes=32
READ_HOST ub=4541, host=0x237a0, rows=121, rowBytes=32
READ_HOST ub=4662, host=0x246c0, rows=121, rowBytes=32
READ_HOST ub=4783, host=0x255e0, rows=121, rowBytes=32
READ_HOST ub=4904, host=0x26500, rows=121, rowBytes=32
READ_HOST ub=5025, host=0x27420, rows=121, rowBytes=32
READ_HOST ub=5146, host=0x28340, rows=121, rowBytes=32
READ_HOST ub=5267, host=0x29260, rows=121, rowBytes=32
READ_HOST ub=5388, host=0x2a180, rows=121, rowBytes=32
READ_HOST ub=5509, host=0x2b0a0, rows=121, rowBytes=32
READ_HOST ub=5630, host=0x2bfc0, rows=121, rowBytes=32
READ_HOST ub=5751, host=0x2cee0, rows=121, rowBytes=32
READ_HOST ub=5872, host=0x2de00, rows=121, rowBytes=32
READ_HOST ub=5993, host=0x2ed20, rows=121, rowBytes=32
READ_HOST ub=6114, host=0x2fc40, rows=121, rowBytes=32
READ_HOST ub=6235, host=0x30b60, rows=121, rowBytes=32
READ_HOST ub=6356, host=0x31a80, rows=121, rowBytes=32
READ_HOST ub=6477, host=0x329a0, rows=121, rowBytes=32
READ_HOST ub=6598, host=0x338c0, rows=121, rowBytes=32
READ_HOST ub=6719, host=0x347e0, rows=121, rowBytes=32
READ_HOST ub=6840, host=0x35700, rows=121, rowBytes=32
READ_HOST ub=6961, host=0x36620, rows=121, rowBytes=32
READ_HOST ub=7082, host=0x37540, rows=121, rowBytes=32
READ_HOST ub=7203, host=0x38460, rows=121, rowBytes=32
READ_HOST ub=7324, host=0x39380, rows=121, rowBytes=32
READ_HOST ub=7445, host=0x3a2a0, rows=121, rowBytes=32
READ_HOST ub=7566, host=0x3b1c0, rows=121, rowBytes=32
READ_HOST ub=7687, host=0x3c0e0, rows=121, rowBytes=32
READ_HOST ub=7808, host=0x3d000, rows=121, rowBytes=32
READ_HOST ub=7929, host=0x3df20, rows=121, rowBytes=32
READ_HOST ub=8050, host=0x3ee40, rows=121, rowBytes=32
READ_HOST ub=8171, host=0x3fd60, rows=121, rowBytes=32
READ_HOST ub=8292, host=0x40c80, rows=121, rowBytes=32
READ_HOST ub=8413, host=0x41ba0, rows=121, rowBytes=32
READ_HOST ub=8534, host=0x42ac0, rows=121, rowBytes=32
READ_HOST ub=8655, host=0x439e0, rows=121, rowBytes=32
READ_HOST ub=8776, host=0x44900, rows=121, rowBytes=32
READ_HOST ub=8897, host=0x45820, rows=121, rowBytes=32
READ_HOST ub=9018, host=0x46740, rows=121, rowBytes=32
READ_HOST ub=9139, host=0x47660, rows=121, rowBytes=32
READ_HOST ub=9260, host=0x48580, rows=121, rowBytes=32
READ_HOST ub=9381, host=0x494a0, rows=121, rowBytes=32
READ_HOST ub=9502, host=0x4a3c0, rows=121, rowBytes=32
READ_HOST ub=9623, host=0x4b2e0, rows=121, rowBytes=32
READ_HOST ub=9744, host=0x4c200, rows=121, rowBytes=32
READ_HOST ub=9865, host=0x4d120, rows=121, rowBytes=32
READ_HOST ub=9986, host=0x4e040, rows=121, rowBytes=32
READ_HOST ub=10107, host=0x4ef60, rows=121, rowBytes=32
READ_HOST ub=10228, host=0x4fe80, rows=121, rowBytes=32
READ_HOST ub=10349, host=0x50da0, rows=121, rowBytes=32
READ_HOST ub=10470, host=0x51cc0, rows=121, rowBytes=32
READ_HOST ub=10591, host=0x52be0, rows=121, rowBytes=32
READ_HOST ub=10712, host=0x53b00, rows=121, rowBytes=32
READ_HOST ub=10833, host=0x54a20, rows=121, rowBytes=32
READ_HOST ub=10954, host=0x55940, rows=121, rowBytes=32
READ_HOST ub=11075, host=0x56860, rows=121, rowBytes=32
READ_HOST ub=11196, host=0x57780, rows=121, rowBytes=32
READ_HOST ub=11317, host=0x586a0, rows=121, rowBytes=32
READ_HOST ub=11438, host=0x595c0, rows=121, rowBytes=32
READ_HOST ub=11559, host=0x5a4e0, rows=121, rowBytes=32
READ_HOST ub=11680, host=0x5b400, rows=121, rowBytes=32
READ_HOST ub=11801, host=0x5c320, rows=121, rowBytes=32
READ_HOST ub=11922, host=0x5d240, rows=121, rowBytes=32
READ_HOST ub=12043, host=0x5e160, rows=121, rowBytes=32
READ_HOST ub=12164, host=0x5f080, rows=121, rowBytes=32
READ_HOST ub=12285, host=0x5ffa0, rows=121, rowBytes=32
READ_HOST ub=12406, host=0x60ec0, rows=121, rowBytes=32
READ_HOST ub=12527, host=0x61de0, rows=121, rowBytes=32
READ_HOST ub=12648, host=0x62d00, rows=121, rowBytes=32
READ_HOST ub=12769, host=0x63c20, rows=121, rowBytes=32
READ_HOST ub=12890, host=0x64b40, rows=121, rowBytes=32
READ_HOST ub=13011, host=0x65a60, rows=121, rowBytes=32
READ_WEIGHTS addr=0x2bb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x2bb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bcc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bdc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2be000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2be400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2be800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bf000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bf400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bf800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bfc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ca000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ca400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ca800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7687, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7808, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7929, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8050, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8171, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8292, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8413, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8534, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ccc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8655, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8776, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8897, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9018, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cdc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9139, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ce000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9260, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ce400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9381, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ce800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9502, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9623, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cf000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9744, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cf400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9865, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cf800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9986, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cfc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10107, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10228, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10349, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10470, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10591, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10712, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10833, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10954, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11075, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11196, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11317, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11438, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11559, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11680, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11801, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11922, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12043, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12164, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12285, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12406, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12527, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12648, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12769, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12890, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13011, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=13132, len=121, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x2d6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x2d6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2da000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2da400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2da800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2db000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2db400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2db800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dcc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ddc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2de000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2de400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2de800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2df000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2df400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2df800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dfc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7687, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7808, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7929, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8050, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8171, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8292, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8413, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8534, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8655, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8776, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8897, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9018, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9139, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9260, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9381, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9502, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9623, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ea000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9744, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ea400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9865, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ea800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9986, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2eac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10107, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2eb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10228, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2eb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10349, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2eb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10470, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ebc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10591, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ec000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10712, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ec400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10833, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ec800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10954, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ecc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11075, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ed000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11196, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ed400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11317, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ed800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11438, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2edc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11559, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ee000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11680, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ee400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11801, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ee800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11922, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2eec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12043, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ef000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12164, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ef400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12285, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ef800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12406, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2efc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12527, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f0000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12648, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f0400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12769, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f0800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12890, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f0c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13011, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=13253, len=121, params=8, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x2f1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x2f1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f2c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f5c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f8c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fa000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fa400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fa800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fcc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fdc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fe000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fe400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fe800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ff000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ff400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ff800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ffc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x300000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x300400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x300800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x300c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7687, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x301000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7808, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x301400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7929, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x301800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8050, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x301c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8171, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x302000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8292, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x302400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8413, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x302800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8534, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x302c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8655, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x303000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8776, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x303400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8897, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x303800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9018, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x303c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9139, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x304000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9260, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x304400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9381, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x304800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9502, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x304c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9623, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x305000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9744, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x305400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9865, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x305800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9986, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x305c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10107, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x306000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10228, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x306400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10349, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x306800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10470, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x306c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10591, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x307000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10712, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x307400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10833, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x307800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10954, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x307c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11075, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x308000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11196, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x308400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11317, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x308800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11438, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x308c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11559, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x309000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11680, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x309400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11801, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x309800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11922, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x309c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12043, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12164, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12285, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12406, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12527, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12648, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12769, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12890, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13011, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=13374, len=121, params=16, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x30c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x30c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x310000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x310400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x310800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x310c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x311000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x311400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x311800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x311c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x312000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x312400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x312800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x312c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x313000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x313400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x313800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x313c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x314000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x314400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x314800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x314c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x315000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x315400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x315800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x315c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x316000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x316400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x316800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x316c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x317000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x317400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x317800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x317c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x318000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x318400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x318800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x318c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x319000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x319400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x319800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x319c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7687, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7808, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7929, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8050, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8171, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8292, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8413, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8534, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8655, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8776, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8897, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9018, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9139, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9260, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9381, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9502, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9623, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x320000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9744, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x320400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9865, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x320800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9986, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x320c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10107, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x321000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10228, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x321400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10349, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x321800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10470, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x321c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10591, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x322000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10712, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x322400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10833, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x322800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10954, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x322c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11075, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x323000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11196, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x323400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11317, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x323800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11438, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x323c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11559, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x324000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11680, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x324400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11801, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x324800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11922, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x324c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12043, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x325000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12164, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x325400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12285, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x325800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12406, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x325c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12527, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x326000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12648, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x326400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12769, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x326800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12890, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x326c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13011, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=13495, len=121, params=24, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x327000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x327400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x327800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x327c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x328000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x328400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x328800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x328c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x329000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x329400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x329800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x329c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x330000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x330400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x330800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x330c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x331000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x331400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x331800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x331c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x332000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x332400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x332800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x332c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x333000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x333400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x333800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x333c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x334000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x334400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x334800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x334c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x335000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x335400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x335800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x335c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x336000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x336400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x336800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x336c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7687, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x337000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7808, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x337400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7929, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x337800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8050, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x337c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8171, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x338000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8292, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x338400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8413, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x338800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8534, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x338c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8655, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x339000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8776, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x339400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8897, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x339800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9018, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x339c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9139, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9260, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9381, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9502, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9623, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9744, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9865, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9986, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10107, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10228, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10349, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10470, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10591, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10712, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10833, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10954, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11075, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11196, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11317, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11438, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11559, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11680, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11801, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11922, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12043, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x340000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12164, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x340400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12285, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x340800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12406, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x340c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12527, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x341000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12648, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x341400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12769, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x341800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12890, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x341c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13011, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=13616, len=121, params=32, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x342000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x342400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x342800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x342c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x343000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x343400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x343800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x343c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x344000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x344400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x344800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x344c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x345000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x345400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x345800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x345c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x346000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x346400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x346800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x346c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x347000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x347400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x347800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x347c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x348000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x348400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x348800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x348c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x349000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x349400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x349800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x349c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x350000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x350400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x350800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x350c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x351000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x351400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x351800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x351c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7687, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x352000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7808, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x352400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7929, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x352800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8050, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x352c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8171, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x353000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8292, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x353400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8413, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x353800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8534, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x353c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8655, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x354000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8776, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x354400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8897, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x354800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9018, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x354c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9139, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x355000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9260, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x355400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9381, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x355800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9502, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x355c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9623, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x356000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9744, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x356400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9865, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x356800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9986, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x356c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10107, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x357000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10228, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x357400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10349, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x357800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10470, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x357c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10591, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x358000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10712, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x358400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10833, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x358800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10954, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x358c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11075, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x359000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11196, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x359400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11317, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x359800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11438, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x359c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11559, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11680, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11801, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11922, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12043, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12164, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12285, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12406, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12527, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12648, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12769, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12890, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13011, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=13737, len=121, params=40, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x35d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=0, len=121, switch, unsigned
READ_WEIGHTS addr=0x35d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=185, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=306, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=427, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=548, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=669, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=790, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=911, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1032, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1153, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1274, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1395, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x360000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1516, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x360400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1637, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x360800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1758, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x360c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1879, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x361000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2000, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x361400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2121, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x361800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2242, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x361c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2363, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x362000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2484, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x362400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2605, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x362800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2726, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x362c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2847, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x363000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2968, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x363400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3089, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x363800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3210, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x363c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3331, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x364000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3452, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x364400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3573, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x364800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3694, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x364c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3815, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x365000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3936, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x365400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4057, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x365800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4178, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x365c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4299, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x366000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4420, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x366400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4541, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x366800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4662, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x366c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4783, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x367000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4904, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x367400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5025, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x367800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5146, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x367c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5267, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x368000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5388, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x368400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5509, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x368800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5630, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x368c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5751, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x369000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5872, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x369400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5993, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x369800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6114, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x369c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6235, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6356, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6477, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6598, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6719, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6840, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6961, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7082, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7203, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7324, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7445, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7566, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7687, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7808, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7929, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8050, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8171, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8292, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8413, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8534, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8655, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8776, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8897, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9018, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9139, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x370000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9260, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x370400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9381, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x370800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9502, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x370c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9623, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x371000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9744, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x371400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9865, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x371800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9986, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x371c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10107, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x372000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10228, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x372400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10349, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x372800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10470, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x372c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10591, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x373000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10712, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x373400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10833, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x373800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10954, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x373c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11075, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x374000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11196, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x374400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11317, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x374800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11438, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x374c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11559, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x375000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11680, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x375400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11801, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x375800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11922, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x375c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12043, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x376000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12164, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x376400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12285, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x376800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12406, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x376c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12527, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x377000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12648, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x377400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12769, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x377800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12890, acc=0, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x377c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13011, acc=0, len=121, switch, accumulate, unsigned
ACTIVATE acc=0, ub=13858, len=121, params=48, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x378000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=2097152, len=121, switch, unsigned
READ_WEIGHTS addr=0x378400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=185, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x378800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=306, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x378c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=427, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x379000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=548, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x379400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=669, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x379800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=790, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x379c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=911, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1032, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1153, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1274, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1395, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1516, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1637, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1758, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1879, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2000, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2121, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2242, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2363, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2484, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2605, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2726, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2847, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2968, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3089, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3210, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3331, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3452, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3573, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3694, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3815, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x380000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3936, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x380400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4057, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x380800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4178, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x380c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4299, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x381000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4420, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x381400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4541, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x381800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4662, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x381c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4783, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x382000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4904, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x382400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5025, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x382800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5146, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x382c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5267, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x383000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5388, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x383400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5509, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x383800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5630, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x383c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5751, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x384000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5872, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x384400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5993, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x384800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6114, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x384c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6235, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x385000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6356, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x385400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6477, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x385800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6598, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x385c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6719, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x386000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6840, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x386400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6961, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x386800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7082, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x386c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7203, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x387000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7324, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x387400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7445, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x387800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7566, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x387c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7687, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x388000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7808, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x388400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7929, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x388800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8050, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x388c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8171, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x389000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8292, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x389400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8413, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x389800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8534, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x389c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8655, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8776, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8897, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9018, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9139, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9260, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9381, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9502, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9623, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9744, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9865, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9986, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10107, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10228, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10349, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10470, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10591, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10712, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10833, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10954, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11075, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11196, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11317, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11438, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11559, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x390000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11680, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x390400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11801, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x390800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11922, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x390c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12043, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x391000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12164, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x391400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12285, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x391800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12406, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x391c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12527, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x392000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12648, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x392400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12769, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x392800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12890, acc=2097152, len=121, switch, accumulate, unsigned
READ_WEIGHTS addr=0x392c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13011, acc=2097152, len=121, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=13979, len=121, params=56, func=identity, perColumn, unsigned
WRITE_HOST ub=13132, host=0x66980, rows=121, rowBytes=32
WRITE_HOST ub=13253, host=0x678a0, rows=121, rowBytes=32
WRITE_HOST ub=13374, host=0x687c0, rows=121, rowBytes=32
WRITE_HOST ub=13495, host=0x696e0, rows=121, rowBytes=32
WRITE_HOST ub=13616, host=0x6a600, rows=121, rowBytes=32
WRITE_HOST ub=13737, host=0x6b520, rows=121, rowBytes=32
WRITE_HOST ub=13858, host=0x6c440, rows=121, rowBytes=32
WRITE_HOST ub=13979, host=0x6d360, rows=121, rowBytes=32
HALT
