/**
 * The design-system components: GOV.UK Design System markup as pure Hono JSX
 * functions, styled by styles/app.scss. Strings the user sees come from props
 * or from t(lang, "ui.*"); nothing is injected as raw HTML.
 */
export { Breadcrumbs } from "./Breadcrumbs.tsx";
export { Button, ButtonGroup, type ButtonProps } from "./Button.tsx";
export { Checkboxes, type CheckboxesProps } from "./Checkboxes.tsx";
export type { ChoiceDivider, ChoiceItem } from "./choices.tsx";
export { DateInput, type DateInputProps, type DatePart, type DateValue } from "./DateInput.tsx";
export { ErrorSummary, type ErrorSummaryProps } from "./ErrorSummary.tsx";
export { Fieldset } from "./Fieldset.tsx";
export { FilterSelect } from "./FilterSelect.tsx";
export { describedBy, ErrorMessage, type FieldProps, Hint, Label, Legend, type Size } from "./field.tsx";
export { NotificationBanner, type NotificationBannerProps } from "./NotificationBanner.tsx";
export { Pagination, type PaginationProps, pageWindow } from "./Pagination.tsx";
export { Radios, type RadiosProps } from "./Radios.tsx";
export { Select, type SelectItem, type SelectProps } from "./Select.tsx";
export { type SummaryAction, SummaryList, type SummaryRow } from "./SummaryList.tsx";
export { Table, type TableProps } from "./Table.tsx";
export { Tag, type TagColour } from "./Tag.tsx";
export { type TaskItem, TaskList } from "./TaskList.tsx";
export { Textarea, type TextareaProps } from "./Textarea.tsx";
export { type InputWidth, TextInput, type TextInputProps } from "./TextInput.tsx";
