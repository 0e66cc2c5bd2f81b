; tpusim program: 1295 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=64
TAG 2
SET act.zeroPoint, 127
READ_HOST ub=64, host=0x800, rows=529, rowBytes=32
READ_HOST ub=593, host=0x4a20, rows=529, rowBytes=32
READ_HOST ub=1122, host=0x8c40, rows=529, rowBytes=32
READ_HOST ub=1651, host=0xce60, rows=529, rowBytes=32
READ_HOST ub=2180, host=0x11080, rows=529, rowBytes=32
READ_HOST ub=2709, host=0x152a0, rows=529, rowBytes=32
READ_HOST ub=3238, host=0x194c0, rows=529, rowBytes=32
READ_HOST ub=3767, host=0x1d6e0, rows=529, rowBytes=32
READ_HOST ub=4296, host=0x21900, rows=529, rowBytes=32
READ_HOST ub=4825, host=0x25b20, rows=529, rowBytes=32
READ_HOST ub=5354, host=0x29d40, rows=529, rowBytes=32
READ_HOST ub=5883, host=0x2df60, rows=529, rowBytes=32
READ_HOST ub=6412, host=0x32180, rows=529, rowBytes=32
READ_HOST ub=6941, host=0x363a0, rows=529, rowBytes=32
READ_HOST ub=7470, host=0x3a5c0, rows=529, rowBytes=32
READ_HOST ub=7999, host=0x3e7e0, rows=529, rowBytes=32
READ_HOST ub=8528, host=0x42a00, rows=529, rowBytes=32
READ_HOST ub=9057, host=0x46c20, rows=529, rowBytes=32
READ_HOST ub=9586, host=0x4ae40, rows=529, rowBytes=32
READ_HOST ub=10115, host=0x4f060, rows=529, rowBytes=32
READ_HOST ub=10644, host=0x53280, rows=529, rowBytes=32
READ_HOST ub=11173, host=0x574a0, rows=529, rowBytes=32
READ_HOST ub=11702, host=0x5b6c0, rows=529, rowBytes=32
READ_HOST ub=12231, host=0x5f8e0, rows=529, rowBytes=32
READ_HOST ub=12760, host=0x63b00, rows=529, rowBytes=32
READ_HOST ub=13289, host=0x67d20, rows=529, rowBytes=32
READ_HOST ub=13818, host=0x6bf40, rows=529, rowBytes=32
READ_HOST ub=14347, host=0x70160, rows=529, rowBytes=32
READ_HOST ub=14876, host=0x74380, rows=529, rowBytes=32
READ_HOST ub=15405, host=0x785a0, rows=529, rowBytes=32
READ_HOST ub=15934, host=0x7c7c0, rows=529, rowBytes=32
READ_HOST ub=16463, host=0x809e0, rows=529, rowBytes=32
READ_HOST ub=16992, host=0x84c00, rows=529, rowBytes=32
READ_HOST ub=17521, host=0x88e20, rows=529, rowBytes=32
READ_HOST ub=18050, host=0x8d040, rows=529, rowBytes=32
READ_HOST ub=18579, host=0x91260, rows=529, rowBytes=32
READ_HOST ub=19108, host=0x95480, rows=529, rowBytes=32
READ_HOST ub=19637, host=0x996a0, rows=529, rowBytes=32
READ_HOST ub=20166, host=0x9d8c0, rows=529, rowBytes=32
READ_HOST ub=20695, host=0xa1ae0, rows=529, rowBytes=32
READ_HOST ub=21224, host=0xa5d00, rows=529, rowBytes=32
READ_HOST ub=21753, host=0xa9f20, rows=529, rowBytes=32
READ_HOST ub=22282, host=0xae140, rows=529, rowBytes=32
READ_HOST ub=22811, host=0xb2360, rows=529, rowBytes=32
READ_HOST ub=23340, host=0xb6580, rows=529, rowBytes=32
READ_HOST ub=23869, host=0xba7a0, rows=529, rowBytes=32
READ_HOST ub=24398, host=0xbe9c0, rows=529, rowBytes=32
READ_HOST ub=24927, host=0xc2be0, rows=529, rowBytes=32
READ_HOST ub=25456, host=0xc6e00, rows=529, rowBytes=32
READ_HOST ub=25985, host=0xcb020, rows=529, rowBytes=32
READ_HOST ub=26514, host=0xcf240, rows=529, rowBytes=32
READ_HOST ub=27043, host=0xd3460, rows=529, rowBytes=32
READ_HOST ub=27572, host=0xd7680, rows=529, rowBytes=32
READ_HOST ub=28101, host=0xdb8a0, rows=529, rowBytes=32
READ_HOST ub=28630, host=0xdfac0, rows=529, rowBytes=32
READ_HOST ub=29159, host=0xe3ce0, rows=529, rowBytes=32
READ_HOST ub=29688, host=0xe7f00, rows=529, rowBytes=32
READ_HOST ub=30217, host=0xec120, rows=529, rowBytes=32
READ_HOST ub=30746, host=0xf0340, rows=529, rowBytes=32
READ_HOST ub=31275, host=0xf4560, rows=529, rowBytes=32
READ_HOST ub=31804, host=0xf8780, rows=529, rowBytes=32
READ_HOST ub=32333, host=0xfc9a0, rows=529, rowBytes=32
READ_HOST ub=32862, host=0x100bc0, rows=529, rowBytes=32
READ_HOST ub=33391, host=0x104de0, rows=529, rowBytes=32
READ_HOST ub=33920, host=0x109000, rows=529, rowBytes=32
READ_HOST ub=34449, host=0x10d220, rows=529, rowBytes=32
READ_HOST ub=34978, host=0x111440, rows=529, rowBytes=32
READ_HOST ub=35507, host=0x115660, rows=529, rowBytes=32
READ_HOST ub=36036, host=0x119880, rows=529, rowBytes=32
READ_HOST ub=36565, host=0x11daa0, rows=529, rowBytes=32
READ_HOST ub=37094, host=0x121cc0, rows=529, rowBytes=32
READ_HOST ub=37623, host=0x125ee0, rows=529, rowBytes=32
READ_HOST ub=38152, host=0x12a100, rows=529, rowBytes=32
READ_HOST ub=38681, host=0x12e320, rows=529, rowBytes=32
READ_HOST ub=39210, host=0x132540, rows=529, rowBytes=32
READ_WEIGHTS addr=0x9000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=0, len=529, switch, unsigned
READ_WEIGHTS addr=0x9400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=593, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1122, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1651, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2180, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2709, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xa800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3238, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3767, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4296, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4825, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xb800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5354, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xbc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5883, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6412, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6941, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7470, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xcc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7999, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8528, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9057, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xd800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9586, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xdc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10115, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10644, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11173, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xe800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11702, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12231, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12760, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13289, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xf800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13818, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0xfc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14347, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14876, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15405, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15934, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x10c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16463, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16992, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=17521, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18050, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x11c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18579, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19108, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19637, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20166, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x12c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20695, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21224, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21753, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22282, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x13c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22811, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23340, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23869, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24398, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x14c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24927, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25456, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25985, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=26514, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x15c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27043, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27572, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28101, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28630, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x16c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29159, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29688, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30217, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30746, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x17c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31275, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31804, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32333, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32862, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x18c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33391, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33920, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34449, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34978, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x19c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=35507, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36036, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36565, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37094, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37623, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38152, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38681, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=39210, acc=0, len=529, switch, accumulate, unsigned
ACTIVATE acc=0, ub=39739, len=529, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x1bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=2097152, len=529, switch, unsigned
READ_WEIGHTS addr=0x1c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=593, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1122, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1651, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2180, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2709, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3238, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3767, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4296, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4825, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5354, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5883, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6412, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6941, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7470, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7999, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8528, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9057, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9586, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10115, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10644, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11173, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11702, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12231, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x21c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12760, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13289, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13818, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14347, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x22c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14876, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15405, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15934, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16463, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x23c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16992, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=17521, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18050, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18579, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x24c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19108, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19637, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20166, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20695, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x25c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21224, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21753, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22282, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22811, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x26c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23340, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23869, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24398, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24927, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x27c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25456, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25985, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=26514, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27043, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x28c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27572, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28101, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28630, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29159, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x29c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29688, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30217, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30746, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31275, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31804, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32333, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32862, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33391, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33920, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34449, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34978, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=35507, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36036, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36565, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37094, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37623, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38152, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38681, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=39210, acc=2097152, len=529, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=40268, len=529, params=8, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x2e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=0, len=529, switch, unsigned
READ_WEIGHTS addr=0x2ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=593, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1122, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1651, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2180, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2709, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3238, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3767, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4296, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4825, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5354, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5883, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6412, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x31c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6941, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7470, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7999, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8528, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x32c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9057, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9586, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10115, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10644, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x33c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11173, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11702, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12231, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12760, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x34c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13289, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13818, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14347, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14876, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x35c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15405, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15934, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16463, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16992, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x36c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=17521, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18050, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18579, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19108, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x37c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19637, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20166, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20695, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21224, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x38c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21753, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x39000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22282, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x39400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22811, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x39800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23340, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x39c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23869, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24398, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24927, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25456, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25985, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=26514, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27043, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27572, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28101, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28630, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29159, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29688, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30217, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30746, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31275, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31804, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32333, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32862, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33391, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33920, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34449, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34978, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=35507, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36036, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36565, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37094, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x40400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37623, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x40800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38152, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x40c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38681, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x41000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=39210, acc=0, len=529, switch, accumulate, unsigned
ACTIVATE acc=0, ub=40797, len=529, params=16, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x41400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=2097152, len=529, switch, unsigned
READ_WEIGHTS addr=0x41800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=593, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x41c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1122, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x42000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1651, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x42400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2180, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x42800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2709, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x42c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3238, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x43000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3767, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x43400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4296, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x43800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4825, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x43c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5354, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x44000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5883, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x44400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6412, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x44800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6941, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x44c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7470, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x45000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7999, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x45400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8528, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x45800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9057, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x45c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9586, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x46000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10115, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x46400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10644, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x46800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11173, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x46c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11702, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x47000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12231, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x47400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12760, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x47800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13289, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x47c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13818, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x48000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14347, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x48400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14876, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x48800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15405, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x48c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15934, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x49000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16463, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x49400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16992, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x49800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=17521, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x49c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18050, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18579, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19108, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19637, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20166, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20695, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21224, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21753, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22282, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22811, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23340, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23869, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24398, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24927, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25456, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25985, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=26514, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27043, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27572, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28101, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28630, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29159, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29688, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30217, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30746, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31275, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x50400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31804, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x50800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32333, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x50c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32862, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x51000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33391, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x51400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33920, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x51800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34449, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x51c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34978, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x52000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=35507, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x52400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36036, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x52800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36565, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x52c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37094, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x53000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37623, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x53400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38152, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x53800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38681, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x53c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=39210, acc=2097152, len=529, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=41326, len=529, params=24, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x54000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=0, len=529, switch, unsigned
READ_WEIGHTS addr=0x54400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=593, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x54800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1122, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x54c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1651, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x55000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2180, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x55400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2709, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x55800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3238, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x55c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3767, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x56000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4296, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x56400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4825, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x56800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5354, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x56c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5883, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x57000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6412, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x57400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6941, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x57800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7470, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x57c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7999, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x58000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8528, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x58400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9057, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x58800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9586, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x58c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10115, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x59000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10644, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x59400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11173, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x59800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11702, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x59c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12231, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12760, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13289, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13818, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14347, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14876, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15405, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15934, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16463, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16992, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=17521, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18050, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18579, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19108, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19637, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20166, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20695, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21224, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21753, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22282, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22811, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23340, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23869, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24398, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24927, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25456, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x60400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25985, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x60800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=26514, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x60c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27043, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x61000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27572, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x61400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28101, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x61800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28630, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x61c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29159, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x62000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29688, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x62400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30217, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x62800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30746, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x62c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31275, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x63000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31804, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x63400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32333, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x63800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32862, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x63c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33391, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x64000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33920, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x64400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34449, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x64800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34978, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x64c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=35507, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x65000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36036, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x65400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36565, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x65800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37094, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x65c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37623, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x66000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38152, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x66400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38681, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x66800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=39210, acc=0, len=529, switch, accumulate, unsigned
ACTIVATE acc=0, ub=41855, len=529, params=32, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x66c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=2097152, len=529, switch, unsigned
READ_WEIGHTS addr=0x67000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=593, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x67400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1122, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x67800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1651, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x67c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2180, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x68000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2709, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x68400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3238, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x68800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3767, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x68c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4296, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x69000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4825, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x69400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5354, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x69800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5883, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x69c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6412, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6941, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7470, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7999, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8528, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9057, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9586, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10115, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10644, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11173, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11702, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12231, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12760, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13289, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13818, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14347, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14876, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15405, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15934, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16463, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16992, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=17521, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18050, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18579, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19108, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19637, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x70400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20166, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x70800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20695, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x70c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21224, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x71000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21753, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x71400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22282, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x71800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22811, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x71c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23340, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x72000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23869, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x72400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24398, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x72800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24927, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x72c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25456, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x73000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25985, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x73400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=26514, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x73800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27043, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x73c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27572, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x74000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28101, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x74400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28630, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x74800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29159, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x74c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29688, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x75000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30217, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x75400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30746, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x75800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31275, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x75c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31804, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x76000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32333, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x76400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32862, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x76800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33391, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x76c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33920, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x77000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34449, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x77400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34978, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x77800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=35507, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x77c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36036, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x78000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36565, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x78400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37094, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x78800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37623, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x78c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38152, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x79000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38681, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x79400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=39210, acc=2097152, len=529, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=42384, len=529, params=40, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x79800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=0, len=529, switch, unsigned
READ_WEIGHTS addr=0x79c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=593, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1122, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1651, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2180, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2709, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3238, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3767, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4296, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4825, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5354, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5883, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6412, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6941, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7470, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7999, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8528, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9057, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9586, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10115, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10644, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11173, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11702, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12231, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12760, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13289, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13818, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x80400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14347, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x80800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14876, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x80c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15405, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x81000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15934, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x81400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16463, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x81800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16992, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x81c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=17521, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x82000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18050, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x82400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18579, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x82800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19108, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x82c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19637, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x83000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20166, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x83400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20695, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x83800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21224, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x83c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21753, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x84000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22282, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x84400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22811, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x84800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23340, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x84c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23869, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x85000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24398, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x85400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24927, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x85800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25456, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x85c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25985, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x86000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=26514, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x86400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27043, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x86800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27572, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x86c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28101, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x87000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28630, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x87400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29159, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x87800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29688, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x87c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30217, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x88000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30746, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x88400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31275, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x88800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31804, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x88c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32333, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x89000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32862, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x89400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33391, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x89800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33920, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x89c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34449, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34978, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=35507, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36036, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36565, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37094, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37623, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38152, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38681, acc=0, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=39210, acc=0, len=529, switch, accumulate, unsigned
ACTIVATE acc=0, ub=42913, len=529, params=48, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x8c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=64, acc=2097152, len=529, switch, unsigned
READ_WEIGHTS addr=0x8c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=593, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1122, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=1651, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2180, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=2709, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3238, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3767, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4296, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=4825, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5354, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8f000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=5883, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8f400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6412, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8f800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6941, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8fc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7470, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=7999, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x90400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=8528, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x90800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9057, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x90c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9586, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x91000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10115, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x91400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=10644, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x91800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11173, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x91c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=11702, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x92000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12231, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x92400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12760, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x92800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13289, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x92c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=13818, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x93000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14347, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x93400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=14876, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x93800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15405, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x93c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15934, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x94000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16463, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x94400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=16992, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x94800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=17521, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x94c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18050, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x95000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18579, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x95400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19108, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x95800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=19637, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x95c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20166, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x96000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=20695, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x96400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21224, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x96800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21753, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x96c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22282, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x97000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=22811, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x97400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23340, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x97800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=23869, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x97c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24398, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x98000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24927, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x98400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25456, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x98800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=25985, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x98c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=26514, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x99000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27043, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x99400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27572, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x99800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28101, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x99c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=28630, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9a000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29159, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9a400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=29688, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9a800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30217, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9ac00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30746, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9b000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31275, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9b400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=31804, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9b800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32333, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9bc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=32862, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9c000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33391, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9c400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=33920, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9c800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34449, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9cc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=34978, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9d000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=35507, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9d400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36036, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9d800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=36565, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9dc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37094, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9e000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=37623, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9e400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38152, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9e800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=38681, acc=2097152, len=529, switch, accumulate, unsigned
READ_WEIGHTS addr=0x9ec00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=39210, acc=2097152, len=529, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=43442, len=529, params=56, func=identity, perColumn, unsigned
WRITE_HOST ub=39739, host=0x136760, rows=529, rowBytes=32
WRITE_HOST ub=40268, host=0x13a980, rows=529, rowBytes=32
WRITE_HOST ub=40797, host=0x13eba0, rows=529, rowBytes=32
WRITE_HOST ub=41326, host=0x142dc0, rows=529, rowBytes=32
WRITE_HOST ub=41855, host=0x146fe0, rows=529, rowBytes=32
WRITE_HOST ub=42384, host=0x14b200, rows=529, rowBytes=32
WRITE_HOST ub=42913, host=0x14f420, rows=529, rowBytes=32
WRITE_HOST ub=43442, host=0x153640, rows=529, rowBytes=32
HALT
