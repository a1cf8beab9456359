/** Small pieces the report pages share: the filter select (a platform component) and a query string builder. */
export { FilterSelect } from "../../../../platform/ui/components/index.ts";

export function queryString(values: Record<string, string | undefined>, page?: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  if (page && page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** A civil date (YYYY-MM-DD) as 13/03/2026; "—" when missing. */
export const shortDate = (d: string | null) => (d ? d.split("-").reverse().join("/") : "—");
