CREATE TABLE "ppid_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ppid_request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"visibility" text DEFAULT 'requester' NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"note" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ppid_request_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"file_key" text NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"for_requester" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "ppid_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text,
	"year" integer,
	"seq" integer,
	"letter_number" text,
	"state" text NOT NULL,
	"paused_from" text,
	"channel" text NOT NULL,
	"tracking_hash" text NOT NULL,
	"user_id" uuid,
	"requester_type" text NOT NULL,
	"name" text NOT NULL,
	"nik" text,
	"legal_doc_number" text,
	"address" text NOT NULL,
	"phone" text,
	"email" text,
	"occupation" text NOT NULL,
	"identity_file" text,
	"proxy_name" text,
	"proxy_letter_file" text,
	"details" text NOT NULL,
	"purpose" text NOT NULL,
	"access_methods" jsonb NOT NULL,
	"copy_delivery" text,
	"hide_text" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"registered_at" timestamp with time zone,
	"registered_by" uuid,
	"unit_id" uuid,
	"assignee_id" uuid,
	"due_on" date,
	"clock_status" text DEFAULT 'running' NOT NULL,
	"extended" boolean DEFAULT false NOT NULL,
	"decision" text,
	"information_status" text,
	"decided_at" timestamp with time zone,
	"receipt_doc_id" text,
	"notice_doc_id" text,
	"fee" integer,
	"handed_over_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ppid_requests_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "ppid_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"status" text NOT NULL,
	"decision" text NOT NULL,
	"content" jsonb NOT NULL,
	"drafted_by" uuid NOT NULL,
	"drafted_by_name" text NOT NULL,
	"drafted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" uuid,
	"reviewed_by_name" text,
	"reviewed_at" timestamp with time zone,
	"review_note" text
);
--> statement-breakpoint
ALTER TABLE "ppid_request_events" ADD CONSTRAINT "ppid_request_events_request_id_ppid_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."ppid_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ppid_request_files" ADD CONSTRAINT "ppid_request_files_request_id_ppid_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."ppid_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ppid_responses" ADD CONSTRAINT "ppid_responses_request_id_ppid_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."ppid_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ppid_request_events_request_idx" ON "ppid_request_events" USING btree ("request_id","id");--> statement-breakpoint
CREATE INDEX "ppid_request_files_request_idx" ON "ppid_request_files" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ppid_requests_year_seq_idx" ON "ppid_requests" USING btree ("year","seq");--> statement-breakpoint
CREATE INDEX "ppid_requests_state_due_idx" ON "ppid_requests" USING btree ("state","due_on");--> statement-breakpoint
CREATE INDEX "ppid_requests_unit_state_due_idx" ON "ppid_requests" USING btree ("unit_id","state","due_on");--> statement-breakpoint
CREATE INDEX "ppid_requests_received_idx" ON "ppid_requests" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "ppid_requests_user_idx" ON "ppid_requests" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "ppid_requests_email_idx" ON "ppid_requests" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "ppid_responses_request_idx" ON "ppid_responses" USING btree ("request_id");