/** @module A "Download CSV" link for one table of an insights endpoint, over the range on screen. */
import { type InsightParams, insightCsvHref } from '../client/insight-queries.js';

export function CsvLink({
  path,
  table,
  params,
  label,
}: {
  path: string;
  table: string;
  params: InsightParams;
  label: string;
}) {
  return (
    <a className="button small" href={insightCsvHref(path, params, table)} download>
      Download CSV<span className="visually-hidden">: {label}</span>
    </a>
  );
}
