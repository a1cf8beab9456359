CREATE TABLE "ppid_inbound_mail" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" text,
	"in_reply_to" text,
	"envelope_from" text,
	"from_address" text,
	"from_name" text,
	"to_address" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"text_body" text DEFAULT '' NOT NULL,
	"html_text" text,
	"received_at" timestamp with time zone NOT NULL,
	"raw_file_key" text NOT NULL,
	"raw_size" integer NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'baru' NOT NULL,
	"request_id" uuid,
	"handled_by" uuid,
	"handled_by_name" text,
	"handled_at" timestamp with time zone,
	"handled_note" text,
	"spam_flags" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ppid_inbound_mail_status_idx" ON "ppid_inbound_mail" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "ppid_inbound_mail_message_id_idx" ON "ppid_inbound_mail" USING btree ("message_id");