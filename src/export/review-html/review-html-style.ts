/** @module The inline stylesheet of the HTML review: light typography on screen, A4 pages in print. */
export const REVIEW_HTML_STYLE = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6570; --line: #d9dee4; --accent: #2456a6; --warn: #9a3412; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
p { margin: .4rem 0 .8rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.badge { display: inline-block; padding: 0 .45rem; border: 1px solid var(--line); border-radius: .3rem; font-size: .8rem; color: var(--muted); margin-right: .3rem; }
.badge.sev { border-color: var(--warn); color: var(--warn); font-weight: 600; }
.root { color: var(--warn); font-weight: 600; }
table { width: 100%; border-collapse: collapse; margin: .4rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; white-space: nowrap; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
ul { padding-left: 1.3rem; margin: .3rem 0 .8rem; }
li { margin: .2rem 0; }
.item { border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .8rem; margin: .6rem 0; }
.item h3 { margin-top: 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .9rem; margin: .3rem 0; font-size: .92rem; }
dt { color: var(--muted); }
dd { margin: 0; }
.empty, .note { color: var(--muted); font-style: italic; }
a { color: var(--accent); }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .item, tr, li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
