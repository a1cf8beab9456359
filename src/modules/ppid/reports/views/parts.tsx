/** Small pieces the report pages share: a filter select and a query string builder. */
export function FilterSelect(props: { name: string; label: string; value: string; items: { value: string; label: string }[] }) {
  return (
    <div class="govuk-form-group sp-filter__field">
      <label class="govuk-label govuk-label--s" for={props.name}>
        {props.label}
      </label>
      <select class="govuk-select" id={props.name} name={props.name}>
        {props.items.map((i) => (
          <option value={i.value} selected={i.value === props.value}>
            {i.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function queryString(values: Record<string, string | undefined>, page?: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  if (page && page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** A civil date (YYYY-MM-DD) as 13/03/2026; "—" when missing. */
export const shortDate = (d: string | null) => (d ? d.split("-").reverse().join("/") : "—");
