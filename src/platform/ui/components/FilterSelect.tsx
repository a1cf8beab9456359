/** One select of a filter bar (register, statistics, archive search): a small label above, no error state. */
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
