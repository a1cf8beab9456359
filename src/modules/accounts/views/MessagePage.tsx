import type { Child } from "hono/jsx";
import { Narrow } from "./common.tsx";

/** A page that only tells something: a heading, paragraphs, and what to do next. */
export function MessagePage({ title, paragraphs, children }: { title: string; paragraphs: string[]; children?: Child }) {
  return (
    <Narrow>
      <h1 class="govuk-heading-l">{title}</h1>
      {paragraphs.map((p) => (
        <p class="govuk-body">{p}</p>
      ))}
      {children}
    </Narrow>
  );
}
