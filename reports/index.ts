// Public face of reports/: the report model (report.json) and every view of it — the HTML report,
// CSV, terminal summaries, comparisons and sweeps, and SCALE-Sim v2's report files. Depends on report data only. It exports the report
// model (schema.ts, the definition reports/SCHEMA.md describes) and what other folders use;
// reports/'s own modules import one another directly.
export * from './schema.js';
export { renderReportHtml, renderReportHtmlTail, reportCharts, DEFAULT_TIMELINE_CAP } from './html.js';
export { layersCsv, toCsv, type CsvValue } from './csv.js';
export {
  renderReportSummary,
  renderComparisonSummary,
  renderSweepSummary,
  textTable,
  wantsColor,
  type TerminalOptions,
} from './terminal.js';
export {
  buildComparison,
  renderCompareHtml,
  comparisonCharts,
  type Comparison,
  type ComparisonEntry,
  type ComparisonLayer,
} from './compare.js';
export {
  parseSetOption,
  parseSetValue,
  expandSweep,
  sweepSize,
  checkSweepKeys,
  sweepTotals,
  buildSweepResult,
  sweepCsv,
  sweepCharts,
  renderSweepHtml,
  SweepSpecError,
  DEFAULT_SWEEP_LIMIT,
  type SweepValue,
  type SweepParameter,
  type SweepPoint,
  type SweepTotals,
  type SweepOutcome,
  type SweepPointResult,
  type SweepResult,
} from './sweep.js';
export { ReportDataError } from './hardware.js';
export { capTimeline } from './timeline.js';
export {
  scaleSimMapping,
  scaleSimMemory,
  scaleSimSramCounts,
  scaleSimUtilizations,
  pythonSum,
  type PythonSummation,
  type ScaleSimAccess,
  type ScaleSimArraySpec,
  type ScaleSimDataflow,
  type ScaleSimLayerShape,
  type ScaleSimMapping,
  type ScaleSimMemoryReport,
  type ScaleSimSramCounts,
} from './scalesim-model.js';
export {
  scaleSimLayerReport,
  scaleSimOmittedCycles,
  renderScaleSimReports,
  scaleSimLayerLines,
  scaleSimBanner,
  pythonFloat,
  pythonFixed,
  SCALESIM_DONE_LINE,
  COMPUTE_REPORT_HEADER,
  BANDWIDTH_REPORT_HEADER,
  DETAILED_ACCESS_REPORT_HEADER,
  type ScaleSimLayerReport,
  type ScaleSimLayerRun,
  type ScaleSimReportFiles,
} from './scalesim-files.js';
export { startScaleSimMemory, type PendingScaleSimMemory, type ScaleSimMemories } from './scalesim-thread.js';
export {
  escapeHtml,
  formatInt,
  formatNumber,
  formatSi,
  formatSeconds,
  formatTops,
  formatBytes,
  formatPercent,
  formatSpeedup,
} from './format.js';
export { PAGE_HEAD_FILE, pageHead, type ChartSpec } from './page.js';
