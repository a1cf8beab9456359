CREATE TABLE "keberatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"request_id" uuid NOT NULL,
	"reasons" jsonb NOT NULL,
	"kasus_posisi" text NOT NULL,
	"purpose" text NOT NULL,
	"filer_name" text NOT NULL,
	"proxy_name" text,
	"email" text,
	"phone" text,
	"filed_by" uuid,
	"channel" text NOT NULL,
	"tracking_hash" text NOT NULL,
	"state" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_on" date NOT NULL,
	"receipt_doc_id" text,
	"forwarded_at" timestamp with time zone,
	"decision" text,
	"decision_text" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_by_position" text,
	"decision_doc_id" text,
	"requester_response" text,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "keberatan_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "keberatan_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "keberatan_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"keberatan_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"visibility" text DEFAULT 'requester' NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"note" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sengketa" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"keberatan_id" uuid NOT NULL,
	"filed_on" date NOT NULL,
	"register_number" text,
	"stage" text NOT NULL,
	"mediasi_on" date,
	"ajudikasi_on" date,
	"putusan_on" date,
	"selesai_on" date,
	"outcome" text,
	"court_type" text,
	"court_filed_on" date,
	"court_register_number" text,
	"court_decided_on" date,
	"court_outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "sengketa_keberatan_id_unique" UNIQUE("keberatan_id")
);
--> statement-breakpoint
ALTER TABLE "keberatan_events" ADD CONSTRAINT "keberatan_events_keberatan_id_keberatan_id_fk" FOREIGN KEY ("keberatan_id") REFERENCES "public"."keberatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sengketa" ADD CONSTRAINT "sengketa_keberatan_id_keberatan_id_fk" FOREIGN KEY ("keberatan_id") REFERENCES "public"."keberatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "keberatan_year_seq_idx" ON "keberatan" USING btree ("year","seq");--> statement-breakpoint
CREATE INDEX "keberatan_state_due_idx" ON "keberatan" USING btree ("state","due_on");--> statement-breakpoint
CREATE INDEX "keberatan_request_idx" ON "keberatan" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "keberatan_received_idx" ON "keberatan" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "keberatan_events_keberatan_idx" ON "keberatan_events" USING btree ("keberatan_id","id");--> statement-breakpoint
CREATE INDEX "sengketa_filed_idx" ON "sengketa" USING btree ("filed_on");