// The report page's only stylesheet, inline: GitHub-like colours, readable tables, print-friendly.

export const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; background: #fff; }
main { max-width: 1100px; margin: 0 auto; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 15px; margin: 20px 0 8px; }
.reasons { color: #57606a; margin: 0 0 16px; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid #d0d7de; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 1px 4px; border-radius: 4px; word-break: break-all; }
.status-fail { color: #cf222e; } .status-warn { color: #9a6700; } .status-pass { color: #1a7f37; } .status-skip { color: #57606a; }
ul.schema { list-style: none; padding: 0; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
ul.schema li { padding: 1px 6px; }
li.removed { background: #ffebe9; } li.added { background: #dafbe1; } li.changed { background: #fff8c5; }
.breaking { font-weight: 600; color: #cf222e; }
.cards { display: flex; flex-wrap: wrap; gap: 16px; }
.card { border: 1px solid #d0d7de; border-radius: 6px; padding: 10px 12px; width: 390px; }
.card h4 { margin: 0 0 6px; font-size: 14px; }
.card p { margin: 6px 0 0; color: #57606a; font-size: 12px; }
svg text { fill: #57606a; font-family: inherit; }
details { margin: 8px 0; } summary { cursor: pointer; color: #57606a; }
footer { margin-top: 32px; color: #57606a; font-size: 12px; border-top: 1px solid #d0d7de; padding-top: 8px; }
`;
