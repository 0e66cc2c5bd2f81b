// Content addressing: a model is named by the hash of its bytes (or zoo name), a point's result by
// the hash of model, config, run options and tpusim's version. Equal inputs → equal keys.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';

/** A model as it travels: zoo models by name, files by the hash of their bytes. */
export type ModelRef = { kind: 'zoo'; name: string } | { kind: 'file'; hash: string; name: string; ext: string };

/** The model and its bytes (files only), read once on the submitting side. */
export interface ModelSource {
  ref: ModelRef;
  bytes?: Buffer;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Reads a model argument (`zoo:NAME` or a file path) into its reference and bytes. */
export function modelSource(model: string): ModelSource {
  if (model.startsWith('zoo:')) return { ref: { kind: 'zoo', name: model } };
  const bytes = readFileSync(model);
  return { ref: { kind: 'file', hash: sha256(bytes), name: basename(model), ext: extname(model) }, bytes };
}

/** JSON with object keys sorted, so that equal configs hash alike whatever their key order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The result key of one point. */
export function pointKey(ref: ModelRef, config: unknown, options: unknown, version: string): string {
  const model = ref.kind === 'zoo' ? ref.name : `sha256:${ref.hash}${ref.ext}`;
  return sha256(canonicalJson({ tpusim: version, model, config, options }));
}
