// Writes build/page-head.html: how every HTML page starts (doctype, <head>'s opening, plotly
// inlined and escaped), which `tpusim run` copies into report.html before appending the rest, so a
// run never reads plotly's 4.8 MB into memory (reports/page.ts's `pageHead` says more). Run by
// `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_HEAD_FILE, pageHead } from '../reports/index.js';

mkdirSync('build', { recursive: true });
writeFileSync(join('build', PAGE_HEAD_FILE), pageHead());
