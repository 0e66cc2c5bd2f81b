// How an activation tensor lies in the Unified Buffer. Channels are cut into blocks of P (the UB
// row width W when both array sides divide it, else min(R, C)); each block holds one UB row per pixel, pixels ordered image by image,
// row-major, inside an optionally zero-point-padded frame so convolutions can read their windows
// with the MATMUL convolution addressing. Tensors of rows x features ("flat": dense layers,
// sequences) are frames of 1x1 images, one per row.

/** Placement of one tensor in the UB. */
export interface Frame {
  /** Images (spatial) or rows (flat). */
  n: number;
  /** Image height and width (1 x 1 for flat tensors). */
  h: number;
  w: number;
  channels: number;
  /** Padding around each image: top, left, bottom, right. */
  pad: [number, number, number, number];
  /** First UB row of block 0. */
  base: number;
  /** Channel block size P (channels per UB row). */
  g: number;
  /** True when the logical tensor is NCHW (false: [..., features]). */
  spatial: boolean;
  /** UB rows between the starts of two blocks when not `blockRows` (a row slice of a larger frame shares its blocks' stride). */
  blockStride?: number;
}

/** Padded image height and width. */
export function paddedDims(f: Frame): { hp: number; wp: number } {
  return { hp: f.h + f.pad[0] + f.pad[2], wp: f.w + f.pad[1] + f.pad[3] };
}

/** Number of channel blocks. */
export function blocks(f: Frame): number {
  return Math.ceil(f.channels / f.g);
}

/** UB rows one block occupies. */
export function blockRows(f: Frame): number {
  const { hp, wp } = paddedDims(f);
  return f.n * hp * wp;
}

/** UB rows the whole frame occupies. */
export function frameRows(f: Frame): number {
  return blocks(f) * blockRows(f);
}

/** Valid channels in block b. */
export function blockChannels(f: Frame, b: number): number {
  return Math.min(f.g, f.channels - b * f.g);
}

/** A run of a frame's channels inside one block: block b, from byte `lane` of its rows, channels c0 .. c0 + n. */
export interface ChannelChunk {
  b: number;
  lane: number;
  c0: number;
  n: number;
}

/**
 * The frame's channels cut into chunks of at most `width` that never straddle a block: the K tiles
 * a MATMUL reads (width R, bytes [in.lane, in.lane + R)) or the N tiles an ACTIVATE writes (width
 * C, bytes [out.lane, out.lane + C)) of a rectangular array.
 */
export function channelChunks(f: Frame, width: number): ChannelChunk[] {
  const out: ChannelChunk[] = [];
  for (let b = 0; b < blocks(f); b++) {
    const cb = blockChannels(f, b);
    for (let lane = 0; lane < cb; lane += width) out.push({ b, lane, c0: b * f.g + lane, n: Math.min(width, cb - lane) });
  }
  return out;
}

/**
 * UB row of pixel (image n, y, x) of block b; y and x are image coordinates and may reach into
 * the padding (down to -pad).
 */
/** Bytes a frame occupies in host memory: per channel block, one row of its valid channels per padded pixel. */
export function hostFrameBytes(f: Frame): number {
  let n = 0;
  for (let b = 0; b < blocks(f); b++) n += blockRows(f) * blockChannels(f, b);
  return n;
}

export function rowOf(f: Frame, b: number, n: number, y: number, x: number): number {
  const { hp, wp } = paddedDims(f);
  return blockBase(f, b) + n * hp * wp + (y + f.pad[0]) * wp + (x + f.pad[1]);
}

/** UB row where block b of a frame starts. */
export function blockBase(f: Frame, b: number): number {
  return f.base + b * (f.blockStride ?? blockRows(f));
}

/** A frame for a tensor shape: NCHW (rank 4) is spatial, anything else is rows x last-dim features. */
export function frameFor(shape: readonly number[], g: number, pad: [number, number, number, number] = [0, 0, 0, 0]): Frame {
  if (shape.length === 4) {
    return { n: shape[0]!, channels: shape[1]!, h: shape[2]!, w: shape[3]!, pad, base: 0, g, spatial: true };
  }
  const features = shape.length === 0 ? 1 : shape[shape.length - 1]!;
  const rows = shape.slice(0, -1).reduce((a, b) => a * b, 1);
  return { n: rows, channels: features, h: 1, w: 1, pad: [0, 0, 0, 0], base: 0, g, spatial: false };
}
