/** The page's only stylesheet, inlined: screen and A4 print (RULES 2.5: HTML for reading). */
export const STYLES = `
@page { size: A4; margin: 14mm 12mm 16mm; }
* { box-sizing: border-box; }
html { background: #f4f4f4; }
body { margin: 0; color: #1a1a1a; font: 14px/1.6 "Songti SC", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
.page { max-width: 210mm; margin: 16px auto; padding: 14mm 12mm; background: #fff; box-shadow: 0 0 6px rgba(0,0,0,.15); }
h1, h2, h3, th, .chart text { font-family: "PingFang SC", "Microsoft YaHei", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
h1 { margin: 0; color: #b71c1c; font-size: 24px; text-align: center; letter-spacing: 2px; }
.masthead { border-bottom: 2px solid #b71c1c; padding-bottom: 6px; margin-bottom: 12px; }
.meta { display: flex; justify-content: space-between; font-size: 13px; margin-top: 8px; }
h2 { font-size: 17px; margin: 18px 0 8px; }
h3 { font-size: 15px; margin: 12px 0 6px; }
p { margin: 6px 0; text-indent: 2em; }
table { width: 100%; border-collapse: collapse; margin: 6px 0 10px; font-size: 12px; }
th, td { border: 1px solid #888; padding: 2px 4px; text-align: center; }
th { background: #e8eef6; font-weight: 600; }
td.name, td.text { text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.ranking { font-size: 10.5px; }
table.ranking td, table.ranking th { padding: 2px 2px; }
tr.county td { font-weight: 700; background: #f6f6f6; }
tr.unassigned td { color: #555; }
.status-ahead { color: #1b5e20; }
.status-behind { color: #e65100; }
.status-lagging { color: #b71c1c; font-weight: 700; }
.note { font-size: 12px; color: #555; text-indent: 0; }
figure { margin: 6px 0 12px; }
figcaption { font-size: 12px; color: #444; text-align: center; }
.chart { display: block; max-width: 100%; height: auto; }
.chart .grid { stroke: #ddd; stroke-width: 0.6; }
.chart .tick { font-size: 10px; fill: #555; }
.chart .label { font-size: 11px; fill: #222; }
.chart .value { font-size: 10px; fill: #333; }
.bar.ahead rect { fill: #43a047; }
.bar.behind rect { fill: #fb8c00; }
.bar.lagging rect { fill: #e53935; }
.bar.none rect { fill: #9e9e9e; }
.time-progress, .legend-tp line { stroke: #1565c0; stroke-width: 1.5; stroke-dasharray: 5 3; }
.time-progress-label { font-size: 10px; fill: #1565c0; }
.series polyline, .series.legend line { fill: none; stroke-width: 2; }
.s0 polyline, .s0 line { stroke: #c62828; } .s0 circle { fill: #c62828; }
.s1 polyline, .s1 line { stroke: #2e7d32; } .s1 circle { fill: #2e7d32; }
.s2 polyline, .s2 line { stroke: #6a1b9a; } .s2 circle { fill: #6a1b9a; }
.s3 polyline, .s3 line { stroke: #ef6c00; } .s3 circle { fill: #ef6c00; }
.footer { margin-top: 16px; font-size: 12px; color: #555; text-align: right; }
@media print {
  html { background: none; }
  body { font-size: 11pt; }
  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  thead { display: table-header-group; }
  tr, figure, .chart { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  section.targets, section.feeds { break-before: page; page-break-before: always; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
