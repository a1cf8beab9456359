import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Every mail the system sends; without SMTP it stays here for admins to read. */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    /** Reply-To of the mail (a PPID request's own address), when it has one. */
    replyTo: text("reply_to"),
    status: text("status", { enum: ["queued", "sent", "held", "failed"] }).notNull(),
    /** Holds a secret link (sign-in, reset): the text is removed once delivered over SMTP. */
    sensitive: boolean("sensitive").notNull().default(false),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("outbox_created_idx").on(t.createdAt), index("outbox_to_idx").on(t.to)],
);
