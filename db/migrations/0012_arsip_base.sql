CREATE TABLE "arsip_classification_defaults" (
	"code" text PRIMARY KEY NOT NULL,
	"security_class" text NOT NULL,
	"reason" text,
	"source" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "arsip_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"unit_id" uuid NOT NULL,
	"record_date" date NOT NULL,
	"classification_code" text NOT NULL,
	"document_type" text NOT NULL,
	"security_class" text NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"vital" boolean DEFAULT false NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"physical_location" text,
	"lifecycle" text DEFAULT 'aktif' NOT NULL,
	"retention_status" text NOT NULL,
	"retention_code" text,
	"active_until" date,
	"inactive_until" date,
	"disposition" text,
	"legal_hold" boolean DEFAULT false NOT NULL,
	"legal_hold_reason" text,
	"final" boolean DEFAULT false NOT NULL,
	"final_at" timestamp with time zone,
	"final_by" uuid,
	"current_version" integer DEFAULT 1 NOT NULL,
	"content_text" text DEFAULT '' NOT NULL,
	"source_module" text,
	"source_ref" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('indonesian'::regconfig, coalesce("keywords", '')), 'B') || setweight(to_tsvector('indonesian'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('indonesian'::regconfig, left(coalesce("content_text", ''), 200000)), 'D')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "arsip_retention_rules" (
	"code" text PRIMARY KEY NOT NULL,
	"description" text NOT NULL,
	"active_years" integer NOT NULL,
	"inactive_years" integer NOT NULL,
	"trigger" text,
	"disposition" text NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "arsip_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"part" integer NOT NULL,
	"file_key" text NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" bigint NOT NULL,
	"extracted_text" text,
	"extraction_state" text NOT NULL,
	"extraction_attempts" integer DEFAULT 0 NOT NULL,
	"extraction_error" text,
	"extracted_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "arsip_versions" ADD CONSTRAINT "arsip_versions_record_id_arsip_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."arsip_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "arsip_records_tsv_idx" ON "arsip_records" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "arsip_records_unit_date_idx" ON "arsip_records" USING btree ("unit_id","record_date");--> statement-breakpoint
CREATE INDEX "arsip_records_code_idx" ON "arsip_records" USING btree ("classification_code");--> statement-breakpoint
CREATE INDEX "arsip_records_date_idx" ON "arsip_records" USING btree ("record_date");--> statement-breakpoint
CREATE INDEX "arsip_records_source_idx" ON "arsip_records" USING btree ("source_module","source_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "arsip_versions_record_version_part_uq" ON "arsip_versions" USING btree ("record_id","version_no","part");--> statement-breakpoint
CREATE INDEX "arsip_versions_file_key_idx" ON "arsip_versions" USING btree ("file_key");